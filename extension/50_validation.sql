/* crmdb/extension/50_validation.sql: data validation */
