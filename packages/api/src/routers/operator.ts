import { archiveCouncil, councilAddress, councilSender, listArchives, readArchive, listCouncils, provisionCouncil, resumeCouncil, splitHosts, suspendCouncil, type ProvisionStep } from "@lgp/councils";
import { councilModules } from "@lgp/modules";
import { councilScope, type Database, type Scope } from "@lgp/db";
import type { Origin } from "../context";
import { countPeople, invite, recordAudit } from "@lgp/identity";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { onboardInput } from "../form-inputs";
import { operatorProcedure, router } from "../trpc";

const slug = z.strictObject({ slug: z.string().min(1) });

/** The council an operator names by its slug (its id), or a 404. */
async function namedCouncil(ctx: { platform: Scope }, slug: string) {
  const council = (await ctx.platform.run(listCouncils)).find((c) => c.slug === slug);
  if (!council) throw new TRPCError({ code: "NOT_FOUND", message: `No council has the slug "${slug}". Check it against the list of councils.` });
  return council;
}

/** An operator's action on a council goes in that council's own audit log as well as the platform's. */
async function auditInCouncil(ctx: { database: Database; person: { email: string }; origin: Origin }, slug: string, action: string, detail: Record<string, unknown> = {}) {
  const scope = councilScope(ctx.database, slug);
  await scope.run((tx) => recordAudit(tx, scope, { actor: ctx.person.email, action, detail: { ...detail, by: "platform operator" }, ip: ctx.origin.ip, userAgent: ctx.origin.userAgent }));
}

/** The operator console: onboarding and running councils. */
export const operatorRouter = router({
  councils: operatorProcedure.query(async ({ ctx }) => {
    const councils = await ctx.platform.run(listCouncils);
    return Promise.all(
      councils.map(async (c) => ({
        ...c,
        counts: c.status === "active" || c.status === "suspended" ? await councilScope(ctx.database, c.slug).run((tx) => countPeople(tx, councilScope(ctx.database, c.slug))) : null,
      })),
    );
  }),

  /**
   * Provisions a council and invites its first admin. Each step is reported back (and kept in the
   * platform's audit log) so the operator sees how far it got; re-running after a failure finishes it.
   */
  onboard: operatorProcedure.input(onboardInput).mutation(async ({ ctx, input }) => {
    const steps: string[] = [];
    const hosts = splitHosts(input.hosts);
    // The schema's and role's names are the database's business: the operator is told what was made, not what it is called.
    const onProgress = (step: ProvisionStep, message: string) => steps.push(step === "schema" ? "Created the council's own space in the database" : message);
    const { slug: created } = await provisionCouncil(ctx.database, { slug: input.slug, name: input.name, hosts }, { modules: councilModules, onProgress });
    const council = (await ctx.platform.run(listCouncils)).find((c) => c.slug === created)!;
    const scope = councilScope(ctx.database, created);
    await scope.run(async (tx) => {
      await invite(tx, scope, await councilSender(tx, council), { email: input.adminEmail, role: "council_admin", invitedBy: ctx.person.email, siteUrl: councilAddress(council) });
      await recordAudit(tx, scope, { actor: ctx.person.email, action: "staff.invited", subject: input.adminEmail, detail: { role: "council_admin" }, ip: ctx.origin.ip, userAgent: ctx.origin.userAgent });
    });
    steps.push(`Invited ${input.adminEmail} to be the council's first admin`);
    await ctx.audit({ action: "council.onboarded", subject: created, detail: { steps } });
    return { slug: created, steps, address: councilAddress(council) };
  }),

  suspend: operatorProcedure.input(slug).mutation(async ({ ctx, input }) => {
    await namedCouncil(ctx, input.slug);
    await suspendCouncil(ctx.database, input.slug);
    await auditInCouncil(ctx, input.slug, "council.suspended");
    await ctx.audit({ action: "council.suspended", subject: input.slug });
  }),

  resume: operatorProcedure.input(slug).mutation(async ({ ctx, input }) => {
    await namedCouncil(ctx, input.slug);
    await resumeCouncil(ctx.database, input.slug);
    await auditInCouncil(ctx, input.slug, "council.resumed");
    await ctx.audit({ action: "council.resumed", subject: input.slug });
  }),

  /** Exports the council to a file operators can download, then drops its schema. */
  archive: operatorProcedure.input(slug).mutation(async ({ ctx, input }) => {
    // Recorded before the export, so the council's own log, in its archive, says who archived it.
    const council = await namedCouncil(ctx, input.slug);
    if (council.status === "active" || council.status === "suspended") await auditInCouncil(ctx, input.slug, "council.archived");
    const path = await archiveCouncil(ctx.database, input.slug);
    const file = path.split("/").pop()!;
    await ctx.audit({ action: "council.archived", subject: input.slug, detail: { file } });
    return { file };
  }),

  archives: operatorProcedure.query(() => listArchives()),

  /** One archive's bytes, for download; every download is audited. */
  archiveFile: operatorProcedure.input(z.strictObject({ file: z.string().min(1).max(200) })).query(async ({ ctx, input }) => {
    const bytes = readArchive(input.file);
    if (!bytes) throw new TRPCError({ code: "NOT_FOUND", message: `There is no archive called ${input.file}. Choose one from the list of archives.` });
    await ctx.audit({ action: "archive.downloaded", subject: input.file });
    return bytes;
  }),
});
