import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export const env = createEnv({
  server: {
    /**
     * GOV.UK One Login's issuers are platform configuration, never a council's setting: an issuer a
     * council admin could choose would let them sign in as any resident (accounts link by email).
     */
    LGP_ONE_LOGIN_INTEGRATION_ISSUER: z.string().url().default("https://oidc.integration.account.gov.uk/"),
    LGP_ONE_LOGIN_PRODUCTION_ISSUER: z.string().url().default("https://oidc.account.gov.uk/"),
    /**
     * For the test suites only: lets staff sign-in reach an identity provider on this machine (plain
     * http, loopback addresses). No form or procedure can set it; start-up warns when it is on.
     */
    LGP_UNSAFE_LOCAL_IDENTITY_PROVIDERS: z.enum(["true", "false"]).default("false"),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

export const allowLocalIdentityProviders = env.LGP_UNSAFE_LOCAL_IDENTITY_PROVIDERS === "true";
