/* crmdb/extension/30_partition.sql: partition rollover */
