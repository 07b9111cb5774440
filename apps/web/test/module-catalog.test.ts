import { readFileSync } from "node:fs";
import { EMAIL_TEMPLATES, MODULES } from "@lgp/modules";
import { describe, expect, it } from "vitest";

const catalog = JSON.parse(readFileSync(new URL("../messages/en.json", import.meta.url), "utf8")) as {
  modules: Record<string, Record<string, unknown>>;
  emailTemplates: Record<string, { name?: string; templateId?: string }>;
};

describe("the catalog", () => {
  for (const m of MODULES) {
    it(`names the ${m.key} module, its links and its admin sections`, () => {
      const entries = catalog.modules[m.key] as { name?: string; hint?: string; sections?: Record<string, string> } & Record<string, unknown>;
      expect(entries?.name).toEqual(expect.any(String));
      expect(entries?.hint).toEqual(expect.any(String));
      for (const link of [...m.links.residents, ...m.links.staff, ...m.links.admins]) expect(entries[link.label], link.href).toEqual(expect.any(String));
      for (const section of m.adminSections) expect(entries.sections?.[section], section).toEqual(expect.any(String));
    });
  }
});

describe("the catalog's email templates", () => {
  it("name every kind of email, and the Notify template ID asked for it", () => {
    for (const { kind } of EMAIL_TEMPLATES) expect(catalog.emailTemplates[kind], kind).toEqual({ name: expect.any(String), templateId: expect.any(String) });
  });
});
