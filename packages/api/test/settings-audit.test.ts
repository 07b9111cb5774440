import { councilScope } from "@lgp/db";
import { listAudit } from "@lgp/identity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples } from "./support/samples";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("settings");
});
afterAll(() => world?.close());

const asAdmin = async () => callerFor(world, await world.site("kingston"), world.people.kingstonAdmin);

/** The newest audit row for `action` on Kingston. */
async function latest(action: string) {
  const scope = councilScope(world.database, "kingston");
  const [row] = await scope.run((tx) => listAudit(tx, scope, { action }, 1));
  return row!;
}

describe("a settings change is audited with what changed", () => {
  it("One Login: client id and environment before and after; the private key only as changed or unchanged", async () => {
    const first = (await samples["admin.saveOneLogin"]!(world, "kingston")) as { privateKey: string };
    await (await asAdmin()).admin.saveOneLogin(first as never);
    expect((await latest("one_login.updated")).detail).toEqual({
      before: null,
      after: { enabled: true, environment: "integration", clientId: "one-login-client" },
      secrets: { privateKey: "changed" },
    });
    // As the settings form sends it when the key is left empty: kept.
    await (await asAdmin()).admin.saveOneLogin({ enabled: true, environment: "production", clientId: "new-client", privateKey: undefined });
    const row = await latest("one_login.updated");
    expect(row.detail).toEqual({
      before: { enabled: true, environment: "integration", clientId: "one-login-client" },
      after: { enabled: true, environment: "production", clientId: "new-client" },
      secrets: { privateKey: "unchanged" },
    });
    expect(JSON.stringify(row)).not.toContain("PRIVATE KEY");
  });

  it("staff sign-in: issuer and client id before and after; the client secret never, in any form", async () => {
    const sample = (await samples["admin.saveStaffSso"]!(world, "kingston")) as { issuer: string; clientSecret: string };
    await (await asAdmin()).admin.saveStaffSso(sample as never);
    await (await asAdmin()).admin.saveStaffSso({ enabled: false, issuer: sample.issuer, clientId: "other-app", clientSecret: "" });
    const row = await latest("staff_sso.updated");
    expect(row.detail).toEqual({
      before: { enabled: true, issuer: sample.issuer, clientId: "staff-app" },
      after: { enabled: false, issuer: sample.issuer, clientId: "other-app" },
      secrets: { clientSecret: "unchanged" },
    });
    for (const secret of [sample.clientSecret, sample.clientSecret.slice(-4), "v1."]) expect(JSON.stringify(row)).not.toContain(secret);
  });

  it("email: the transport and its settings before and after; the password only as changed", async () => {
    await (await asAdmin()).admin.saveEmail({ transport: "smtp", host: "smtp.kingston.example", port: 587, secure: true, user: "mailer", password: "hunter2-smtp", from: "noreply@kingston.example" });
    const row = await latest("email.updated");
    expect(row.detail).toEqual({
      before: { transport: "outbox" },
      after: { transport: "smtp", host: "smtp.kingston.example", port: 587, secure: true, user: "mailer", from: "noreply@kingston.example" },
      secrets: { password: "changed" },
    });
    expect(JSON.stringify(row)).not.toContain("ter2");
  });

  it("branding: name, colours and contact details before and after", async () => {
    const branding = (await samples["admin.updateBranding"]!(world, "kingston")) as Record<string, string>;
    await (await asAdmin()).admin.updateBranding({ ...branding, contactPhone: "020 0000 0000" } as never);
    const { before, after } = (await latest("branding.updated")).detail as Record<string, Record<string, string>>;
    expect([before!.brandColour, before!.contactPhone, after!.brandColour, after!.contactPhone]).toEqual(["#0b3b6e", "", "#0b3b6e", "020 0000 0000"]);
  });

  it("modules and the logo: before and after", async () => {
    await (await asAdmin()).admin.setModules({ modules: ["booking"] });
    expect((await latest("modules.updated")).detail).toEqual({ before: { modules: ["match", "booking"] }, after: { modules: ["booking"] } });
    await (await asAdmin()).admin.uploadLogo((await samples["admin.uploadLogo"]!(world, "kingston")) as never);
    expect((await latest("logo.updated")).detail).toEqual({ before: { contentType: "image/svg+xml", bytes: expect.any(Number) }, after: { contentType: "image/png", bytes: 11 } });
  });
});
