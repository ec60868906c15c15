-- Once, as a PostgreSQL superuser: the two roles and the database.
--   psql -v owner_password="$OWNER_PW" -v app_password="$APP_PW" -f roles.sql
-- portal_owner owns the schemas and runs `Portal.Web.dll migrate`; portal_app is what the web nodes connect as.
\set ON_ERROR_STOP on
CREATE ROLE portal_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE portal_app LOGIN PASSWORD :'app_password';
CREATE DATABASE portal OWNER portal_owner ENCODING 'UTF8' TEMPLATE template0;
\connect portal
REVOKE ALL ON DATABASE portal FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE portal TO portal_app;
GRANT CONNECT ON DATABASE portal TO portal_owner;
