/**
 * The most calls one HTTP request may carry. A page makes a handful; a larger batch is someone making
 * the server do many requests' work for the price of one, so tRPC refuses it before running any call.
 */
export const MAX_BATCH_SIZE = 10;

/** tRPC's own words for that refusal, which say neither what the limit is nor what to do. */
const TRPC_BATCH_REFUSAL = "Batch call exceeds maximum size";

/** The refusal in words a developer calling the API can act on, or the message unchanged. */
export function explainBatchRefusal(message: string): string {
  return message === TRPC_BATCH_REFUSAL ? `A batch may hold at most ${MAX_BATCH_SIZE} calls. Send the calls in smaller batches.` : message;
}
