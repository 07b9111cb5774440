import "server-only";
import { notFound } from "next/navigation";
import { api } from "~/server/api";

/**
 * The sign-up a page works on: the helper `?helper=` names, which the person must act for (another's is
 * not found), loaded with its answers, task progress and choices.
 */
export async function chosenSignUp(helper: string | undefined) {
  if (!helper || !/^\d{1,15}$/.test(helper)) notFound();
  return (await api()).match.signUp({ helperId: Number(helper) });
}

export const taskListHref = (helperId: number) => `/helping/sign-up?helper=${helperId}`;

/**
 * A helper the person acts for, for a page about one: the one `?helper=` names (another's, or none of
 * theirs, is not found), or their only helper; null while someone acting for several has not chosen.
 */
export async function chosenHelper(helper: string | undefined) {
  const { helpers } = await (await api()).match.myHelpers();
  if (helper === undefined) {
    if (helpers.length === 0) notFound();
    return { helpers, helper: helpers.length === 1 ? helpers[0]! : null };
  }
  const chosen = /^\d{1,15}$/.test(helper) ? helpers.find((h) => h.id === Number(helper)) : undefined;
  if (!chosen) notFound();
  return { helpers, helper: chosen };
}
