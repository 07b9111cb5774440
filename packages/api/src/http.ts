import { MAX_BATCH_SIZE } from "./batch-size";
import { appRouter } from "./root";

/** What every HTTP endpoint for the API passes to tRPC's fetch adapter, with its request and context. */
export const httpOptions = { endpoint: "/api/trpc", router: appRouter, maxBatchSize: MAX_BATCH_SIZE };
