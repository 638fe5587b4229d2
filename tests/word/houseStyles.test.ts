/**
 * The whole drafting path for each house style: compose a real catalog inspection, insert it
 * through Microsoft's Word library into the emulated Word document, and read the document back
 * as a person checking it would (paragraph texts in order, styles, tags).
 */
import catalog from "../../assets/catalog.json";
import { parseCatalog, type Inspection } from "../../src/domain/catalog";
import { builtInStyles, composeResponse, parseHouseStyle, type HouseStyle } from "../../src/domain/compose";
import type { PlanNode } from "../../src/domain/plan";
import { letterBlockTag, responseTag, sectionTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost } from "../support/wordHost";
import { outline, responseText } from "./outline";
import { NORTHVALE } from "../support/exampleOffice";

const inspections = parseCatalog(catalog).inspections;
const byId = (id: string): Inspection => inspections.find((i) => i.id === id)!;
const styleById = (id: string): HouseStyle => builtInStyles.find((s) => s.id === id)!;

const settings = NORTHVALE;
const today = new Date(2022, 2, 10, 9, 0);

/** Word's display names of the built-in styles the plan uses ("Heading2" is shown as "Heading 2"). */
const wordStyleName = (s: string) => s.replace(/^Heading(\d)$/, "Heading $1").replace(/^List(Number|Bullet|Paragraph)$/, "List $1");

/** The outline the plan should produce in Word, in the same notation as outline(). */
function expectedOutline(nodes: PlanNode[], depth = 0): string[] {
  const indent = "  ".repeat(depth);
  return nodes.flatMap((n) =>
    n.kind === "control" ? [`${indent}[${n.tag}]`, ...expectedOutline(n.children, depth + 1)] : [`${indent}${wordStyleName(n.style)}: ${n.text}`],
  );
}

async function draft(inspection: Inspection, style: HouseStyle, wordApi: "1.1" | "1.3" | "1.9" = "1.9") {
  const { model, host } = setupWordHost({ wordApi });
  const plan = composeResponse(inspection, style, settings, { today });
  await createOfficeWordPort().insertPlan(plan, "cursor");
  return { model, host, plan, lines: outline(model) };
}

describe.each([
  ["narrative-letter", "cjji-rape-phase-1-2021"],
  ["response-form", "cjji-rape-phase-2-2022"],
  ["home-secretary-letter-appendix", "cjji-rape-phase-1-2021"],
])("the %s house style, drafting %s", (styleId, inspectionId) => {
  const inspection = byId(inspectionId);

  it("puts every paragraph of the composed response into the document, in order, with its style and tags", async () => {
    const { lines, plan } = await draft(inspection, styleById(styleId));
    // A new document's own empty paragraph stays last (WORD-SEMANTICS 27), and nothing else is added.
    expect(lines).toEqual([...expectedOutline(plan.nodes), "Normal: "]);
  });

  it("has one section per recommendation, each with its verbatim text and an empty or deferred response", async () => {
    const { model, lines } = await draft(inspection, styleById(styleId));
    for (const rec of inspection.recommendations) {
      expect(lines).toContain(`[${sectionTag(inspection.id, rec.id)}]`);
      expect(lines.some((l) => l.includes(rec.text))).toBe(true);
      const response = responseText(model, responseTag(inspection.id, rec.id))!.join("\n");
      if (rec.localResponseExpected) expect(response).toBe("");
      else expect(response).toMatch(/addressed to/);
    }
  });

  it("names the office, the force and the report in the letter's own words, with no unfilled placeholder", async () => {
    const { lines } = await draft(inspection, styleById(styleId));
    const text = lines.join("\n");
    expect(text).toMatch(/Northvale/);
    expect(text).toContain(inspection.title);
    expect(text).not.toMatch(/\{[a-zA-Z]+(:[a-z]+)?\}/);
  });

  it("states the section 55 basis, keeps every response in body text and ends by copying it to HMICFRS and the Home Secretary", async () => {
    const { lines } = await draft(inspection, styleById(styleId));
    const text = lines.join("\n");
    expect(text).toMatch(/[Ss]ection 55(?:\(\d\))? of the Police Act 1996/);
    for (const rec of inspection.recommendations) {
      const at = lines.findIndex((l) => l.trim() === `[${responseTag(inspection.id, rec.id)}]`);
      // Word shows Quote centred and in italics: a response is the letter's own body text.
      expect(lines[at + 1].trim()).toMatch(/^Normal:(?: |$)/);
    }
    const copies = lines.slice(lines.findIndex((l) => l.trim() === `[${letterBlockTag("copies", inspection.id)}]`));
    expect(copies.join("\n")).toMatch(/Inspectorate of Constabulary and Fire & Rescue Services/);
    expect(`${lines.slice(0, 8).join("\n")}\n${copies.join("\n")}`).toMatch(/Home Secretary/);
    // A joint thematic report is not an inspection of the office's force.
    expect(text).not.toMatch(/an inspection of Northvale/);
  });

  it("drafts the same document on Word 2016 (WordApi 1.1) as on Word on the web", async () => {
    const web = await draft(inspection, styleById(styleId), "1.9");
    const word2016 = await draft(inspection, styleById(styleId), "1.1");
    expect(word2016.lines).toEqual(web.lines);
  });
});

describe("the narrative letter, as a PCC signs it", () => {
  it("reads in Word as a letter: addressee, date, salutation, subject, s.55 statement, comments, recommendations, sign-off and copies", async () => {
    const inspection = byId("cjji-rape-phase-1-2021");
    const { lines } = await draft(inspection, styleById("narrative-letter"));
    const plain = lines.filter((l) => !l.trim().startsWith("["));
    const at = (text: string) => plain.findIndex((l) => l.trim() === text);
    const order = [
      "Normal: His Majesty's Chief Inspector of Constabulary",
      "Normal: 10 March 2022",
      "Normal: Dear Chief Inspector",
      `Heading 1: Response to the HMICFRS and HMCPSI report '${inspection.title}'`,
      "Heading 2: The Chief Constable's comments",
      "Heading 2: My comments",
      "Heading 2: Recommendations",
      "Normal: Yours sincerely",
      "Normal: Jordan Reyes",
      "Normal: Police and Crime Commissioner for Northvale",
      "Normal: Copy to: the Home Secretary",
    ];
    const positions = order.map(at);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(plain.some((l) => /^\s*Normal: This is my response, as Police and Crime Commissioner for Northvale, .* section 55 of the Police Act 1996/.test(l))).toBe(true);
    const r5 = lines.slice(lines.findIndex((l) => l.trim() === `[ird:block:rec-text:${inspection.id}:r5]`));
    // Recommendation 5's four minimum items, each its own list paragraph under the recommendation.
    expect(r5.slice(2, 6).map((l) => l.trim().slice(0, "List Paragraph: 1. ".length))).toEqual([1, 2, 3, 4].map((n) => `List Paragraph: ${n}. `));
  });
});

describe("an office's own house style loaded from JSON", () => {
  const style = parseHouseStyle(
    JSON.stringify({
      format: "ird-house-style",
      formatVersion: 1,
      id: "northvale-board-paper",
      name: "Northvale board paper",
      description: "A board paper: title, then each recommendation with the force's update.",
      blocks: [
        { kind: "text", name: "title", title: "Title", paragraphs: [{ text: "{shortTitle}: update for the {policeArea} board", style: "Title" }] },
        {
          kind: "recommendations",
          name: "recommendations",
          section: {
            title: "Recommendation {number}",
            heading: { text: "Recommendation {number}", style: "Heading2" },
            text: { text: "{recommendationText}", style: "Quote" },
            quoted: false,
            part: { text: "{partText}", style: "ListBullet" },
            responseLabel: { text: "Update from {forceName}", style: "Heading3" },
            response: { placeholderText: "Update on recommendation {number}.", style: "Normal", deferredWordingId: "response-addressed-elsewhere" },
          },
        },
      ],
    }),
  ).style!;

  it("inserts the office's structure, sub-parts included, into the document", async () => {
    const vawg = byId("hmicfrs-vawg-final-2021");
    const { lines, plan } = await draft(vawg, style);
    expect(lines).toEqual([...expectedOutline(plan.nodes), "Normal: "]);
    expect(lines[0]).toBe(`[${letterBlockTag("title", vawg.id)}]`);
    expect(lines[1]).toBe("  Title: Violence against women and girls – final report: update for the Northvale board");
    const r2 = vawg.recommendations.find((r) => r.id === "r2")!;
    const trimmed = lines.map((l) => l.trim());
    for (const part of r2.parts) expect(trimmed).toContain(`List Bullet: ${part.text}`);
    expect(lines.filter((l) => l.trim() === "Heading 3: Update from Northvale Police")).toHaveLength(vawg.recommendations.length);
  });
});
