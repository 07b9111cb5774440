/** Runs once as the server starts, before it takes requests: prepare the database and say where to go. */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- set by Next itself to name the runtime; not configuration
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./server/start");
  await startServer();
}

/**
 * Next logs each error a page or action fails with, and shows the person its digest; this line ties the
 * two together in the words the API's own errors use, so a quoted reference finds its error in the log.
 */
export function onRequestError(error: unknown, request: { method: string; path: string }) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string") console.error(`Unexpected error (reference ${digest}) on ${request.method} ${request.path}; the error is logged with the same digest.`);
}
