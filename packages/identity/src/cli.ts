/**
 * `pnpm operator <command>`: platform operators, who onboard and run councils. The first one can only
 * be added here; after that, operators sign in on the platform host with an emailed link.
 *
 *   add <email>      make this person an operator
 *   remove <email>   take the role away (ending their sessions)
 *   list
 *   email outbox | email smtp --host <h> --port <n> [--user <u> --password <p>] --from <address> [--starttls]
 *                    | email notify --api-key <k> --sign-in-template <id> --invitation-template <id>
 *                    how the platform sends operators' sign-in links (the outbox page is off in production)
 */
import { connectOrExit, InputError, parseArgsOrExit, platformScope, withPlatform } from "@lgp/db";
import { describeEmailSettings, emailSettingsInput, saveEmailSettings, type EmailSettingsInput } from "@lgp/email";
import { z } from "zod";
import { recordAudit } from "./audit";
import { saveSettings } from "./settings-change";
import { findOrCreatePerson, findPersonByEmail, grantRole, listPeopleWithRoles, removeRole } from "./people";

const { positionals, values } = parseArgsOrExit({
  allowPositionals: true,
  options: {
    host: { type: "string" },
    port: { type: "string" },
    user: { type: "string" },
    password: { type: "string" },
    from: { type: "string" },
    starttls: { type: "boolean", default: false },
    "api-key": { type: "string" },
    "sign-in-template": { type: "string" },
    "invitation-template": { type: "string" },
  },
});
const [command, email] = positionals;
const database = await connectOrExit();
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
  } else if (command === "email") {
    const transport = email;
    const input =
      transport === "smtp"
        ? { transport, host: values.host, port: values.port, secure: !values.starttls, user: values.user, password: values.password, from: values.from }
        : transport === "notify"
          ? { transport, apiKey: values["api-key"], signInTemplateId: values["sign-in-template"], invitationTemplateId: values["invitation-template"] }
          : { transport };
    const parsed = emailSettingsInput.safeParse(input);
    if (!parsed.success) {
      console.error(parsed.error.issues.map((i) => `${i.path.join(".") || "transport"}: ${i.message}`).join("\n"));
      process.exitCode = 2;
    } else {
      await scope.run(async (tx) => {
        const audit = (event: { action: string; detail: Record<string, unknown> }) => recordAudit(tx, scope, { actor: "command line", ...event });
        await saveSettings({ tx, scope, audit }, "email.updated", describeEmailSettings, saveEmailSettings, parsed.data as EmailSettingsInput);
      });
      console.log(`The platform now sends email by ${parsed.data.transport}.`);
    }
  } else if (command === "list") {
    for (const p of await withPlatform(database, (tx) => listPeopleWithRoles(tx, scope))) console.log(p.email);
  } else {
    console.log("pnpm operator add <email> | remove <email> | list");
    if (command && command !== "help") process.exitCode = 2;
  }
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await database.close();
}
