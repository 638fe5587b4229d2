/** The published responses answer lawfully: the s.55(5B) test must not warn on any of their answers. */
import { expected, inspectionOf, load } from "./realDocs";

describe("the s.55(5B) test on the real responses", () => {
  for (const format of ["txt", "docx"] as const) {
    it.each(expected.map((d) => d.file))(`%s (${format}): no answer is warned for giving no action or reason`, async (file) => {
      const doc = expected.find((d) => d.file === file)!;
      const d = await load(file, format);
      const report = await d.analyse(d.units, inspectionOf(doc.inspection));
      const warned = report.items.filter((i) => i.warnings?.length).map((i) => `${i.recId}: ${i.evidence}`);
      expect(warned).toEqual([]);
      // The test ran on answers: the document has some.
      expect(report.items.some((i) => i.status === "answered")).toBe(true);
    });
  }
});
