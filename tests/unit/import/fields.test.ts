/** Due wording, addressees, sub-parts and kinds; a property: reading never throws and never invents text. */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { importReportText } from "../../../src/domain/import";
import { findAddressees, findDue } from "../../../src/domain/import/fields";
import { inspectionFromXml, inspectionToXml } from "../../../src/domain/catalog/inspectionXml";
import { parseInspection, type Inspection, type Recommendation } from "../../../src/domain/catalog";
import { analyse } from "../../../src/domain/coverage";

const today = "2025-06-01";
const read = (text: string) => importReportText(text, { today });

describe("due wording", () => {
  it.each([
    ["Immediately, forces should stop the practice.", "Immediately"],
    ["By March 2022, chief constables should publish a plan.", "By March 2022"],
    ["By 31 January 2025, forces should audit their records.", "By 31 January 2025"],
    ["Not later than 31 March 2015, every force should adopt the standard.", "Not later than 31 March 2015"],
    ["With immediate effect, forces should stop using the form.", "With immediate effect"],
    ["Within three months, the force should review its policy.", "Within three months"],
    ["The force should immediately make sure that risk is assessed.", "Immediately"],
    ["Chief constables should, by 31 March 2023, review their plans.", "By 31 March 2023"],
    ["Forces should review their plans by the end of 2024.", "By the end of 2024"],
    ["Immediate review of how outcome codes are used.", "Immediately"],
    ["Forces should make sure every report is reviewed within 24 hours of receipt.", null],
    ["Forces should make sure victims are contacted within 28 days of the offence being reported.", null],
    ["Police forces should collect data on withdrawals.", null],
  ])("%s -> %s", (text, due) => {
    expect(findDue(text)).toBe(due);
  });
});

describe("addressees", () => {
  const catalog = JSON.parse(readFileSync(path.join(__dirname, "../../../assets/catalog.json"), "utf8")) as { inspections: Inspection[] };
  // Recommendation texts are data facts: the catalog's own addressees are what a reader finds in them.
  const withSubject = catalog.inspections.flatMap((i) => i.recommendations).filter((r) => !/^Immediate review/.test(r.text));

  it.each(withSubject.map((r) => [r.text.slice(0, 60), r] as [string, Recommendation]))("reads who is asked in: %s…", (_, r) => {
    const found = findAddressees(`${r.text} ${r.parts.map((p) => p.text).join("; ")}`);
    expect(found.names).toEqual(r.addressees);
    expect(found.local).toBe(r.localResponseExpected);
  });

  it("leaves out bodies only consulted, and tells national from local", () => {
    expect(findAddressees("The Home Office, in consultation with chief constables, should review the rules.")).toEqual({ names: ["Home Office"], local: false });
    expect(findAddressees("Police and crime commissioners should hold their forces to account.")).toEqual({ names: ["police and crime commissioners"], local: true });
    expect(findAddressees("The Ministry of Justice and the National Criminal Justice Board should agree a plan.")).toEqual({ names: ["Ministry of Justice", "National Criminal Justice Board"], local: false });
  });
});

describe("sub-parts", () => {
  it("takes bullets after 'should include:' as parts, with text broken across lines", () => {
    const r = read("Recommendation 1\nBy March 2026, chief constables should publish a plan. It should include:\n• how officers use\npowers to protect victims;\n◦ the use of disclosure schemes; and\n• training for staff.\nRecommendation 2\nThe Home Office should fund it.").inspection!;
    expect(r.recommendations[0].text).toBe("By March 2026, chief constables should publish a plan. It should include:");
    expect(r.recommendations[0].parts).toEqual([
      { id: "r1.1", text: "how officers use powers to protect victims;" },
      { id: "r1.2", text: "the use of disclosure schemes; and" },
      { id: "r1.3", text: "training for staff." },
    ]);
    expect(r.recommendations[1].parts).toEqual([]);
  });

  it("takes lettered items and items on one line separated by ';'", () => {
    const lettered = read("Recommendations\n1. As a minimum, forces should:\n(a) record the victim's age;\n(b) record the victim's sex.\n2. The CPS should publish the data.").inspection!;
    expect(lettered.recommendations[0].parts.map((p) => p.text)).toEqual(["record the victim's age;", "record the victim's sex."]);
    const inline = read("Recommendations\n1. Forces and the CPS should agree a protocol. As a minimum, the following should be included: 1) early advice in every case; 2) direct contact details; and 3) a clear escalation route.\n").inspection!;
    expect(inline.recommendations[0].text).toBe("Forces and the CPS should agree a protocol. As a minimum, the following should be included:");
    expect(inline.recommendations[0].parts.map((p) => p.text)).toEqual(["early advice in every case", "direct contact details", "a clear escalation route."]);
  });
});

describe("causes of concern and areas for improvement (PEEL)", () => {
  const peel = [
    "PEEL 2025: an inspection of Midshire Constabulary",
    "Published 2 April 2025",
    "Cause of concern",
    "The force doesn't answer emergency calls quickly enough.",
    "Recommendations",
    "Within three months, the force should:",
    "• make sure it has enough call handlers at peak times; and",
    "• monitor how long callers wait.",
    "",
    "Areas for improvement",
    "Area for improvement 1",
    "The force should improve how it records the ethnicity of victims.",
    "Area for improvement 2",
    "The force needs to make sure supervisors review investigations.",
    "",
    "About the data",
    "Data in this report comes from a range of sources.",
  ].join("\n");

  it("keeps a cause of concern with the recommendations under it as its parts", () => {
    const { inspection } = read(peel);
    const [cause] = inspection!.recommendations;
    expect(inspection!.recommendations).toHaveLength(1);
    expect(cause).toMatchObject({ id: "c1", kind: "cause-of-concern", number: 1, due: "Within three months", addressees: ["the force"], localResponseExpected: true });
    expect(cause.text).toBe("The force doesn't answer emergency calls quickly enough. Within three months, the force should:");
    expect(cause.parts.map((p) => p.text)).toEqual(["make sure it has enough call handlers at peak times; and", "monitor how long callers wait."]);
  });

  it("lists areas for improvement apart, so coverage never counts them as recommendations", () => {
    const { inspection } = read(peel);
    expect(inspection!.areasForImprovement!.map((a) => [a.id, a.kind, a.text])).toEqual([
      ["a1", "area-for-improvement", "The force should improve how it records the ethnicity of victims."],
      ["a2", "area-for-improvement", "The force needs to make sure supervisors review investigations."],
    ]);
    expect(inspection!.publishedOn).toBe("2025-04-02");
    expect(inspection!.type).toBe("PEEL");
    const report = analyse({ paragraphs: [{ text: "The force has recruited more call handlers and now monitors waiting times." }], controls: [] } as never, inspection!);
    expect(report.summary.total).toBe(1);
    expect(report.items.map((i) => i.recId)).toEqual(["c1"]);
  });

  it("the schema refuses an area for improvement among the recommendations, and the stored XML keeps kinds", () => {
    const { inspection } = read(peel);
    const mixed = { ...inspection!, recommendations: [...inspection!.recommendations, ...inspection!.areasForImprovement!] };
    expect(parseInspection(mixed).error).toMatch(/areasForImprovement/);
    expect(inspectionFromXml(inspectionToXml(inspection!)).inspection).toEqual(inspection);
  });
});

describe("any text", () => {
  const fragment = fc.constantFrom(
    "Recommendations", "Recommendation 1", "1.", "2)", "(3)", "•", "◦", "(a)", "Immediately, forces should", "the CPS should", "By March 2022,",
    "within 24 hours of receipt", "Status: Completed", "Page 3 of 9", "\f", "victims.12", "co-", "ordination", "#21912 –", "Title (1504)",
    "Areas for improvement", "Cause of concern", "should include:", "\t", "\n", "\n\n", " ", "https://hmicfrs.justiceinspectorates.gov.uk/recommendations/x-123/",
  );
  const text = fc.array(fc.oneof(fragment, fc.string({ maxLength: 20 }), fc.lorem({ maxCount: 8 })), { maxLength: 40 }).map((xs) => xs.join(" "));
  const letters = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[^a-z0-9]/g, "");
  const isSubsequence = (needle: string, hay: string) => {
    let k = 0;
    for (const ch of hay) if (ch === needle[k]) k++;
    return k === needle.length;
  };

  it("never throws, gives a valid inspection or a reason, and never invents text", () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = importReportText(t, { today });
        if (!r.inspection) return r.problem.code === "nothing-found" || (r.problem.code === "invalid" && r.problem.error.length > 0);
        expect(parseInspection(r.inspection).inspection).toBeDefined();
        const source = letters(t);
        for (const rec of [...r.inspection.recommendations, ...(r.inspection.areasForImprovement ?? [])]) {
          for (const piece of [rec.text, ...rec.parts.map((p) => p.text)]) expect(isSubsequence(letters(piece), source)).toBe(true);
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
