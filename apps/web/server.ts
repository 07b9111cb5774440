/**
 * The app's own HTTP server: Next.js behind a thin edge that owns the socket. Here, and only here, the
 * client's address is read, headers a client could forge (forwarded hosts and addresses, Next.js's
 * internal ones, our own) are dropped, oversized bodies are refused, and internal paths are kept out of
 * responses. `tsx server.ts` serves the built app; `tsx server.ts --dev` runs Next.js in development.
 */
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { admit, INTERNAL_RESPONSE_HEADERS } from "./src/server/edge";
import { env } from "./src/env";

const dev = process.argv.includes("--dev");
const app = next({ dev, dir: import.meta.dirname, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

function withoutInternalHeaders(res: ServerResponse) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const name of INTERNAL_RESPONSE_HEADERS) res.removeHeader(name);
    const given = args.find((a, i) => i > 0 && a && typeof a === "object" && !Array.isArray(a)) as Record<string, unknown> | undefined;
    for (const name of INTERNAL_RESPONSE_HEADERS) if (given) delete given[name];
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}

createServer((req, res) => {
  const verdict = admit(req.headers, req.method, req.socket.remoteAddress, env.LGP_TRUSTED_PROXY_HOPS);
  if ("status" in verdict) {
    res.writeHead(verdict.status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
    res.end(verdict.message);
    return;
  }
  withoutInternalHeaders(res);
  void handle(req, res);
}).listen(env.PORT, () => {
  console.log(`Listening on port ${env.PORT}${dev ? " (development)" : ""}.`);
});
