/**
 * Reviewer's edits to the real responses, made at run time: each flag must move as a reviewer's
 * would. Runs on both the .txt and the .docx of each response.
 */
import { answeredIds, expected, inspectionOf, load, sectionsOf, statusMap, type Editable, type Section } from "./realDocs";

const cheshire = expected.find((d) => d.file.startsWith("cheshire"))!;
const cambs = expected.find((d) => d.file.startsWith("cambridgeshire"))!;
const cumbria = expected.find((d) => d.file.startsWith("cumbria"))!;

/** How the two sectioned letters lay out their recommendations (see expected.json notes). */
const layouts = [
  { doc: cheshire, heading: /^\d+\. \S/, recs: ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r12"], stop: /^I understand/ },
  { doc: cambs, heading: /^\d+\. (\*\*)?Recommendation \d+/, recs: cambs.answered, stop: undefined },
];

const without = (units: string[], from: number, to: number, insert: string[] = []) => [...units.slice(0, from), ...insert, ...units.slice(to)];

for (const format of ["txt", "docx"] as const) {
  describe(`real responses (${format}) edited as a reviewer would`, () => {
    for (const { doc, heading, recs, stop } of layouts) {
      const inspection = inspectionOf(doc.inspection);
      let d: Editable;
      let sections: Section[];
      let before: Record<string, string>;
      beforeAll(async () => {
        d = await load(doc.file, format);
        sections = sectionsOf(d, heading, recs, stop);
        before = statusMap(await d.analyse(d.units, inspection));
      });

      it(`${doc.file}: removing one answer flags that recommendation, and only it`, async () => {
        for (const s of sections) {
          const after = statusMap(await d.analyse(without(d.units, s.head + 1, s.end), inspection));
          expect({ rec: s.rec, status: after[s.rec] }).toEqual({ rec: s.rec, status: "placeholder" });
          expect({ ...after, [s.rec]: before[s.rec] }).toEqual(before);
        }
      });

      it(`${doc.file}: an answer turned back into a placeholder is flagged as a placeholder`, async () => {
        const fillers = ["TBC", "Force response: [insert the force's response]", "Response to follow.", "XXX"];
        for (const [k, s] of sections.entries()) {
          const units = without(d.units, s.head + 1, s.end, [d.make(""), d.make(fillers[k % fillers.length]), d.make("")]);
          const after = statusMap(await d.analyse(units, inspection));
          expect({ rec: s.rec, status: after[s.rec] }).toEqual({ rec: s.rec, status: "placeholder" });
          expect({ ...after, [s.rec]: before[s.rec] }).toEqual(before);
        }
      });

      it(`${doc.file}: removing a whole section reports the recommendation missing`, async () => {
        for (const s of sections) {
          const after = statusMap(await d.analyse(without(d.units, s.head, s.end), inspection));
          expect({ rec: s.rec, status: after[s.rec] }).toEqual({ rec: s.rec, status: "missing" });
          expect({ ...after, [s.rec]: before[s.rec] }).toEqual(before);
        }
      });

      it(`${doc.file}: sections in reverse order are still each answered`, async () => {
        const first = sections[0].head;
        const last = sections[sections.length - 1].end;
        const reversed = [...sections].reverse().flatMap((s) => d.units.slice(s.head, s.end));
        const report = await d.analyse([...d.units.slice(0, first), ...reversed, ...d.units.slice(last)], inspection);
        expect(answeredIds(report).sort()).toEqual([...doc.answered].sort());
      });

      it(`${doc.file}: renumbered headings are matched by their words, not their numbers`, async () => {
        // Keep only the sections answered locally and number them 1, 2, 3... as Cheshire does.
        const keep = sections.filter((s) => inspection.recommendations.find((r) => r.id === s.rec)!.localResponseExpected);
        const renumbered = keep.flatMap((s, k) => {
          const [head, ...rest] = d.units.slice(s.head, s.end);
          const text = d.textOf(head).replace(/^\d+\.\s*/, `${k + 1}. `).replace(/Recommendation \d+/, `Recommendation ${k + 1}`);
          return [d.make(text), ...rest];
        });
        const first = sections[0].head;
        const last = sections[sections.length - 1].end;
        const report = await d.analyse([...d.units.slice(0, first), ...renumbered, ...d.units.slice(last)], inspection);
        expect(answeredIds(report).sort()).toEqual(keep.map((s) => s.rec).sort());
      });
    }

    describe(`${cumbria.file}: one combined response answering by topic`, () => {
      const inspection = inspectionOf(cumbria.inspection);
      let d: Editable;
      const find = (re: RegExp) => d.units.findIndex((u) => re.test(d.textOf(u)));
      beforeAll(async () => {
        d = await load(cumbria.file, format);
      });

      it("stops counting bad character (r2) as answered when its paragraph goes", async () => {
        const i = find(/^Bad character/);
        const after = statusMap(await d.analyse(without(d.units, i, i + 1), inspection));
        expect(after).toEqual({ r1: "placeholder", r2: "placeholder", r3: "answered" });
      });

      it("stops counting victim personal statements (r3) as answered when its paragraph goes", async () => {
        const i = find(/^Victims Personal Statements/);
        const after = statusMap(await d.analyse(without(d.units, i, i + 1), inspection));
        expect(after).toEqual({ r1: "placeholder", r2: "answered", r3: "placeholder" });
      });

      it("flags every recommendation when the combined response is only a placeholder", async () => {
        const from = find(/Response to Report and Recommendation/) + 1;
        const after = statusMap(await d.analyse(without(d.units, from, d.units.length, [d.make("TBC")]), inspection));
        expect(after).toEqual({ r1: "placeholder", r2: "placeholder", r3: "placeholder" });
      });

      it("reports a recommendation missing when it is taken out of the list and the response", async () => {
        const units = d.units.filter((u) => !/#21961|^Bad character/.test(d.textOf(u)));
        expect(statusMap(await d.analyse(units, inspection))).toEqual({ r1: "placeholder", r2: "missing", r3: "answered" });
      });

      it("counts r1 answered once the response speaks about communications with victims after charge", async () => {
        const i = find(/^Bad character/);
        const ours = d.make("We have reviewed how officers keep in touch with victims from the point of charge onwards, and communications now follow an agreed timetable.");
        const report = await d.analyse([...d.units.slice(0, i), ours, ...d.units.slice(i)], inspection);
        expect(answeredIds(report).sort()).toEqual(["r1", "r2", "r3"]);
      });

      it("keeps its answers when the list is reordered", async () => {
        const lines = ["#21912", "#21961", "#22005"].map((id) => find(new RegExp(id)));
        const units = [...d.units];
        [units[lines[0]], units[lines[2]]] = [units[lines[2]], units[lines[0]]];
        expect(answeredIds(await d.analyse(units, inspection)).sort()).toEqual(["r2", "r3"]);
      });
    });
  });
}
