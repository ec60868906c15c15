-- After every migration, as portal_owner (portal-migrate.service runs it): the runtime role gets data rights only.
-- It may read and write rows but never change the schema; the migration histories are read-only to it, and the
-- audit logs (tips."TipAudit", content."AuditEvents") take inserts and reads only, so a node cannot rewrite history.
\set ON_ERROR_STOP on
DO $$
DECLARE
    s text;
BEGIN
    FOREACH s IN ARRAY ARRAY['identity', 'content', 'tips', 'volunteers'] LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO portal_app', s);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO portal_app', s);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO portal_app', s);
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I."__EFMigrationsHistory" FROM portal_app', s);
    END LOOP;
END
$$;
REVOKE UPDATE, DELETE, TRUNCATE ON tips."TipAudit" FROM portal_app;
REVOKE UPDATE, DELETE, TRUNCATE ON content."AuditEvents" FROM portal_app;
