import { describe, expect, it } from "vitest";
import { admit, CLIENT_HEADER, clientAddressOf, MAX_BODY_BYTES } from "../src/server/edge";

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf("::ffff:192.0.2.10", "203.0.113.9", 0)).toBe("192.0.2.10");
  });

  it("is the configured hop behind trusted proxies; entries further left are the client's own claim", () => {
    // client 198.51.100.4 → proxy A (appends it) → proxy B (appends A, 10.0.0.2) → app (socket: B, 10.0.0.3)
    expect(clientAddressOf("10.0.0.3", "203.0.113.9, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
    expect(clientAddressOf("10.0.0.3", "203.0.113.9, 198.51.100.4", 1)).toBe("198.51.100.4");
  });
});

describe("a request arriving at the edge", () => {
  it("loses every header a client could forge as a proxy, as Next.js or as our own proxy, and gains its real address", () => {
    const headers: Record<string, string> = {
      host: "kingston.localhost:3000",
      "x-forwarded-host": "attacker.example",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "203.0.113.9",
      forwarded: "host=attacker.example",
      "x-real-ip": "203.0.113.9",
      "x-middleware-subrequest": "proxy",
      "x-lgp-site": "council:richmond",
      [CLIENT_HEADER]: "203.0.113.9",
    };
    expect(admit(headers, "GET", "127.0.0.1", 0)).toEqual({ client: "127.0.0.1" });
    expect(headers).toEqual({ host: "kingston.localhost:3000", [CLIENT_HEADER]: "127.0.0.1" });
  });

  it("is refused with 413 over the size limit and 411 with no stated length", () => {
    expect(admit({ "content-length": String(MAX_BODY_BYTES + 1) }, "POST", "127.0.0.1", 0)).toMatchObject({ status: 413 });
    expect(admit({ "content-length": String(MAX_BODY_BYTES) }, "POST", "127.0.0.1", 0)).toEqual({ client: "127.0.0.1" });
    expect(admit({ "transfer-encoding": "chunked" }, "POST", "127.0.0.1", 0)).toMatchObject({ status: 411 });
  });
});
