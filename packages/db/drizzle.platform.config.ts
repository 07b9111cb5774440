import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/platform.ts",
  out: process.env.LGP_MIGRATIONS_OUT ?? "./migrations/platform",
  schemaFilter: ["platform"],
});
