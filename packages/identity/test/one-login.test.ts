import { generateKeyPairSync, verify } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { provisionCouncil } from "@lgp/councils";
import { connectPostgres, councilScope, type Database } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import * as o from "oauth4webapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeOneLogin, loadOneLogin, ONE_LOGIN_ISSUERS, oneLoginProvider, saveOneLogin } from "../src/one-login";

let test: MigratedTestDatabase;
let database: Database;
const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();

beforeAll(async () => {
  test = await createMigratedTestDatabase("onelogin");
  database = await connectPostgres(test.appUrl);
  await provisionCouncil(database, { slug: "lambeth", name: "London Borough of Lambeth", hosts: [] });
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

describe("GOV.UK One Login settings", () => {
  const scope = () => councilScope(database, "lambeth");

  it("are off until a council switches them on", async () => {
    expect(await scope().run((tx) => loadOneLogin(tx, scope()))).toBeNull();
  });

  it("keep the private key sealed, never shown back, and refuse what is not a key", async () => {
    await expect(scope().run((tx) => saveOneLogin(tx, scope(), { enabled: true, environment: "integration", clientId: "lambeth-client", privateKey: "not a key" }))).rejects.toThrow(
      /PEM format/,
    );
    await scope().run((tx) => saveOneLogin(tx, scope(), { enabled: true, environment: "integration", clientId: "lambeth-client", privateKey: pem }));
    const shown = await scope().run((tx) => describeOneLogin(tx, scope()));
    expect(JSON.stringify(shown)).not.toContain("PRIVATE KEY");
    expect((await scope().run((tx) => loadOneLogin(tx, scope())))!.privateKey).toBe(pem);
  });

  it("make a provider for One Login's integration issuer, with private_key_jwt, nonce and medium-level credentials", async () => {
    const provider = await oneLoginProvider((await scope().run((tx) => loadOneLogin(tx, scope())))!);
    expect(provider).toMatchObject({
      issuer: ONE_LOGIN_ISSUERS.integration,
      clientId: "lambeth-client",
      client: { token_endpoint_auth_method: "private_key_jwt" },
      authorization: { params: { scope: "openid email phone", vtr: '["Cl.Cm"]' } },
    });
    expect(provider.checks).toContain("nonce");
    expect(provider).not.toHaveProperty("clientSecret");
  });
});

describe("the token request to One Login", () => {
  let server: Server;
  let received: URLSearchParams | undefined;
  let tokenEndpoint = "";

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received = new URLSearchParams(body);
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: "invalid_grant" }));
      });
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
    tokenEndpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("authenticates with a client assertion signed by the council's key, as One Login requires", async () => {
    const settings = (await councilScope(database, "lambeth").run((tx) => loadOneLogin(tx, councilScope(database, "lambeth"))))!;
    const provider = await oneLoginProvider(settings);
    const as = { issuer: ONE_LOGIN_ISSUERS.integration, token_endpoint: tokenEndpoint };
    // The same call, with the same client authentication, that Auth.js makes at the callback.
    const clientAuth = o.PrivateKeyJwt(provider.token.clientPrivateKey, {
      [o.modifyAssertion](_header, payload) {
        payload.aud = [as.issuer, as.token_endpoint];
      },
    });
    const client = { client_id: provider.clientId, ...provider.client };
    const params = o.validateAuthResponse(as, client, new URLSearchParams({ code: "the-code" }), o.skipStateCheck);
    const response = await o.authorizationCodeGrantRequest(as, client, clientAuth, params, "https://lambeth.example/api/auth/callback/govuk-one-login", "the-verifier", {
      [o.allowInsecureRequests]: true,
    });
    expect(response.status).toBe(400); // the stand-in refuses every code; what matters is what it was sent

    expect(received!.get("grant_type")).toBe("authorization_code");
    expect(received!.get("code")).toBe("the-code");
    expect(received!.get("code_verifier")).toBe("the-verifier");
    expect(received!.get("client_secret")).toBeNull();
    expect(received!.get("client_assertion_type")).toBe("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    const [header, payload, signature] = received!.get("client_assertion")!.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    expect(JSON.parse(Buffer.from(header!, "base64url").toString()).alg).toBe("ES256");
    expect(claims).toMatchObject({ iss: "lambeth-client", sub: "lambeth-client" });
    expect(claims.aud).toContain(tokenEndpoint);
    expect(claims.jti).toEqual(expect.any(String));
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(300);
    const signed = verify("sha256", Buffer.from(`${header}.${payload}`), { key: publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(signature!, "base64url"));
    expect(signed).toBe(true);
  });
});
