/**
 * Coverage on response documents we wrote in the three house styles, as .txt and as .docx, and
 * after the edits a drafter makes (answer removed, left as a placeholder, section deleted,
 * sections renumbered or reordered): each flag moves as a reviewer's would.
 */
import { analyseAs, expectedStatuses, houseStyles, inspection, readFixture, statuses } from "./fixtures";

/** Sections of a text: heading lines matching `heading`, each running to the next heading or `stop`. */
function sections(lines: string[], heading: RegExp, stop?: RegExp) {
  const heads = lines.flatMap((l, i) => (heading.test(l) ? [i] : []));
  const stopAt = stop ? lines.findIndex((l, i) => i > heads[heads.length - 1] && stop.test(l)) : -1;
  return heads.map((head, k) => ({ head, end: k + 1 < heads.length ? heads[k + 1] : stopAt >= 0 ? stopAt : lines.length }));
}

const sectioned = [
  { style: houseStyles[0], heading: /^\d+\. /, recs: ["r1", "r2", "r3", "r4", "r7"], stop: /^I am grateful/ },
  { style: houseStyles[2], heading: /^Recommendation \d+:/, recs: ["r1", "r2", "r3"], stop: undefined },
];

for (const format of ["txt", "docx"] as const) {
  describe(`house styles as .${format}`, () => {
    for (const h of houseStyles) {
      it(`reads a ${h.name} as a reviewer would`, async () => {
        const report = await analyseAs(format, readFixture(h.file), inspection(h.inspectionId));
        expect(statuses(report)).toEqual(expectedStatuses(h));
        const answered = Object.values(h.statuses).filter((s) => s === "answered" || s === "deferred").length;
        expect(report.summary).toEqual({ answered, unanswered: report.items.length - answered, total: report.items.length });
      });
    }

    for (const { style, heading, recs, stop } of sectioned) {
      const insp = inspection(style.inspectionId);
      const lines = readFixture(style.file).split("\n");
      const secs = sections(lines, heading, stop);
      const base = expectedStatuses(style);
      const check = async (edited: string[], changes: Record<string, string>) =>
        expect(statuses(await analyseAs(format, edited.join("\n"), insp))).toEqual({ ...base, ...changes });

      it(`${style.file}: flags a recommendation whose answer was removed`, async () => {
        for (const [k, s] of secs.entries()) {
          if (base[recs[k]] !== "answered") continue;
          await check([...lines.slice(0, s.head + 1), ...lines.slice(s.end)], { [recs[k]]: "placeholder" });
        }
      });

      it(`${style.file}: flags a recommendation whose response is still a placeholder`, async () => {
        const fillers = ["TBC", "[Insert the force's response here]", "Force response: to follow", "XXX", "Response:"];
        for (const [k, s] of secs.entries()) {
          const filler = fillers[k % fillers.length];
          await check([...lines.slice(0, s.head + 1), "", filler, "", ...lines.slice(s.end)], { [recs[k]]: "placeholder" });
        }
      });

      it(`${style.file}: reports a recommendation missing when its whole section is deleted`, async () => {
        for (const [k, s] of secs.entries()) await check([...lines.slice(0, s.head), ...lines.slice(s.end)], { [recs[k]]: "missing" });
      });

      it(`${style.file}: keeps every answer when the sections are reordered`, async () => {
        const body = [...secs].reverse().flatMap((s) => lines.slice(s.head, s.end));
        await check([...lines.slice(0, secs[0].head), ...body, ...lines.slice(secs[secs.length - 1].end)], {});
      });

      it(`${style.file}: matches renumbered headings by their words`, async () => {
        // Number the headings backwards: 3, 2, 1 ... so every number now names another recommendation.
        const edited = [...lines];
        secs.forEach((s, k) => (edited[s.head] = edited[s.head].replace(/\d+/, String(secs.length - k))));
        await check(edited, {});
      });

      it(`${style.file}: counts "addressed to another body" as a deferred answer`, async () => {
        const s = secs[0];
        const deferral = "Force response: This recommendation is addressed to the Home Office. The force will await further information.";
        await check([...lines.slice(0, s.head + 1), "", deferral, "", ...lines.slice(s.end)], { [recs[0]]: "deferred" });
      });
    }

    describe("form with one combined response", () => {
      const h = houseStyles[1];
      const lines = readFixture(h.file).split("\n");
      const insp = inspection(h.inspectionId);
      const run = async (edited: string[]) => statuses(await analyseAs(format, edited.join("\n"), insp));

      it("stops counting a recommendation once the sentence that answered it goes", async () => {
        expect(await run(lines.filter((l) => !/victim personal statement is offered/.test(l)))).toEqual({ r1: "answered", r2: "placeholder", r3: "placeholder" });
      });

      it("counts a listed recommendation once the combined response speaks to its topic", async () => {
        const added = [...lines, "Bad character applications are now considered with the prosecutor at the first case conference in every rape case."];
        expect(await run(added)).toEqual({ r1: "answered", r2: "answered", r3: "answered" });
      });

      it("flags every listed recommendation when the combined response is a placeholder", async () => {
        const at = lines.findIndex((l) => /^PCC and Chief Constable response/.test(l));
        expect(await run([...lines.slice(0, at + 1), "To follow."])).toEqual({ r1: "placeholder", r2: "placeholder", r3: "placeholder" });
      });
    });
  });
}
