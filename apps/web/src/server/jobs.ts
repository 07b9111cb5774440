import { sendEmailJob } from "@lgp/email";
import { clearExpiredJob } from "@lgp/identity";

/** Every job the platform runs; the worker (in the app, or `pnpm worker`) takes them all. */
export const JOBS = [sendEmailJob, clearExpiredJob];
