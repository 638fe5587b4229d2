/**
 * The report reader's warnings are facts (codes); each caller words them with its own remedies,
 * so the pane never tells a user about --title and the command line never about a field.
 */
import { describeWarning, importReportText, type ImportWarning, type Remedies } from "../../../src/domain/import";

const today = "2025-06-01";
const LIST = "Recommendations\n1. Chief constables should review how stalking is recorded.\n2. Forces should name an officer for each victim.\n";

const cli: Remedies = { giveTitle: "give one with --title", checkTitle: "check it (--title gives another)", checkPublished: "check it (--published gives another)", changeAddressees: "edit it if not" };
const pane: Remedies = { giveTitle: "type it in Title below", checkTitle: "check Title below", checkPublished: "check Publication date below", changeAddressees: "change its Addressees if not" };

describe("import warnings as data", () => {
  it("says what was missing, and what stood in for it, without wording", () => {
    const { warnings, inspection } = importReportText(LIST, { today });
    expect(warnings).toEqual([
      { code: "no-title", used: "Imported inspection" },
      { code: "no-publication-date", used: today },
    ]);
    expect(inspection).toMatchObject({ title: "Imported inspection", publishedOn: today });
  });

  it("takes the title from the document's properties when the text names none for certain, and says so", () => {
    const fromProperties = importReportText(LIST, { today, documentTitle: "Stalking: an inspection of Westshire Police" });
    expect(fromProperties.inspection!.title).toBe("Stalking: an inspection of Westshire Police");
    expect(fromProperties.warnings[0]).toEqual({ code: "title-from-document", title: "Stalking: an inspection of Westshire Police" });

    const labelled = importReportText(`Report title: How forces deal with stalking\n${LIST}`, { today, documentTitle: "Stalking report v3" });
    expect(labelled.inspection!.title).toBe("How forces deal with stalking");
    expect(labelled.warnings.map((w) => w.code)).not.toContain("title-from-document");

    const given = importReportText(LIST, { today, title: "Given title", documentTitle: "Stalking report v3" });
    expect(given.inspection!.title).toBe("Given title");
    expect(given.warnings.map((w) => w.code)).toEqual(["no-publication-date"]);
  });

  it("is worded by each caller with its own remedies", () => {
    const warnings: ImportWarning[] = [
      { code: "no-title", used: "Imported inspection" },
      { code: "title-guessed", title: "Stalking" },
      { code: "no-publication-date", used: today },
      { code: "no-addressee", kind: "cause-of-concern", number: 2 },
    ];
    expect(warnings.map((w) => describeWarning(w, cli))).toEqual([
      "No title found in the text: give one with --title.",
      "Title taken from the first line (“Stalking”): check it (--title gives another).",
      "No publication date found in the text: 2025-06-01 used; check it (--published gives another).",
      "Cause of concern 2: no addressee found; a local response is assumed (edit it if not).",
    ]);
    expect(warnings.map((w) => describeWarning(w, pane)).join(" ")).not.toMatch(/--/);
    expect(describeWarning(warnings[2], pane)).toBe("No publication date found in the text: 2025-06-01 used; check Publication date below.");
  });

  it("words counts and numbering the same for every caller, in the singular where it is one", () => {
    expect(describeWarning({ code: "count-differs", kind: "area-for-improvement", stated: 1, read: 2 }, pane)).toBe("The text says 1 area for improvement; 2 were read.");
    expect(describeWarning({ code: "numbering-gap", kind: "recommendation", after: 1, next: 3 }, cli)).toBe("Recommendations: numbering jumps from 1 to 3; recommendation 2 was not read.");
  });
});
