import { describe, expect, it } from "vitest";
import { parseDateInput, Temporal, type DateQuestion } from "../src/index";

const today = Temporal.PlainDate.from("2026-11-26");
const birth: DateQuestion = { name: "date of birth", when: "past", today };
const read = (day: string, month: string, year: string, question: DateQuestion = birth) => parseDateInput({ day, month, year }, question);
const refused = (message: string, fields: string[]) => ({ ok: false, message, fields });

describe("reading a GOV.UK date input", () => {
  it("gives the date", () => {
    expect(read("9", "3", "1984")).toEqual({ ok: true, date: Temporal.PlainDate.from("1984-03-09") });
    expect(read(" 09 ", "03", " 1984")).toEqual({ ok: true, date: Temporal.PlainDate.from("1984-03-09") });
  });

  it("accepts a month written out in full or in part, in any case", () => {
    for (const month of ["march", "Mar", "MARCH"]) expect(read("9", month, "1984")).toMatchObject({ ok: true, date: Temporal.PlainDate.from("1984-03-09") });
    expect(read("9", "Sept", "1984")).toMatchObject({ ok: true, date: Temporal.PlainDate.from("1984-09-09") });
    expect(read("9", "ma", "1984")).toEqual(refused("Date of birth must be a real date", ["month"]));
    expect(read("9", "marchy", "1984")).toEqual(refused("Date of birth must be a real date", ["month"]));
  });

  it("asks for the date when nothing is entered, marking the whole date", () => {
    expect(read("", " ", "")).toEqual(refused("Enter date of birth", ["day", "month", "year"]));
  });

  it("names what is missing, marking only those fields", () => {
    expect(read("9", "", "1984")).toEqual(refused("Date of birth must include a month", ["month"]));
    expect(read("", "", "1984")).toEqual(refused("Date of birth must include a day and month", ["day", "month"]));
    expect(read("", "3", "")).toEqual(refused("Date of birth must include a day and year", ["day", "year"]));
    expect(read("9", "", "")).toEqual(refused("Date of birth must include a month and year", ["month", "year"]));
  });

  it("asks for 4 numbers in the year", () => {
    expect(read("9", "3", "84")).toEqual(refused("Year must include 4 numbers", ["year"]));
  });

  it("refuses a date that cannot be, marking the field at fault or, when unclear, the whole date", () => {
    expect(read("9", "13", "1984")).toEqual(refused("Date of birth must be a real date", ["month"]));
    expect(read("32", "3", "1984")).toEqual(refused("Date of birth must be a real date", ["day"]));
    expect(read("9th", "3", "1984")).toEqual(refused("Date of birth must be a real date", ["day"]));
    expect(read("9", "3", "198x")).toEqual(refused("Date of birth must be a real date", ["year"]));
    expect(read("0", "0", "1984")).toEqual(refused("Date of birth must be a real date", ["day", "month", "year"]));
    expect(read("31", "4", "1984")).toEqual(refused("Date of birth must be a real date", ["day", "month", "year"]));
    expect(read("29", "2", "2026", { name: "date of birth", today })).toEqual(refused("Date of birth must be a real date", ["day", "month", "year"]));
    expect(read("29", "2", "2028", { name: "date of birth", today })).toMatchObject({ ok: true });
  });

  it("puts missing information before impossible information", () => {
    expect(read("32", "", "1984")).toEqual(refused("Date of birth must include a month", ["month"]));
  });

  it("holds the date to the past, the future or today, against today in London", () => {
    expect(read("26", "11", "2026")).toEqual(refused("Date of birth must be in the past", ["day", "month", "year"]));
    expect(read("25", "11", "2026")).toMatchObject({ ok: true });
    expect(read("27", "11", "2026", { name: "date of birth", when: "today-or-past", today })).toEqual(refused("Date of birth must be today or in the past", ["day", "month", "year"]));
    expect(read("26", "11", "2026", { name: "date of birth", when: "today-or-past", today })).toMatchObject({ ok: true });
    const ends = (when: DateQuestion["when"]) => ({ name: "the date your course ends", when, today });
    expect(read("26", "11", "2026", ends("future"))).toEqual(refused("The date your course ends must be in the future", ["day", "month", "year"]));
    expect(read("25", "11", "2026", ends("today-or-future"))).toEqual(refused("The date your course ends must be today or in the future", ["day", "month", "year"]));
    expect(read("26", "11", "2026", ends("today-or-future"))).toMatchObject({ ok: true });
  });

  it("holds the date between bounds, naming them GOV.UK style", () => {
    const start = Temporal.PlainDate.from("2017-09-01");
    const end = Temporal.PlainDate.from("2017-09-30");
    const ends = { name: "the date your course ends", earliest: start, boundNote: "when you started the course" };
    expect(read("31", "8", "2017", ends)).toEqual(refused("The date your course ends must be the same as or after 1 September 2017 when you started the course", ["day", "month", "year"]));
    expect(read("1", "9", "2017", ends)).toMatchObject({ ok: true });
    expect(read("1", "9", "2017", { name: "the date of your last exam", latest: Temporal.PlainDate.from("2017-08-31") })).toEqual(refused("The date of your last exam must be the same as or before 31 August 2017", ["day", "month", "year"]));
    const contract = { name: "the date your contract started", earliest: start, latest: end, boundNote: "when you were self-employed" };
    expect(read("1", "10", "2017", contract)).toEqual(refused("The date your contract started must be between 1 September 2017 and 30 September 2017 when you were self-employed", ["day", "month", "year"]));
    expect(read("30", "9", "2017", contract)).toMatchObject({ ok: true });
  });
});
