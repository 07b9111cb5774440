import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_BYTES } from "./src/server/edge";

const config: NextConfig = {
  transpilePackages: ["@lgp/api", "@lgp/booking", "@lgp/jobs", "@lgp/councils", "@lgp/db", "@lgp/email", "@lgp/identity", "@lgp/match", "@lgp/postcodes", "@lgp/providers", "@lgp/secrets", "@lgp/time", "@lgp/ui"],
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from its own folder.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "pg-boss", "pg", "nodemailer", "notifications-node-client"],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true }, // `pnpm typecheck` checks types once, not on every build
  images: { unoptimized: true },
  // The edge (server.ts) refuses larger bodies first, with a 413 and a message rather than Next.js's 500.
  // authInterrupts: forbidden() answers 403 with the site's forbidden.tsx, for people signed in without the role.
  experimental: { serverActions: { bodySizeLimit: MAX_BODY_BYTES }, authInterrupts: true },
  // Static files skip the proxy; they still get the headers that need no nonce.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
