import { sendEmailJob } from "@lgp/email";
import { clearExpiredJob } from "@lgp/identity";
import { MODULE_JOBS } from "@lgp/modules";

/** Every job the platform runs; the worker (in the app, or `pnpm worker`) takes them all. */
export const JOBS = [sendEmailJob, clearExpiredJob, ...MODULE_JOBS];
