import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { provisionCouncil } from "@lgp/councils";
import { connectPostgres, councilScope, rowsOf, type Database } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { desc, eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { startJobs, type Jobs } from "@lgp/jobs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readOutbox, readOutboxAttachment } from "../src/outbox-reader";
import { CORE_EMAIL_TEMPLATES, defineEmailTemplate, signInEmail, type EmailTemplate } from "../src/message";
import { queueEmail, sendEmailJob } from "../src/send";
import { describeEmailSettings, emailSettingsInput, emailSettingsInputFor, saveEmailSettings } from "../src/settings";

// Notify's address is platform configuration, read as the package loads: a stand-in below listens here.
const NOTIFY_PORT = vi.hoisted(() => {
  const port = 39_000 + Math.floor(Math.random() * 1000);
  process.env.LGP_NOTIFY_BASE_URL = `http://127.0.0.1:${port}`;
  return port;
});

let test: MigratedTestDatabase;
let database: Database;
let jobs: Jobs;
const sender = { name: "London Borough of Hillingdon", brandColour: "#005eb8", brandTextColour: "#ffffff" };
const signIn = { url: "http://hillingdon.localhost/api/auth/callback/email?token=abc", expiresInMinutes: 15 } as const;

beforeAll(async () => {
  test = await createMigratedTestDatabase("email");
  database = await connectPostgres(test.appUrl);
  for (const slug of ["hillingdon", "harrow", "havering", "hounslow"]) await provisionCouncil(database, { slug, name: `Council ${slug}`, hosts: [] });
  jobs = await startJobs(database, [sendEmailJob], { work: true });
});
afterAll(async () => {
  await jobs?.stop();
  await database?.close();
  await test?.drop();
});

/** The MIME part of a raw message carrying the named file: its headers, and its content (nodemailer writes a file in base64). */
function attachmentIn(raw: string, filename: string): { headers: string; content: string } {
  const part = raw.split(/\r\n--/).find((p) => p.includes(`filename=${filename}`));
  if (!part) throw new Error(`No part carries ${filename}`);
  const split = part.indexOf("\r\n\r\n");
  const headers = part.slice(0, split);
  if (!/^Content-Transfer-Encoding: base64$/im.test(headers)) throw new Error(`${filename} is not in base64`);
  return { headers, content: Buffer.from(part.slice(split + 4), "base64").toString("utf8") };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return read();
}

/** A file as a booking email carries one; the pound sign checks the text survives each transport's encoding. */
const invite = {
  filename: "booking-BK-7QX2.ics",
  contentType: "text/calendar; charset=utf-8; method=PUBLISH",
  content: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:BK-7QX2@hillingdon.example\r\nSUMMARY:Chair yoga (£2)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
};
const sessionBooked = defineEmailTemplate<{ url: string }>({
  kind: "session-booked",
  notifyField: "sessionBookedTemplateId",
  title: "session booked",
  word: (_sender, { url }) => ({
    subject: "Your session is booked",
    lines: ["Your session is booked.", `Add it to your calendar: ${url}/calendar.ics`],
    action: "See your booking",
    url,
    attachments: [invite],
  }),
});
const booked = { url: "http://hillingdon.localhost/bookings/7" };

type EmailRow = { id: number; status: string; attempts: number; last_error: string | null; recipient: string };
const statusOf = async (slug: string) =>
  rowsOf<EmailRow>(await database.owner.execute(sql.raw(`select id, status, attempts, last_error, recipient from council_${slug}.emails order by id`)));

describe("queued email", () => {
  it("is sent only if the change that queued it commits", async () => {
    const scope = councilScope(database, "havering");
    await expect(
      scope.run(async (tx) => {
        await queueEmail(tx, scope, sender, "rolled-back@example.com", signInEmail, signIn);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await statusOf("havering")).toEqual([]);
    expect(await readOutbox(scope)).toEqual([]);
  });
});

describe("the development outbox (the default transport)", () => {
  it("keeps the council's email in its own outbox, branded, and no other council's outbox sees it", async () => {
    await councilScope(database, "hillingdon").run((tx) => queueEmail(tx, councilScope(database, "hillingdon"), sender, "resident@example.com", signInEmail, signIn));
    const [message] = (await until(() => readOutbox(councilScope(database, "hillingdon")), (m) => (m?.length ?? 0) > 0))!;
    expect(message).toMatchObject({ recipient: "resident@example.com", subject: "Sign in to London Borough of Hillingdon" });
    expect(message!.textBody).toContain(signIn.url);
    expect(message!.htmlBody).toContain("background:#005eb8");
    expect(await readOutbox(councilScope(database, "harrow"))).toEqual([]);
  });

  it("keeps a file the email carries with the message, to download only while the outbox is the transport", async () => {
    const scope = councilScope(database, "hounslow");
    await scope.run((tx) => queueEmail(tx, scope, sender, "resident@example.com", sessionBooked, booked));
    const [message] = (await until(() => readOutbox(scope), (m) => (m?.length ?? 0) > 0))!;
    expect(message!.attachments).toEqual([invite]);
    expect(await readOutboxAttachment(scope, message!.id, 0)).toEqual(invite);
    expect(await readOutboxAttachment(scope, message!.id, 1)).toBeNull();

    await scope.run((tx) => saveEmailSettings(tx, scope, { transport: "smtp", host: "127.0.0.1", port: 25, secure: false, from: "noreply@hounslow.example" }));
    expect(await readOutboxAttachment(scope, message!.id, 0)).toBeNull();
  });
});

describe("SMTP", () => {
  let smtp: SMTPServer;
  const received: { from: string; to: string; body: string; user?: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      secure: false,
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ["STARTTLS"],
      onAuth: (auth, _session, done) =>
        auth.username === "mailer" && auth.password === "s3cret-pass" ? done(null, { user: auth.username }) : done(new Error("bad credentials")),
      onData: (stream, session, done) => {
        let body = "";
        stream.on("data", (c: Buffer) => (body += c.toString()));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo[0]!.address, body, user: session.user as string });
          done();
        });
      },
    });
    await new Promise<void>((done) => smtp.listen(0, "127.0.0.1", () => done()));
  });
  afterAll(() => new Promise<void>((done) => smtp.close(() => done())));

  it("sends through the council's SMTP server, with its password sealed at rest and masked when shown", async () => {
    const scope = councilScope(database, "harrow");
    const port = (smtp.server.address() as AddressInfo).port;
    await scope.run((tx) =>
      saveEmailSettings(tx, scope, { transport: "smtp", host: "127.0.0.1", port, secure: false, user: "mailer", password: "s3cret-pass", from: "noreply@harrow.example" }),
    );
    const [raw] = rowsOf<{ value: string }>(await database.owner.execute(sql`select value::text from council_harrow.settings where key = 'email'`));
    expect(raw!.value).not.toContain("s3cret-pass");
    expect((await scope.run((tx) => describeEmailSettings(tx, scope))).password).toBe("••••pass");

    await scope.run((tx) => queueEmail(tx, scope, sender, "staff@example.com", signInEmail, signIn));
    await until(async () => received.length, (n) => n === 1);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "noreply@harrow.example", to: "staff@example.com", user: "mailer" });
    expect(received[0]!.body).toContain("Subject: Sign in to London Borough of Hillingdon");
    // With a real transport in use, the outbox is not readable, even if it holds old messages.
    expect(await readOutbox(scope)).toBeNull();
  });

  it("keeps the stored password when the form leaves it empty", async () => {
    const scope = councilScope(database, "harrow");
    const port = (smtp.server.address() as AddressInfo).port;
    await scope.run((tx) => saveEmailSettings(tx, scope, { transport: "smtp", host: "127.0.0.1", port, secure: false, user: "mailer", password: "", from: "noreply@harrow.example" }));
    await scope.run((tx) => queueEmail(tx, scope, sender, "again@example.com", signInEmail, signIn));
    await until(async () => received.length, (n) => n === 2);
    expect(received.at(-1)!.to).toBe("again@example.com");
    // Marked sent just after the server has it.
    const statuses = await until(() => statusOf("harrow"), (rows) => rows.every((e) => e.status === "sent"));
    expect(statuses.map((e) => e.status)).toEqual(["sent", "sent"]);
  });

  it("records a failure against the email and leaves it to be retried; after the last attempt it is marked failed", async () => {
    const scope = councilScope(database, "harrow");
    const port = (smtp.server.address() as AddressInfo).port;
    await scope.run((tx) => saveEmailSettings(tx, scope, { transport: "smtp", host: "127.0.0.1", port, secure: false, user: "mailer", password: "wrong-pass", from: "noreply@harrow.example" }));
    await scope.run((tx) => queueEmail(tx, scope, sender, "unlucky@example.com", signInEmail, signIn));
    const [failing] = (await until(() => statusOf("harrow"), (rows) => rows.some((e) => e.recipient === "unlucky@example.com" && e.attempts > 0))).filter((e) => e.recipient === "unlucky@example.com");
    expect(failing).toMatchObject({ status: "queued", attempts: 1 });
    expect(failing!.last_error).toMatch(/auth|credentials/i);
    // The last attempt, as the queue would make it:
    await expect(sendEmailJob.run({ database, scope, ids: { emailId: failing!.id }, attempt: 5, lastAttempt: true })).rejects.toThrow();
    expect((await statusOf("harrow")).find((e) => e.id === failing!.id)).toMatchObject({ status: "failed", attempts: 2 });
    expect(received.map((r) => r.to)).not.toContain("unlucky@example.com");
  });

  it("sends a file the email carries as an attachment, named and typed as given", async () => {
    const scope = councilScope(database, "harrow");
    const port = (smtp.server.address() as AddressInfo).port;
    await scope.run((tx) => saveEmailSettings(tx, scope, { transport: "smtp", host: "127.0.0.1", port, secure: false, user: "mailer", password: "s3cret-pass", from: "noreply@harrow.example" }));
    await scope.run((tx) => queueEmail(tx, scope, sender, "booker@example.com", sessionBooked, booked));
    const mail = await until(async () => received.find((r) => r.to === "booker@example.com"), Boolean);
    const part = attachmentIn(mail!.body, invite.filename);
    expect(part.headers).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=PUBLISH;/im);
    expect(part.headers).toMatch(/^Content-Disposition: attachment; filename=booking-BK-7QX2\.ics/im);
    expect(part.content).toBe(invite.content);
  });
});

describe("GOV.UK Notify", () => {
  let server: Server;
  const calls: { auth: string; body: Record<string, unknown>; path: string }[] = [];
  const serviceId = "26785a09-ab16-4eb0-8407-a37497a57506";
  const secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        calls.push({ auth: req.headers.authorization ?? "", body: JSON.parse(body), path: req.url ?? "" });
        res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id: "740e5834-3a29-46b4-9a6f-16142fde533a" }));
      });
    });
    await new Promise<void>((done) => server.listen(NOTIFY_PORT, "127.0.0.1", () => done()));
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("sends with the council's own key and template, signed as Notify expects", async () => {
    const scope = councilScope(database, "havering");
    await scope.run((tx) =>
      saveEmailSettings(tx, scope, {
        transport: "notify",
        apiKey: `havering_live-${serviceId}-${secret}`,
        signInTemplateId: "f33517ff-2a88-4f6e-b855-c550268ce08a",
        invitationTemplateId: "0f3b6b6c-2f43-4e1e-9a0b-0f5d3e7e1b11",
      }),
    );
    await scope.run((tx) => queueEmail(tx, scope, sender, "resident@example.com", signInEmail, signIn));
    await until(async () => calls.length, (n) => n === 1);
    expect(calls).toHaveLength(1);
    const { auth, body, path } = calls[0]!;
    expect(path).toBe("/v2/notifications/email");
    expect(body).toMatchObject({
      template_id: "f33517ff-2a88-4f6e-b855-c550268ce08a",
      email_address: "resident@example.com",
      personalisation: { council_name: "London Borough of Hillingdon", link: signIn.url },
    });
    const [header, payload, signature] = auth.replace("Bearer ", "").split(".");
    expect(JSON.parse(Buffer.from(payload!, "base64url").toString()).iss).toBe(serviceId);
    expect(createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")).toBe(signature);
  });

  it("refuses a Notify address in a council's settings: where Notify is, is the platform's to say", () => {
    const parsed = emailSettingsInput.safeParse({
      transport: "notify",
      apiKey: "key",
      signInTemplateId: "f33517ff-2a88-4f6e-b855-c550268ce08a",
      invitationTemplateId: "0f3b6b6c-2f43-4e1e-9a0b-0f5d3e7e1b11",
      baseUrl: "https://notify.attacker.example",
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain("baseUrl");
  });

  const concernReceived = defineEmailTemplate<{ url: string }>({
    kind: "concern-received",
    notifyField: "concernReceivedTemplateId",
    title: "concern received",
    word: (_sender, { url }) => ({ subject: "We have your concern", lines: ["We have your concern."], action: "See it", url }),
  });

  it("asks a council using Notify for a template for each kind of email its modules send", () => {
    const ids = { signInTemplateId: "f33517ff-2a88-4f6e-b855-c550268ce08a", invitationTemplateId: "0f3b6b6c-2f43-4e1e-9a0b-0f5d3e7e1b11" };
    const withModule = emailSettingsInputFor([...CORE_EMAIL_TEMPLATES, concernReceived as EmailTemplate<never>]);
    const missing = withModule.safeParse({ transport: "notify", ...ids });
    expect(missing.error?.issues).toEqual([expect.objectContaining({ path: ["concernReceivedTemplateId"] })]);
    expect(withModule.safeParse({ transport: "notify", ...ids, concernReceivedTemplateId: "9b1f0a39-3f0c-4d6e-8d53-2b2f7a1f5c11" }).success).toBe(true);
    // Without the module, the same field is a key nobody declared.
    expect(emailSettingsInput.safeParse({ transport: "notify", ...ids, concernReceivedTemplateId: "9b1f0a39-3f0c-4d6e-8d53-2b2f7a1f5c11" }).success).toBe(false);
  });

  it("records why an email of a kind with no Notify template was not sent, for the admins' email page", async () => {
    const scope = councilScope(database, "havering");
    calls.length = 0;
    await scope.run((tx) => queueEmail(tx, scope, sender, "resident@example.com", concernReceived, { url: "http://havering.localhost/concerns/1" }));
    const { emails } = scope.tables;
    const row = await until(
      () => scope.run(async (tx) => (await tx.select().from(emails).where(eq(emails.recipient, "resident@example.com")).orderBy(desc(emails.id)).limit(1))[0]),
      (r) => (r?.attempts ?? 0) > 0,
    );
    expect(row!.lastError).toMatch(/No GOV.UK Notify template is set for "concern-received" emails/);
    expect(calls).toHaveLength(0);
  });

  it("sends an email carrying a file without it: Notify takes the link and personalisation only", async () => {
    const scope = councilScope(database, "havering");
    await scope.run((tx) =>
      saveEmailSettings(tx, scope, {
        transport: "notify",
        apiKey: `havering_live-${serviceId}-${secret}`,
        signInTemplateId: "f33517ff-2a88-4f6e-b855-c550268ce08a",
        invitationTemplateId: "0f3b6b6c-2f43-4e1e-9a0b-0f5d3e7e1b11",
        sessionBookedTemplateId: "5d3a8f2e-6c1b-4f0e-9a7d-2b4c6e8f0a13",
      }),
    );
    calls.length = 0;
    await scope.run((tx) => queueEmail(tx, scope, sender, "booker@example.com", sessionBooked, booked));
    await until(async () => calls.length, (n) => n === 1);
    const { body } = calls[0]!;
    expect(body).toEqual({
      template_id: "5d3a8f2e-6c1b-4f0e-9a7d-2b4c6e8f0a13",
      email_address: "booker@example.com",
      personalisation: { council_name: "London Borough of Hillingdon", link: booked.url },
    });
  });

  it("refuses Notify settings with no API key", async () => {
    const scope = councilScope(database, "hillingdon");
    const attempt = scope.run((tx) =>
      saveEmailSettings(tx, scope, {
        transport: "notify",
        apiKey: "",
        signInTemplateId: "f33517ff-2a88-4f6e-b855-c550268ce08a",
        invitationTemplateId: "0f3b6b6c-2f43-4e1e-9a0b-0f5d3e7e1b11",
      }),
    );
    await expect(attempt).rejects.toThrow(/Enter the GOV.UK Notify API key/);
  });
});
