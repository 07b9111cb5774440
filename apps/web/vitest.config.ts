import shared from "@lgp/vitest-config";
import { mergeConfig } from "vitest/config";

// Components render in tests as Next.js compiles them: with React's automatic JSX runtime.
export default mergeConfig(shared, { esbuild: { jsx: "automatic" } });
