import { composeDraft, composeResponse, composeSections, composeSectionsDraft, findStyle, parseHouseStyle, styleSummaries } from "../../../src/domain/compose";
import type { HouseStyle } from "../../../src/domain/compose";
import { emptySettings } from "../../../src/domain/settings";
import { responseTag, sectionTag } from "../../../src/domain/tags";
import { TODAY, control, exampleshire, inspection, lines, texts } from "./helpers";

/** An office's own style, as it would paste it: heading per recommendation, quoted text, labelled response. */
const OFFICE_STYLE = JSON.stringify({
  format: "ird-house-style",
  formatVersion: 1,
  id: "exampleshire-briefing",
  name: "Exampleshire briefing",
  description: "Heading per recommendation, quoted text, response under a label.",
  blocks: [
    { kind: "text", name: "title", title: "Title", paragraphs: [{ text: "{shortTitle}: response of the {pccTitle}", style: "Title" }, { text: "Due {dueOn:weekday}", style: "Subtitle" }] },
    { kind: "fill", name: "summary", title: "Summary for {policeArea}", placeholderText: "Write a summary for {policeArea} residents.", style: "Normal" },
    {
      kind: "recommendations",
      name: "recommendations",
      section: {
        title: "{number}. {recommendationText}",
        heading: { text: "Recommendation {number}[[ ({due})]]", style: "Heading2" },
        text: { text: "{recommendationText}", style: "Quote" },
        quoted: true,
        part: { text: "{partText}", style: "ListBullet" },
        responseLabel: { text: "Our response", style: "Heading3" },
        response: { placeholderText: "What has {forceName} done about recommendation {number}?", style: "Normal", deferredWordingId: "response-addressed-elsewhere" },
      },
    },
    { kind: "text", name: "sign-off", title: "Sign-off", paragraphs: [{ text: "{signatory}", style: "Normal" }] },
  ],
});

function officeStyle(): HouseStyle {
  const r = parseHouseStyle(OFFICE_STYLE);
  if (!r.style) throw new Error(r.error);
  return r.style;
}

describe("an office-defined style loaded from JSON text", () => {
  const insp = inspection("cjji-rape-phase-1-2021");

  it("composes with the office's headings, quoted recommendation text and labels", () => {
    const plan = composeResponse(insp, officeStyle(), exampleshire, { today: TODAY });
    const all = lines(plan.nodes);
    expect(all.slice(0, 2)).toEqual([
      { text: "Response to rape – Phase one: response of the Police and Crime Commissioner for Exampleshire", style: "Title", tags: [`ird:block:title:${insp.id}`] },
      { text: "Due Thursday 9 September 2021", style: "Subtitle", tags: [`ird:block:title:${insp.id}`] },
    ]);
    expect(control(plan, `ird:block:summary:${insp.id}`)).toMatchObject({ title: "Summary for Exampleshire", placeholderText: "Write a summary for Exampleshire residents." });
    const r1 = control(plan, sectionTag(insp.id, "r1"));
    expect(lines(r1.children).map((l) => [l.style, l.text])).toEqual([
      ["Heading2", "Recommendation 1 (Immediately)"],
      ["Quote", `“${insp.recommendations[0].text}”`],
      ["Heading3", "Our response"],
      ["Normal", ""],
    ]);
    // No due wording for recommendation 2: the optional "(…)" drops out.
    expect(texts(control(plan, sectionTag(insp.id, "r2")).children)[0]).toBe("Recommendation 2");
    expect(control(plan, responseTag(insp.id, "r1")).placeholderText).toBe("What has Exampleshire Constabulary done about recommendation 1?");
  });

  it("cuts long section titles to 64 characters", () => {
    const plan = composeResponse(insp, officeStyle(), exampleshire, { today: TODAY });
    const title = control(plan, sectionTag(insp.id, "r5")).title;
    expect(title).toHaveLength(64);
    expect(title.startsWith("5. Police forces and the CPS should work together")).toBe(true);
    expect(title.endsWith("…")).toBe(true);
  });

  it("appears in the picker ahead of the built-in styles and is found by id", () => {
    const style = officeStyle();
    expect(styleSummaries([style]).map((s) => s.id)).toEqual(["exampleshire-briefing", "narrative-letter", "response-form", "home-secretary-letter-appendix"]);
    expect(findStyle("exampleshire-briefing", [style])).toBe(style);
    expect(findStyle("no-such-style", [style])).toBeNull();
  });
});

describe("sections for chosen recommendations", () => {
  const insp = inspection("cjji-rape-phase-1-2021");
  const style = findStyle("home-secretary-letter-appendix") as HouseStyle;

  it("gives the same section as the full response, only for the ids asked, in report order", () => {
    const full = composeResponse(insp, style, exampleshire, { today: TODAY });
    const sections = composeSections(insp, style, exampleshire, ["r13", "r4", "r99"], { today: TODAY });
    expect(sections.map((s) => s.tag)).toEqual([sectionTag(insp.id, "r4"), sectionTag(insp.id, "r13")]);
    expect(sections[0]).toEqual(control(full, sectionTag(insp.id, "r4")));
    expect(texts(control(sections, responseTag(insp.id, "r13")).children)[0]).toMatch(/^This recommendation is addressed to/);
  });

  it("reports unfilled settings when inserting sections before setup", () => {
    const { plan, missing } = composeSectionsDraft(insp, style, emptySettings(), ["r9"], { today: TODAY });
    expect(missing).toEqual(["forceName", "pccTitle"]);
    // The Home Secretary letter's responses are the force's: its deferral is in the force's voice.
    expect(texts(plan)).toContain(
      "This recommendation is addressed to the CPS, not to [force name]. [force name] will await the outcome of their work, and will tell the [PCC title] how it will act on any national guidance or framework that results.",
    );
  });
});

describe("composing before the settings are filled in", () => {
  it("shows visible markers and lists the missing settings rather than leaving placeholders", () => {
    const insp = inspection("cjji-rape-phase-2-2022");
    const { plan, missing } = composeDraft(insp, findStyle("response-form") as HouseStyle, emptySettings(), { today: TODAY });
    const all = texts(plan);
    expect(all[0]).toBe("[office name]");
    // The role under the name is the PCC title unless Settings give the signatory's role.
    expect(all).toContain("[signatory], [signatory's role]");
    // A national report: the form names no force, so the force name is not asked for; optional
    // details left empty (reference, contact email) drop out rather than showing a marker.
    expect(missing).toEqual(["officeName", "pccTitle", "signatory", "signatoryRole"]);
    expect(all.some((t) => /Our ref|Contact:/.test(t))).toBe(false);
    expect(all.some((t) => /[{}]/.test(t))).toBe(false);
  });
});

describe("house style validation", () => {
  const base = JSON.parse(OFFICE_STYLE) as { blocks: Record<string, unknown>[] } & Record<string, unknown>;
  const withBlocks = (blocks: unknown[]) => ({ ...base, blocks });
  const recBlock = base.blocks[2];

  it.each([
    ["text that is not JSON", "{ not json", /not valid JSON/],
    ["some other file", { format: "ird-wording", formatVersion: 1, snippets: [] }, /This is not a house style file: its "format" is "ird-wording"/],
    [
      "an unknown placeholder",
      withBlocks([{ kind: "text", name: "sign-off", title: "Sign-off", paragraphs: [{ text: "{pccSurname}", style: "Normal" }] }, recBlock]),
      /blocks\[0\] \(sign-off\)\.paragraphs\[0\]\.text uses the unknown placeholder \{pccSurname\}/,
    ],
    [
      "a recommendation placeholder outside a section",
      withBlocks([{ kind: "text", name: "intro", title: "Intro", paragraphs: [{ text: "See {recommendationText}", style: "Normal" }] }, recBlock]),
      /blocks\[0\] \(intro\)\.paragraphs\[0\]\.text uses \{recommendationText\}, which is only available inside a recommendation section/,
    ],
    ["a date format that does not exist", withBlocks([{ kind: "text", name: "date", title: "Date", paragraphs: [{ text: "{today:longest}", style: "Normal" }] }, recBlock]), /format "longest".*long, short, weekday, iso/],
    ["a style Word does not have", withBlocks([{ kind: "text", name: "date", title: "Date", paragraphs: [{ text: "{today}", style: "Heading 1" }] }, recBlock]), /style must be a Word built-in style/],
    ["no recommendations block", withBlocks([base.blocks[0]]), /exactly one block of kind "recommendations" \(has 0\)/],
    ["two blocks with the same name", withBlocks([base.blocks[0], base.blocks[0], recBlock]), /blocks\[1\] \(title\)\.name repeats the block name "title"/],
    ["an unknown block kind", withBlocks([{ kind: "table", name: "t" }, recBlock]), /blocks\[0\] \(t\)\.kind must be text, wording, fill or recommendations/],
    ["an unclosed optional part", withBlocks([{ kind: "text", name: "t", title: "T", paragraphs: [{ text: "[[#{inspectionPortalId}", style: "Normal" }] }, recBlock]), /"\[\[" without a closing "\]\]"/],
    ["a stray brace", withBlocks([{ kind: "text", name: "t", title: "T", paragraphs: [{ text: "Dear {pccName", style: "Normal" }] }, recBlock]), /brace that is not part of a placeholder/],
  ])("rejects %s with a message saying what and where", (_what, input, message) => {
    const r = parseHouseStyle(typeof input === "string" ? input : JSON.stringify(input));
    expect(r.style).toBeUndefined();
    expect(r.error).toMatch(message);
  });

  it("requires the recommendation text in the section's text line", () => {
    const section = { ...(recBlock.section as object), text: { text: "Recommendation {number}", style: "Normal" } };
    const r = parseHouseStyle({ ...base, blocks: [{ ...recBlock, section }] });
    expect(r.error).toMatch(/blocks\[0\] \(recommendations\)\.section\.text\.text must include \{recommendationText\}/);
  });

  it("says which required fields are missing", () => {
    const { name: _name, ...noName } = base;
    expect(parseHouseStyle(noName).error).toMatch(/name is missing/);
  });

  it("accepts the same style given as parsed data", () => {
    expect(parseHouseStyle(JSON.parse(OFFICE_STYLE)).style?.id).toBe("exampleshire-briefing");
  });
});
