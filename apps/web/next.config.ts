import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const config: NextConfig = {
  transpilePackages: ["@lgp/api", "@lgp/councils", "@lgp/db", "@lgp/email", "@lgp/identity", "@lgp/providers", "@lgp/secrets", "@lgp/ui"],
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from its own folder.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "nodemailer", "notifications-node-client"],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true }, // `pnpm typecheck` checks types once, not on every build
  images: { unoptimized: true },
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
