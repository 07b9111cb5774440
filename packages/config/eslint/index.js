import tseslint from "typescript-eslint";

/**
 * One lint policy for every package. `process.env` is banned outside each package's env.ts so that
 * configuration is validated in exactly one place per package.
 */
export default tseslint.config(
  { ignores: ["**/.next/**", "**/node_modules/**", "**/migrations/**", "**/test-results/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through this package's env.ts." },
      ],
    },
  },
  {
    // Test harnesses and tooling configure themselves from the environment they are started in.
    files: ["**/env.ts", "**/*.config.ts", "**/*.config.mjs", "**/scripts/**", "**/test/**", "**/tests/**", "run.ts", "src/cli.ts", "src/cli/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
