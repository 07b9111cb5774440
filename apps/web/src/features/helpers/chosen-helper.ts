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
