import type { Database, Scope } from "@lgp/db";

/**
 * What a job carries: the scope it belongs to (`council:<slug>` or `platform`, set by the queue from the
 * transaction that enqueued it, never by the caller) and record ids. Never personal data: that stays in
 * the council's schema, where its retention and erasure rules apply.
 */
export type JobIds = Record<string, number | string>;
export type JobData<Ids extends JobIds = JobIds> = Ids & { scope: string };

export interface JobContext<Ids extends JobIds> {
  database: Database;
  /** The council (or the platform) the job belongs to: its handler works only through this. */
  scope: Scope;
  ids: Ids;
  /** 0 on the first attempt. */
  attempt: number;
  /** Whether a failure now is final (no retry follows). */
  lastAttempt: boolean;
}

export interface JobDefinition<Ids extends JobIds = JobIds> {
  /** Dotted, by owner: `email.send`, `identity.clear-expired`. */
  name: string;
  run(context: JobContext<Ids>): Promise<void>;
  /** Retries after a failure, with exponential backoff from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Cron (Europe/London) on which the queue runs it for the platform scope. */
  schedule?: string;
}

/** Declares a job; typed by the ids it carries. */
export function defineJob<Ids extends JobIds>(definition: JobDefinition<Ids>): JobDefinition<Ids> {
  return definition;
}
