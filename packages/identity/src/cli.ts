/**
 * `pnpm operator <command>`: platform operators, who onboard and run councils. The first one can only
 * be added here; after that, operators sign in on the platform host with an emailed link.
 *
 *   add <email>      make this person an operator
 *   remove <email>   take the role away (ending their sessions)
 *   list
 */
import { connect, platformScope, withPlatform } from "@lgp/db";
import { z } from "zod";
import { recordAudit } from "./audit";
import { findOrCreatePerson, findPersonByEmail, grantRole, listPeopleWithRoles, removeRole } from "./people";

const [command, email] = process.argv.slice(2);
let database: Awaited<ReturnType<typeof connect>>;
try {
  database = await connect();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const scope = platformScope(database);
try {
  if ((command === "add" || command === "remove") && !z.string().email().safeParse(email).success) {
    console.error(`Give the operator's email address, like: pnpm operator ${command} name@example.gov.uk`);
    process.exitCode = 2;
  } else if (command === "add") {
    await scope.run(async (tx) => {
      const person = await findOrCreatePerson(tx, scope, email!);
      await grantRole(tx, scope, person.id, "platform_operator");
      await recordAudit(tx, scope, { actor: "command line", action: "operator.added", subject: person.email });
    });
    console.log(`${email} is a platform operator. They can sign in on the platform's own site.`);
  } else if (command === "remove") {
    const removed = await scope.run(async (tx) => {
      const person = await findPersonByEmail(tx, scope, email!);
      const done = person ? await removeRole(tx, scope, person.id, "platform_operator") : false;
      if (done) await recordAudit(tx, scope, { actor: "command line", action: "operator.removed", subject: person!.email });
      return done;
    });
    console.log(removed ? `${email} is no longer an operator; their sessions have ended.` : `${email} was not an operator.`);
  } else if (command === "list") {
    for (const p of await withPlatform(database, (tx) => listPeopleWithRoles(tx, scope))) console.log(p.email);
  } else {
    console.log("pnpm operator add <email> | remove <email> | list");
    if (command && command !== "help") process.exitCode = 2;
  }
} finally {
  await database.close();
}
