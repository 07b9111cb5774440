import { councilsEnv, prepareDatabase } from "@lgp/councils";
import { sharedDatabase } from "@lgp/db";
import { env, seedDemo } from "../env";

export async function startServer() {
  const database = await sharedDatabase();
  const where = database.driver === "pglite" ? "the embedded database (PGlite)" : "the Postgres server in DATABASE_URL";
  console.log(`Using ${where}.`);
  const councils = await prepareDatabase(database, { seedDemo, log: (line) => console.log(`  ${line}`) });
  const host = councilsEnv.PLATFORM_HOST;
  const port = env.PORT === 80 ? "" : `:${env.PORT}`;
  console.log(`\nPlatform: http://${host}${port}`);
  for (const c of councils.filter((c) => c.status === "active")) {
    console.log(`${c.name}: http://${c.slug}.${host}${port}`);
  }
}
