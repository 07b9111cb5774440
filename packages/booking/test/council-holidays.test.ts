import { readSiteDetails, saveSiteDetails } from "@lgp/councils";
import { Temporal } from "@lgp/time";
import { describe, expect, it } from "vitest";
import { bookableById } from "../src/bookables";
import { freeTimes } from "../src/free-times";
import { testCouncils } from "./support/councils";
import { aRoom, NOW } from "./support/seed";

const councils = testCouncils("booking-council-holidays", ["kingston", "glasgow", "cardiff"]);
const day = Temporal.PlainDate.from;

/** How many times a weekday room has on a London date, in a council of `nation`. */
async function timesOn(slug: string, nation: "england" | "scotland" | "wales", date: string) {
  return councils.run(slug, async (tx) => {
    await saveSiteDetails(tx, { ...(await readSiteDetails(tx)), nation });
    const room = (await bookableById(tx, (await aRoom(tx)).id))!;
    return (await freeTimes(tx, room, { from: day(date), to: day(date), now: NOW })).length;
  });
}

describe("the council's bank holidays", () => {
  it("follow the nation its admins set: St Andrew's Day closes a Scottish council's rooms, not an English or Welsh one's", async () => {
    expect(await timesOn("glasgow", "scotland", "2026-11-30")).toBe(0);
    expect(await timesOn("kingston", "england", "2026-11-30")).toBe(8);
    expect(await timesOn("cardiff", "wales", "2026-11-30")).toBe(8);
  });
});
