import { ConflictError } from "@lgp/db";
import type { Slot } from "./slots";

/**
 * The time asked for cannot be had (taken a moment ago, closed, too soon or too far ahead), with the
 * nearest free times to offer instead. The API answers it with a 409 and these times, never a 500.
 */
export class BookingConflict extends ConflictError {
  constructor(
    message: string,
    readonly nearest: readonly Slot[],
  ) {
    super(message, nearest.map((slot) => ({ startsAt: new Date(slot.start).toISOString(), endsAt: new Date(slot.end).toISOString(), placesLeft: slot.placesLeft })));
    this.name = "BookingConflict";
  }
}

/** The Postgres error code (SQLSTATE) behind a driver's or drizzle's error, if there is one. */
export function sqlState(error: unknown): string | undefined {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const EXCLUSION_VIOLATION = "23P01";
export const UNIQUE_VIOLATION = "23505";
