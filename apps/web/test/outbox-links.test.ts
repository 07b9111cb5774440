import { describe, expect, it } from "vitest";
import { linkParts } from "../src/features/outbox/links";

describe("links in a development outbox message", () => {
  it("are the message's http and https addresses, the text around them kept as it was", () => {
    const text = "Sign in:\nhttp://kingston.localhost:3000/api/auth/callback/email?token=abc&email=a%40b.example\n\nOr visit https://www.gov.uk.";
    expect(linkParts(text)).toEqual([
      { text: "Sign in:\n" },
      { href: "http://kingston.localhost:3000/api/auth/callback/email?token=abc&email=a%40b.example" },
      { text: "\n\nOr visit " },
      { href: "https://www.gov.uk" },
      { text: "." },
    ]);
  });

  it("leave out a sentence's punctuation and a closing bracket, but keep a bracket that belongs to the address", () => {
    expect(linkParts("(see https://example.org/a), then")).toEqual([{ text: "(see " }, { href: "https://example.org/a" }, { text: "), then" }]);
    expect(linkParts("https://en.wikipedia.org/wiki/Kingston_(London)!")).toEqual([{ href: "https://en.wikipedia.org/wiki/Kingston_(London)" }, { text: "!" }]);
  });

  it("are never anything but http(s): other schemes and markup stay text", () => {
    const text = 'javascript:alert(1) <a href="https://evil.example">x</a> data:text/html,<b>';
    const parts = linkParts(text);
    expect(parts.filter((p) => "href" in p)).toEqual([{ href: "https://evil.example" }]);
    expect(parts.map((p) => ("href" in p ? p.href : p.text)).join("")).toBe(text);
  });

  it("are none in a message without an address", () => {
    expect(linkParts("No links here.")).toEqual([{ text: "No links here." }]);
    expect(linkParts("")).toEqual([]);
  });
});
