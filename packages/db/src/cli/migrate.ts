/**
 * `pnpm db:migrate [--council <slug>]`: brings the platform schema and every council (or one) to the
 * latest migration, printing a line per schema.
 */
import { connectOrExit, parseArgsOrExit } from "../command-line";
import { migrate } from "../migrate";

const { values } = parseArgsOrExit({ options: { council: { type: "string" } } });
const database = await connectOrExit({ migrating: true });
try {
  const reports = await migrate(database, { council: values.council, log: (line) => console.log(line) });
  const applied = reports.reduce((n, r) => n + r.applied.length, 0);
  console.log(`Done: ${reports.length} schemas checked, ${applied} migrations applied.`);
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
