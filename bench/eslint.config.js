import config from "@lgp/eslint-config";

// A harness: it starts the app with the environment it needs, so it reads and passes process.env.
export default [...config, { rules: { "no-restricted-properties": "off" } }];
