import { roleNamesFor } from "./names";
import { admin } from "./test-server";

/**
 * What a test database is made of, as lines to compare: every object outside Postgres's own schemas with
 * its owner and privileges, default privileges, the database's owner and privileges, the roles made for
 * it (attributes and memberships), and each table's row count. The database's name, and the prefix its
 * roles carry, read as <database> and <roles>, so two databases made alike compare equal.
 */
export async function databaseSnapshot(name: string): Promise<string[]> {
  const server = admin(name);
  try {
    await server`set search_path = pg_catalog`;
    const rows = await server<{ line: string }[]>`
      with ours as (select oid, nspname from pg_namespace where nspname !~ '^(pg_|information_schema$)')
      select concat_ws(' | ', 'schema', nspname, pg_get_userbyid(nspowner), nspacl::text) as line
        from pg_namespace where oid in (select oid from ours)
      union all
      select concat_ws(' | ', 'relation ' || c.relkind::text, n.nspname || '.' || c.relname, pg_get_userbyid(c.relowner), c.relacl::text)
        from pg_class c join ours n on n.oid = c.relnamespace
      union all
      select concat_ws(' | ', 'column', a.attrelid::regclass::text || '.' || a.attname, a.attacl::text)
        from pg_attribute a join pg_class c on c.oid = a.attrelid join ours n on n.oid = c.relnamespace where a.attacl is not null
      union all
      select concat_ws(' | ', 'function', p.oid::regprocedure::text, pg_get_userbyid(p.proowner), p.proacl::text)
        from pg_proc p join ours n on n.oid = p.pronamespace
      union all
      select concat_ws(' | ', 'type', t.oid::regtype::text, pg_get_userbyid(t.typowner), t.typacl::text)
        from pg_type t join ours n on n.oid = t.typnamespace
      union all
      select concat_ws(' | ', 'default privileges', pg_get_userbyid(d.defaclrole), n.nspname, d.defaclobjtype::text, d.defaclacl::text)
        from pg_default_acl d left join pg_namespace n on n.oid = d.defaclnamespace
      union all
      select concat_ws(' | ', 'database', pg_get_userbyid(datdba), datacl::text, datallowconn::text, datistemplate::text)
        from pg_database where datname = current_database()
      union all
      select concat_ws(' | ', 'rows', n.nspname || '.' || c.relname,
          (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', n.nspname, c.relname), false, true, '')))[1]::text)
        from pg_class c join ours n on n.oid = c.relnamespace where c.relkind in ('r', 'p')`;
    const { prefix } = roleNamesFor(name);
    const roles = await server<{ line: string }[]>`
      select concat_ws(' | ', 'role', rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls) as line
        from pg_roles where rolname like ${`${prefix}\\_%`}
      union all
      select concat_ws(' | ', 'member', pg_get_userbyid(m.roleid), pg_get_userbyid(m.member), pg_get_userbyid(m.grantor), m.admin_option)
        from pg_auth_members m join pg_roles r on r.oid = m.roleid where r.rolname like ${`${prefix}\\_%`}`;
    return [...rows, ...roles].map((r) => r.line.replaceAll(prefix, "<roles>").replaceAll(name, "<database>")).sort();
  } finally {
    await server.end();
  }
}
