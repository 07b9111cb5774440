import { formatDateTime, londonToInstant, Temporal } from "../src/index";

/** Instants either side of both 2026 clock changes, and what a person in London should read. */
export const AROUND_CLOCK_CHANGES: [iso: string, shown: string][] = [
  ["2026-03-29T00:59:00Z", "29 March 2026 at 12:59am"], // the last minute of GMT
  ["2026-03-29T01:00:00Z", "29 March 2026 at 2am"], // clocks have gone forward to BST
  ["2026-10-25T00:30:00Z", "25 October 2026 at 1:30am"], // the first 1:30am, in BST
  ["2026-10-25T01:30:00Z", "25 October 2026 at 1:30am"], // the second, in GMT
  ["2026-06-30T23:30:00Z", "1 July 2026 at 12:30am"], // already tomorrow in London
  ["2026-12-31T23:30:00Z", "31 December 2026 at 11:30pm"],
];

/** What this process makes of the samples, for a child process in another zone to print. */
export function readings() {
  return {
    shown: AROUND_CLOCK_CHANGES.map(([iso]) => formatDateTime(new Date(iso))),
    summerNine: londonToInstant(Temporal.PlainDate.from("2026-07-15"), Temporal.PlainTime.from("09:00")).toString(),
  };
}
