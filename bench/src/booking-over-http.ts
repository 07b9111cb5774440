import { randomUUID } from "node:crypto";
import { Agent } from "node:http";
import { cpus } from "node:os";
import { freeTimes, type Bookable } from "@lgp/booking";
import { provisionCouncil, type CouncilModules } from "@lgp/councils";
import { councilSchema, councilScope, rowsOf, type Database, type Scope } from "@lgp/db";
import { Temporal, todayInLondon } from "@lgp/time";
import { and, eq, inArray, sql } from "drizzle-orm";
import { byStatus, cpuSecondsOf, describeStatuses, inFlight, machineBusySeconds, postJson, startBareServer, treeCpuSeconds, type Answer } from "./booking-http";
import { aRoom, SESSION_COOKIE, signedInResidents } from "./booking-seed";
import { seeded } from "./random";
import { startServer, stopServer } from "./server-memory";
import { fmt, summarise } from "./stats";

const SLUG = "bench-booking";
const APP_PORT = 3191;
const BARE_PORT = 3192;
const PEOPLE = 200;
const BOOKINGS = Number(process.env.BENCH_BOOKING_N ?? 500);
const CONCURRENCY = 20;
const WARM_UP = 100;
/** The bookings are made in turns, the app's and the bare server's alternating, so a busy spell on a shared machine falls on both. */
const ROUNDS = 2;
const ROOMS = 40;

/** Booking switched on, and nothing else: it needs no starter data. */
const BOOKING_ONLY: CouncilModules = { keys: ["booking"], starter: async () => {}, demo: async () => {} };

interface Wanted {
  bookableId: number;
  startsAt: string;
}
interface Resident {
  personId: number;
  email: string;
  token: string;
}

const appHost = `${SLUG}.localhost:${APP_PORT}`;

/** booking.hold as a page on the council's site sends it: same-origin, with the resident's session cookie. */
const throughApp = (agent: Agent, who: Resident, time: Wanted) => () =>
  postJson(
    agent,
    APP_PORT,
    "/api/trpc/booking.hold",
    { host: appHost, origin: `http://${appHost}`, "sec-fetch-site": "same-origin", cookie: `${SESSION_COOKIE}=${who.token}` },
    { ...time, idempotencyKey: `bench-${randomUUID()}` },
  );

const throughBare = (agent: Agent, who: Resident, time: Wanted) => () =>
  postJson(agent, BARE_PORT, "/hold", { host: `127.0.0.1:${BARE_PORT}` }, { ...time, personId: who.personId, email: who.email, idempotencyKey: `bench-${randomUUID()}` });

type Through = typeof throughApp;

/** The rooms' free times from tomorrow for 40 days, every one distinct, shuffled the same way each run. */
async function distinctFreeTimes(scope: Scope, rooms: Bookable[]): Promise<Wanted[]> {
  const now = Temporal.Now.instant();
  const from = todayInLondon(now).add({ days: 1 });
  const times: Wanted[] = [];
  for (const room of rooms) {
    for (const slot of await scope.run((tx) => freeTimes(tx, room, { from, to: from.add({ days: 40 }), now }))) {
      times.push({ bookableId: room.id, startsAt: new Date(slot.start).toISOString() });
    }
  }
  return seeded(20261127).some(times, times.length);
}

/** Books each time through `through` with CONCURRENCY in flight, people taking turns; every one must be booked. */
async function warmUp(through: Through, times: Wanted[], residents: Resident[]) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const { answers } = await inFlight(times.map((time, i) => through(agent, residents[i % residents.length]!, time)), CONCURRENCY);
  agent.destroy();
  const refused = answers.find((a) => a.status !== 200);
  if (refused) throw new Error(`Warming up, a booking was refused (${refused.status}): ${refused.body.slice(0, 500)}`);
}

/** Everyone asks for the same hour of one room at once, through the app. */
async function contend(scope: Scope, residents: Resident[], contested: Wanted): Promise<string> {
  const agent = new Agent({ keepAlive: true, maxSockets: PEOPLE });
  const { answers, seconds } = await inFlight(residents.map((who) => throughApp(agent, who, contested)), PEOPLE);
  agent.destroy();
  const counts = byStatus(answers);
  for (const failed of answers.filter((a) => a.status >= 500).slice(0, 3)) console.error(`A ${failed.status}: ${failed.body.slice(0, 500)}`);
  const { bookings, placeKeeping } = councilSchema;
  const [kept] = await scope.run((tx) =>
    tx
      .select({ n: sql<number>`count(*)::int` })
      .from(bookings)
      .where(and(eq(bookings.bookableId, contested.bookableId), eq(bookings.startsAt, new Date(contested.startsAt)), inArray(bookings.status, [...placeKeeping]))),
  );
  const met = counts.get(200) === 1 && counts.get(409) === PEOPLE - 1 && kept!.n === 1;
  const p = summarise(answers.map((a) => a.ms));
  return `| ${PEOPLE} signed-in residents at once over HTTP, each POSTing booking.hold through the app for the same hour of one room (a session and an idempotency key each) | exactly one 200, ${PEOPLE - 1} 409s, no 5xx | ${describeStatuses(counts)}; ${kept!.n} booking kept; all answered in ${fmt(seconds * 1000)} (p50 ${fmt(p.median)}, max ${fmt(p.max)}) | ${met ? "met" : "missed"} |`;
}

/** CPU seconds used by the server answering, by this database's Postgres backends, by this process sending and by the whole machine. */
interface Cpu {
  server: number;
  postgres: number;
  client: number;
  machine: number;
}

/** CPU used so far, each of this database's backends on its own (the Postgres server runs on this machine). */
async function cpuSoFar(database: Database, serverPid: number) {
  const backends = rowsOf<{ pid: number }>(await database.owner.execute(sql`select pid from pg_stat_activity where datname = current_database()`));
  const { user, system } = process.cpuUsage();
  return { server: treeCpuSeconds(serverPid), backends: new Map(backends.map(({ pid }) => [pid, cpuSecondsOf(pid)])), client: (user + system) / 1e6, machine: machineBusySeconds() };
}

async function cpuSince(database: Database, serverPid: number, before: Awaited<ReturnType<typeof cpuSoFar>>): Promise<Cpu> {
  const after = await cpuSoFar(database, serverPid);
  let postgres = 0;
  for (const [pid, cpu] of after.backends) postgres += cpu - (before.backends.get(pid) ?? 0);
  return { server: after.server - before.server, postgres, client: after.client - before.client, machine: after.machine - before.machine };
}

interface Throughput {
  answers: Answer[];
  seconds: number;
  cpu: Cpu;
}

/** One turn of bookings through `through`, with the CPU spent on them. */
async function turn(database: Database, through: Through, serverPid: number, times: Wanted[], residents: Resident[]): Promise<Throughput> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const before = await cpuSoFar(database, serverPid);
  const { answers, seconds } = await inFlight(times.map((time, i) => through(agent, residents[i % residents.length]!, time)), CONCURRENCY);
  const cpu = await cpuSince(database, serverPid, before);
  agent.destroy();
  return { answers, seconds, cpu };
}

const add = (a: Throughput, b: Throughput): Throughput => ({
  answers: [...a.answers, ...b.answers],
  seconds: a.seconds + b.seconds,
  cpu: { server: a.cpu.server + b.cpu.server, postgres: a.cpu.postgres + b.cpu.postgres, client: a.cpu.client + b.cpu.client, machine: a.cpu.machine + b.cpu.machine },
});

function describeThroughput(t: Throughput, server: string): { perSecond: number; text: string } {
  const booked = t.answers.filter((a) => a.status === 200).length;
  const busy = t.cpu.machine / (t.seconds * cpus().length);
  const p = summarise(t.answers.map((a) => a.ms));
  const each = (cpu: number) => fmt((1000 * cpu) / t.answers.length);
  const refused = booked === t.answers.length ? "" : ` (answers: ${describeStatuses(byStatus(t.answers))})`;
  return {
    perSecond: booked / t.seconds,
    text:
      `${(booked / t.seconds).toFixed(0)} bookings/s${refused}; per request p50 ${fmt(p.median)}, p95 ${fmt(p.p95)}; ` +
      `CPU per booking: ${server} ${each(t.cpu.server)}, Postgres ${each(t.cpu.postgres)}, the bench sending ${each(t.cpu.client)}; ` +
      `whole machine ${each(t.cpu.machine)} (busy ${Math.round(100 * busy)}% of its ${cpus().length} cores)`,
  };
}

/**
 * booking.hold over HTTP: everyone at once for one time, then bookings per second through the app
 * beside the bare server (booking-bare-server.ts) on the same database. Returns the table's rows and
 * what the CPU figures say of the difference.
 */
export async function measureOverHttp(database: Database, url: string): Promise<{ rows: string[]; verdict: string }> {
  await provisionCouncil(database, { slug: SLUG, name: "Bench Borough Council", hosts: [], modules: ["booking"] }, { modules: BOOKING_ONLY });
  const scope = councilScope(database, SLUG);
  const { residents, contestedRoom, rooms } = await scope.run(async (tx) => {
    const rooms: Bookable[] = [];
    for (let i = 1; i <= ROOMS; i++) rooms.push(await aRoom(tx, `Meeting room ${i}`));
    return { residents: await signedInResidents(tx, PEOPLE), contestedRoom: await aRoom(tx, "Council chamber"), rooms };
  });
  const [contested] = await distinctFreeTimes(scope, [contestedRoom]);
  const times = await distinctFreeTimes(scope, rooms);
  if (times.length < 2 * (WARM_UP + BOOKINGS)) throw new Error(`Only ${times.length} free times to book; add rooms.`);
  const take = (n: number) => times.splice(0, n);

  console.log("Starting the app and the bare server…");
  const app = await startServer(url, APP_PORT);
  try {
    const bare = await startBareServer(url, SLUG, BARE_PORT);
    try {
      await warmUp(throughApp, take(WARM_UP), residents);
      await warmUp(throughBare, take(WARM_UP), residents);
      const rows = [await contend(scope, residents, contested!)];
      console.log(rows[0]);
      const turns = { app: [] as Throughput[], bare: [] as Throughput[] };
      const share = Math.ceil(BOOKINGS / ROUNDS);
      for (let round = 0; round < ROUNDS; round++) {
        turns.app.push(await turn(database, throughApp, app.pid!, take(share), residents));
        turns.bare.push(await turn(database, throughBare, bare.pid!, take(share), residents));
      }
      const [viaApp, viaBare] = [turns.app.reduce(add), turns.bare.reduce(add)];
      const [ofApp, ofBare] = [describeThroughput(viaApp, "the app"), describeThroughput(viaBare, "the bare server")];
      const ratio = ofApp.perSecond / ofBare.perSecond;
      const what = `${viaApp.answers.length} bookings of distinct free times across ${ROOMS} rooms, ${CONCURRENCY} at a time, by ${PEOPLE} residents in turn`;
      rows.push(
        `| through the app: HTTP, the proxy, the session, tRPC, booking.hold (holdTime and its audit row in the council's transaction); ${what} | — | ${ofApp.text} | |`,
        `| through a bare node:http server: JSON in, booking.hold's council transaction over postgres.js (the person and roles read, holdTime, the audit row), JSON out; ${what} | — | ${ofBare.text} | |`,
        `| bookings per second, the app's over the bare server's | ≥ 0.5 | ${ratio.toFixed(2)} | ${ratio >= 0.5 ? "met" : "missed"} |`,
      );
      for (const row of rows.slice(1)) console.log(row);
      const inServer = (t: Throughput) => (1000 * t.cpu.server) / t.answers.length;
      const inPostgres = (t: Throughput) => (1000 * t.cpu.postgres) / t.answers.length;
      const cores = (t: Throughput) => (t.cpu.server / t.seconds).toFixed(2);
      const verdict =
        `Each server runs its JavaScript on one thread, and in this run each kept about a core busy: the app's process used ${cores(viaApp)} ` +
        `CPU-seconds a second, the bare server's ${cores(viaBare)} (a process's garbage collector and I/O threads work beside its main thread). ` +
        `So bookings per second follow the server's CPU per booking: ${fmt(inServer(viaApp))} in the app's process to ${fmt(inServer(viaBare))} in ` +
        `the bare server's, a ratio of ${(inServer(viaBare) / inServer(viaApp)).toFixed(2)}. By a CPU profile of the built app taken when this suite ` +
        `was written, the app's extra ${fmt(inServer(viaApp) - inServer(viaBare))} goes on Next.js (the proxy, the route, web Request and Response ` +
        `streams) and tRPC, and the queries of its extra transaction, each built by drizzle and sent by postgres.js. Postgres spent ` +
        `${fmt(inPostgres(viaApp))} a booking on the app's transactions to ${fmt(inPostgres(viaBare))} on the bare server's.`;
      console.log(verdict);
      return { rows, verdict };
    } finally {
      await stopServer(bare);
    }
  } finally {
    await stopServer(app);
  }
}

/** How the HTTP figures were made, for the notes under the table. */
export const overHttpNotes = `The app is the built Next.js app (\`apps/web\`, \`tsx server.ts\`, NODE_ENV=production, its job worker
running in the process as by default) on port ${APP_PORT}, against the same throwaway database, with a council that has only
booking switched on. ${PEOPLE} residents are signed in as an emailed link leaves them: a session row holding the sha256 of a
token, sent as the \`${SESSION_COOKIE}\` cookie (the built app's cookies are Secure, so it reads that name even over
plain HTTP). Each request is what a page on the council's site sends: \`POST /api/trpc/booking.hold\` to 127.0.0.1 with
\`Host: ${appHost}\`, \`Origin: http://${appHost}\` and \`Sec-Fetch-Site: same-origin\` (the proxy refuses
cross-site writes), and the raw input as the JSON body (the API has no transformer):
\`{ bookableId, startsAt, idempotencyKey }\`, each with its own idempotency key. Answers are counted by HTTP status.

For contention every resident sends at once, each over a connection of their own, for the same hour of one room.
Every refusal is a BookingConflict with the nearest free times (two weeks of one room's times worked out), so the
199 refusals cost more than the one booking.

For throughput, ${ROOMS} rooms (08:00 to 18:00 on weekdays, by the hour) give their free times from tomorrow,
shuffled; no two requests ask for the same, so none conflict. ${WARM_UP} bookings through each server first
are not counted. Then ${ROUNDS} turns each, the app's and the bare server's alternating, ${CONCURRENCY} requests in
flight on kept-alive connections. The bare server (\`bench/src/booking-bare-server.ts\`) runs in a process of
its own, as the app does, with the same pool of 10 postgres.js connections: it parses the JSON body and runs
booking.hold's own council transaction (the person and their roles read afresh, holdTime, the audit row), and
answers with the booking as JSON. It takes the person's id and address from the body: it reads no session cookie,
resolves no host and runs no framework, which is what the ratio measures. The app, for each booking, reads the
registry's version in the proxy (requests arriving together share one read; the route trusts the proxy's
answer), then tRPC runs booking.hold's council transaction, which reads who the session cookie names (the
session, the person and their roles, one query) before holdTime and the audit row: two transactions to the
bare server's one. (The site's pages read the session through next-auth, which also extends it.)

CPU is read from /proc: the server's process tree, this database's Postgres backends (the server runs on this
machine), the bench process itself, and the whole machine (which counts anything else running on it too). On a
machine whose cores are all busy, bookings per second follow the CPU each booking costs.
`;
