CREATE EXTENSION crmdb;
SELECT crmdb.install();
SELECT nspname FROM pg_namespace WHERE nspname LIKE '%service' ORDER BY 1;
SELECT crmdb.install();
SELECT area, action, success FROM crmdb.maintenance_log;
