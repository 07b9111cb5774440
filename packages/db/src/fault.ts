import { env } from "./env";

/**
 * A named point at which the crash-recovery tests kill this process outright (SIGKILL: no cleanup, no
 * rollback by the app), to prove that work interrupted there is finished or undone by a re-run.
 */
export function faultPoint(name: string): void {
  if (env.LGP_KILL_AT === name) process.kill(process.pid, "SIGKILL");
}
