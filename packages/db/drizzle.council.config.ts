import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/council.ts",
  out: process.env.LGP_MIGRATIONS_OUT ?? "./migrations/council",
});
