-- The audit log is append-only for everyone but the schema's owner: the app's roles may add events and
-- read them, never change or remove them. A trigger holds whichever role writes.
CREATE FUNCTION "platform"."refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "platform"."audit_events"
  FOR EACH ROW EXECUTE FUNCTION "platform"."refuse_audit_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "platform"."audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "platform"."refuse_audit_change"();
