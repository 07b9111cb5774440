import type { NeedQuestion } from "@lgp/match";

/** Where the question pages live. */
export const ASK = "/help/ask";

export const questionPath = (question: NeedQuestion) => `${ASK}/${question}`;
