/** Runs once as the server starts, before it takes requests: prepare the database and say where to go. */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- set by Next itself to name the runtime; not configuration
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./server/start");
  await startServer();
}
