import { describe, expect, it } from "vitest";
import { showActor, showAddress } from "../src/server/display";

describe("an address on a page", () => {
  it("is an IPv4 address as such, however the IPv6 socket mapped it", () => {
    expect(showAddress("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(showAddress("::FFFF:203.0.113.5")).toBe("203.0.113.5");
    expect(showAddress("::ffff:cb00:7105")).toBe("203.0.113.5");
    expect(showAddress("0:0:0:0:0:ffff:cb00:7105")).toBe("203.0.113.5");
  });

  it("is any other address as recorded, and nothing when none was", () => {
    expect(showAddress("203.0.113.5")).toBe("203.0.113.5");
    expect(showAddress("2001:db8::1")).toBe("2001:db8::1");
    // Not mapped IPv4: the IPv4-compatible form and NAT64 are IPv6 addresses of their own.
    expect(showAddress("::cb00:7105")).toBe("::cb00:7105");
    expect(showAddress("64:ff9b::cb00:7105")).toBe("64:ff9b::cb00:7105");
    expect(showAddress("unknown")).toBe("unknown");
    expect(showAddress("not:an:address")).toBe("not:an:address");
    expect(showAddress(null)).toBe("");
    expect(showAddress(undefined)).toBe("");
  });
});

describe("who did something, on a page", () => {
  const words = (word: string) => `<${word}>`;

  it("is a person by their email address", () => {
    expect(showActor("admin@kingston.example", words)).toBe("admin@kingston.example");
  });

  it("is anyone else in the page's words, never the code's", () => {
    expect(showActor("anonymous", words)).toBe("<anonymous>");
    expect(showActor("command line", words)).toBe("<commandLine>");
  });
});
