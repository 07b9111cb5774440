/**
 * The floor the app's booking throughput is measured against: a bare node:http server that takes
 * POST /hold with a JSON body ({ bookableId, startsAt, personId, idempotencyKey }) and runs the very
 * transaction booking.hold runs (holdTime in the council's scope, over postgres.js with the app's pool
 * of 10), answering 200 with the booking, 409 when the time has gone, 400 for a mistake. Nothing else:
 * no host resolution, no session, no roles read, no audit row, no framework. Started by booking.ts with
 * DATABASE_URL, PORT and BENCH_COUNCIL.
 */
import { createServer, type IncomingMessage } from "node:http";
import { BookingConflict, holdTime } from "@lgp/booking";
import { connectPostgres, councilScope, InputError } from "@lgp/db";
import { Temporal } from "@lgp/time";

const database = await connectPostgres(process.env.DATABASE_URL!);
const scope = councilScope(database, process.env.BENCH_COUNCIL!);

async function bodyOf(req: IncomingMessage): Promise<{ bookableId: number; startsAt: string; personId: number; idempotencyKey: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

createServer((req, res) => {
  const answer = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (req.method !== "POST" || req.url !== "/hold") return answer(404, { message: "Only POST /hold is here." });
  bodyOf(req)
    .then(({ bookableId, startsAt, personId, idempotencyKey }) =>
      scope.run((tx) => holdTime(tx, { bookableId, startsAt: Temporal.Instant.from(startsAt), personId, bookedBy: personId, idempotencyKey })),
    )
    .then(
      (held) => answer(200, held),
      (error: unknown) => {
        if (error instanceof BookingConflict) return answer(409, { message: error.message, nearest: error.nearest });
        if (error instanceof InputError || error instanceof SyntaxError) return answer(400, { message: error.message });
        console.error(error);
        answer(500, { message: "Something went wrong." });
      },
    );
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`Bare server listening on port ${process.env.PORT}.`));
