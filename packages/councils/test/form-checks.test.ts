import { InputError } from "@lgp/db";
import { describe, expect, it } from "vitest";
import { validateNewCouncil } from "../src/council-input";
import { brandingInput } from "../src/site-settings";

const details = { contactEmail: "", contactPhone: "", contactAddress: "", accessibilityContact: "", accessibilityKnownIssues: "", accessibilityPreparedOn: "", emailSenderName: "" };
const brand = { name: "Royal Borough of Kingston upon Thames", brandColour: "#0b3b6e", brandTextColour: "#ffffff", linkColour: "#0b5cab" };

/** The messages a schema gives, by field: what a form shows beside each. */
const problems = (input: unknown) => Object.fromEntries((brandingInput.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("a new council's details", () => {
  it("are refused with every mistake named at once, each bad domain among them", () => {
    const refused = (() => {
      try {
        validateNewCouncil({ slug: "admin", name: " ", hosts: ["no-dot", "x.platform.example", "www.ok.gov.uk"] }, [], "platform.example");
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(InputError);
    const fields = (refused as InputError).fields;
    expect(fields.slug).toBe('"admin" is reserved for the platform. Choose another slug.');
    expect(fields.name).toBe("Enter the council's name");
    expect(fields.hosts).toContain('"no-dot" is not a domain name');
    expect(fields.hosts).toContain('"x.platform.example" is under the platform\'s own domain');
  });

  it("are tidied when right", () => {
    expect(validateNewCouncil({ slug: " Kingston ", name: "Kingston", hosts: ["WWW.Kingston.gov.uk", "www.kingston.gov.uk."] }, [], "platform.example")).toMatchObject({
      slug: "kingston",
      hosts: ["www.kingston.gov.uk"],
    });
  });
});

describe("the branding form's schema", () => {
  it("accepts a readable brand with every detail left empty", () => {
    expect(brandingInput.safeParse({ ...brand, ...details }).success).toBe(true);
  });

  it("reports every mistake at once: an empty name, an unreadable colour and a mistyped address", () => {
    expect(problems({ ...brand, ...details, name: "", linkColour: "#ffff00", contactEmail: "not an email" })).toEqual({
      name: "Enter the council's name",
      contactEmail: "Enter the contact email in the correct format, like contact@council.gov.uk",
      linkColour: expect.stringContaining("Link colour #ffff00 has a contrast ratio of 1.07:1"),
    });
  });

  it('says "Enter …" for a colour left out, as a form sends an empty box, and still checks the others', () => {
    const { brandColour: _left, ...rest } = brand;
    expect(problems({ ...rest, ...details, linkColour: "blue" })).toEqual({
      brandColour: "Enter the brand colour, like #1d70b8",
      linkColour: "Link colour must be a colour in the form #1d70b8.",
    });
  });
});
