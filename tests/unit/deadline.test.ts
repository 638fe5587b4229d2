import { execFileSync } from "node:child_process";
import path from "node:path";
import { deadlineStatus, formatLongDate, formatWeekdayDate, statutoryDueDate } from "../../src/domain/deadline";

describe("the 56-day statutory deadline", () => {
  it("falls 55 days after publication: published 16 July 2021, due Thursday 9 September 2021", () => {
    expect(statutoryDueDate("2021-07-16")).toBe("2021-09-09");
    expect(formatWeekdayDate("2021-09-09")).toBe("Thursday 9 September 2021");
    expect(formatLongDate("2021-07-16")).toBe("16 July 2021");
  });

  it.each([
    ["2022-02-25", "2022-04-21"],
    ["2021-12-01", "2022-01-25"],
    ["2024-01-10", "2024-03-05"],
    ["2023-01-10", "2023-03-06"],
  ])("published %s is due %s (across month, year and leap-day boundaries)", (published, due) => {
    expect(statutoryDueDate(published)).toBe(due);
  });
});

describe("days left and overdue around the due day", () => {
  const status = (y: number, m: number, d: number, h = 12, min = 0) => deadlineStatus("2021-07-16", new Date(y, m - 1, d, h, min));

  it("counts down to the due day", () => {
    expect(status(2021, 8, 28)).toMatchObject({ daysLeft: 12, overdue: false, label: "due 9 September 2021 · 12 days left" });
    expect(status(2021, 9, 8, 23, 59)).toMatchObject({ daysLeft: 1, label: "due 9 September 2021 · 1 day left" });
  });

  it("is due today for the whole of the due day, from just after midnight to just before the next", () => {
    expect(status(2021, 9, 9, 0, 1)).toMatchObject({ daysLeft: 0, overdue: false, label: "due 9 September 2021 · due today" });
    expect(status(2021, 9, 9, 23, 59)).toMatchObject({ daysLeft: 0, overdue: false });
  });

  it("is overdue from the next day", () => {
    expect(status(2021, 9, 10, 0, 0)).toMatchObject({ daysLeft: -1, overdue: true, label: "due 9 September 2021 · 1 day overdue" });
    expect(status(2021, 9, 13)).toMatchObject({ daysLeft: -4, label: "due 9 September 2021 · 4 days overdue" });
  });
});

describe("across the October clock change", () => {
  /** daysLeft at local times in Europe/London, computed in a child process that really runs in that zone. */
  function inLondon(publishedOn: string, times: string[]): { at: string; offset: number; daysLeft: number }[] {
    const out = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "deadlineInZone.ts"), publishedOn, ...times], {
      env: { ...process.env, TZ: "Europe/London" },
      encoding: "utf8",
    });
    return JSON.parse(out);
  }

  it("loses exactly one day per calendar day, whatever the hour, on both sides of the change", () => {
    // Published 10 September 2021 -> due 4 November 2021; UK clocks went back on 31 October 2021.
    const r = inLondon("2021-09-10", ["2021-10-30T00:30", "2021-10-30T23:30", "2021-10-31T00:30", "2021-10-31T23:30", "2021-11-01T00:10", "2021-11-04T23:59", "2021-11-05T00:00"]);
    // Guard: the zone really changed offset in between, or this test would prove nothing.
    expect(r[0].offset).toBe(-60);
    expect(r[4].offset).toBe(0);
    expect(r.map((x) => x.daysLeft)).toEqual([5, 5, 4, 4, 3, 0, -1]);
  });

  it("also holds across the March change (clocks go forward)", () => {
    // Published 1 March 2022 -> due 25 April 2022; clocks went forward on 27 March 2022.
    const r = inLondon("2022-03-01", ["2022-03-26T23:30", "2022-03-27T00:30", "2022-03-27T23:30", "2022-03-28T00:30"]);
    expect(r[0].offset).toBe(0);
    expect(r[3].offset).toBe(-60);
    expect(r.map((x) => x.daysLeft)).toEqual([30, 29, 29, 28]);
  });
});
