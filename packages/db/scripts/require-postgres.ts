/** Stops the test run at once, with what to do, when no Postgres server answers. */
import postgres from "postgres";
import { testServerUrl } from "../src/testing";

const client = postgres(testServerUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
try {
  await client`select 1`;
} catch (error) {
  const { hostname: host, port } = new URL(testServerUrl);
  console.error(
    `\nThe tests need a PostgreSQL server, and none answered at ${host}:${port || 5432} ` +
      `(${(error as Error).message}).\n` +
      "Start one, for example:\n" +
      "  pg_ctlcluster 15 main start            (Debian/Ubuntu with the postgresql package)\n" +
      "  docker run -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:15\n" +
      "or point TEST_DATABASE_URL at a server where the user may create databases and roles.\n",
  );
  process.exitCode = 1;
} finally {
  await client.end({ timeout: 1 });
}
