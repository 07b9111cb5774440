/** Where a helper stands, as their pages show it: a pause outranks their status. */
export function helperStanding(helper: { status: "applying" | "submitted" | "approved" | "declined"; paused: boolean }) {
  return helper.paused ? ("paused" as const) : helper.status;
}
