/**
 * The floor the app's booking throughput is measured against: a bare node:http server that takes
 * POST /hold with a JSON body ({ bookableId, startsAt, personId, email, idempotencyKey }) and runs the
 * very transaction booking.hold runs: in the council's scope, over postgres.js with the app's pool of
 * 10, the person and their roles read afresh, holdTime, and the audit row; answering 200 with the
 * booking, 409 when the time has gone, 400 for a mistake. Nothing else: no host resolution, no session
 * cookie, no framework. Started by booking.ts with DATABASE_URL, PORT and BENCH_COUNCIL.
 */
import { createServer, type IncomingMessage } from "node:http";
import { BookingConflict, holdTime } from "@lgp/booking";
import { connectPostgres, councilScope, InputError } from "@lgp/db";
import { findPersonWithRoles, recordAudit } from "@lgp/identity";
import { Temporal } from "@lgp/time";

const database = await connectPostgres(process.env.DATABASE_URL!);
const scope = councilScope(database, process.env.BENCH_COUNCIL!);

async function bodyOf(req: IncomingMessage): Promise<{ bookableId: number; startsAt: string; personId: number; email: string; idempotencyKey: string }> {
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
    .then(({ bookableId, startsAt, personId, email, idempotencyKey }) =>
      scope.run(async (tx) => {
        const person = await findPersonWithRoles(tx, scope, email);
        if (person?.id !== personId) throw new InputError("No such person here.");
        const held = await holdTime(tx, { bookableId, startsAt: Temporal.Instant.from(startsAt), personId, bookedBy: personId, idempotencyKey });
        await recordAudit(tx, scope, { actor: email, action: "booking.held", subject: `booking ${held.reference}`, detail: { bookingId: held.id, bookableId, startsAt } });
        return held;
      }),
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
