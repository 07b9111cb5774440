-- Every change to the council registry bumps one version number, so app instances can tell cheaply
-- whether their cached copy of the registry is stale.
INSERT INTO "platform"."registry_version" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION "platform"."bump_registry_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "platform"."registry_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "councils_bump_registry_version" AFTER INSERT OR UPDATE OR DELETE ON "platform"."councils"
  FOR EACH STATEMENT EXECUTE FUNCTION "platform"."bump_registry_version"();
--> statement-breakpoint
CREATE TRIGGER "council_hosts_bump_registry_version" AFTER INSERT OR UPDATE OR DELETE ON "platform"."council_hosts"
  FOR EACH STATEMENT EXECUTE FUNCTION "platform"."bump_registry_version"();
