/** What every top-level command sets: nothing phones home, from a build, a test or a start. */
export const quietEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
};
