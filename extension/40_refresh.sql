/* crmdb/extension/40_refresh.sql: materialized view refresh */
