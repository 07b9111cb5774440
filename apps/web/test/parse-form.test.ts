import { formInputs } from "@lgp/api";
import { describe, expect, it } from "vitest";
import { parseForm } from "../src/server/form-errors";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

describe("a form read against its procedure's schema", () => {
  it("reports every field at fault at once, an empty box as one to fill in", () => {
    const parsed = parseForm(form([["name", ""], ["slug", "admin"], ["hosts", ""], ["adminEmail", "not an email"]]), formInputs.onboardInput);
    expect(parsed).toEqual({
      ok: false,
      errors: [
        { field: "name", message: "Enter the council's name" },
        { field: "slug", message: '"admin" is reserved for the platform. Choose another slug.' },
        { field: "adminEmail", message: "Enter the first admin's email address in the correct format, like name@council.gov.uk" },
      ],
    });
  });

  it("leaves out the fields Next adds for itself, and turns ticks, numbers and lists into the schema's types", () => {
    const sent = form([["$ACTION_REF_1", ""], ["$ACTION_1:0", "{}"], ["$ACTION_KEY", "k"], ["personId", "12"], ["roles", "council_staff"], ["roles", "volunteer"]]);
    expect(parseForm(sent, formInputs.setRolesInput)).toEqual({ ok: true, value: { personId: 12, roles: ["council_staff", "volunteer"] } });
    expect(parseForm(form([["personId", "12"]]), formInputs.setRolesInput)).toEqual({ ok: true, value: { personId: 12, roles: [] } });
    expect(parseForm(form([["issuer", "https://login.example.com"], ["clientId", "staff"], ["enabled", "on"]]), formInputs.staffSsoInput)).toMatchObject({ ok: true, value: { enabled: true } });
  });

  it("reports a list's item at fault on the list's own field", () => {
    expect(parseForm(form([["personId", "12"], ["roles", "council_staff"], ["roles", "mayor"]]), formInputs.setRolesInput)).toEqual({ ok: false, errors: [{ field: "roles", message: "Choose a role" }] });
  });

  it("reads only the chosen option's fields where a form shows every option's", () => {
    const sent = form([["transport", "outbox"], ["host", "smtp.example.com"], ["port", "465"], ["apiKey", ""]]);
    expect(parseForm(sent, formInputs.emailSettingsInput)).toEqual({ ok: true, value: { transport: "outbox" } });
    const smtp = parseForm(form([["transport", "smtp"], ["host", ""], ["port", "465"], ["from", ""], ["apiKey", "key"]]), formInputs.emailSettingsInput);
    expect(smtp).toEqual({
      ok: false,
      errors: [
        { field: "host", message: "Enter the SMTP server's host name" },
        { field: "from", message: "Enter the address emails are sent from" },
      ],
    });
  });
});

describe("a field the form should not send", () => {
  it("is named, as the API names it, above the form", () => {
    expect(parseForm(form([["token", "t"], ["extra", "x"]]), formInputs.invitationTokenInput)).toEqual({
      ok: false,
      errors: [{ field: "form", message: 'Unrecognised field "extra". Leave it out and try again.' }],
    });
  });
});
