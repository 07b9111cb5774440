import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file makes its own throwaway database, so files can run side by side.
    pool: "forks",
  },
});
