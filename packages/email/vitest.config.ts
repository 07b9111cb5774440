import base from "@lgp/vitest-config";
import { mergeConfig } from "vitest/config";

// The SMTP tests' server listens on this machine, which a council's settings may not name.
export default mergeConfig(base, { test: { env: { LGP_UNSAFE_LOCAL_EMAIL_SERVERS: "true" } } });
