/** What compose hands to Word is clean (text/clean.ts), whatever the catalog or the settings held. */
import { composeDraft, findStyle, type HouseStyle } from "../../../src/domain/compose";
import type { Inspection } from "../../../src/domain/catalog";
import { controls, exampleshire, inspection, lines, TODAY } from "../compose/helpers";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileInspection(): Inspection {
  const base = inspection("hmicfrs-vawg-final-2021");
  const [first, ...rest] = base.recommendations;
  return {
    ...base,
    // An emoji straddling the 64th character of the title the style builds from it.
    shortTitle: `${"S".repeat(62)}😀 more`,
    recommendations: [{ ...first, text: `Forces should\u0007 act\u202e now.\r\nSecond line\u0000.` }, ...rest],
  };
}

function styleTitledByShortTitle(): HouseStyle {
  const style = findStyle("narrative-letter")!;
  return {
    ...style,
    blocks: style.blocks.map((b) => (b.kind === "recommendations" ? { ...b, section: { ...b.section, title: "{shortTitle}", response: { ...b.section.response, placeholderText: "Type\u0007 the response\u202e here" } } } : b)),
  };
}

describe("text compose hands to Word", () => {
  const { plan } = composeDraft(hostileInspection(), styleTitledByShortTitle(), { ...exampleshire, pccName: "Alex\u0000 Morgan" }, { today: TODAY });

  it("cuts a section title before an emoji at character 63, never inside it", () => {
    const section = controls(plan.nodes).find((c) => c.tag.startsWith("ird:section:"))!;
    expect(section.title).toBe(`${"S".repeat(62)}…`);
    for (const c of controls(plan.nodes)) {
      expect(c.title).not.toMatch(LONE_SURROGATE);
      expect(c.title.length).toBeLessThanOrEqual(64);
    }
  });

  it("has no control characters or bidi overrides in any paragraph, title or placeholder", () => {
    for (const l of lines(plan.nodes)) expect(l.text).not.toMatch(NOT_TEXT);
    for (const c of controls(plan.nodes)) {
      expect(c.title).not.toMatch(NOT_TEXT);
      if (c.placeholderText !== undefined) expect(c.placeholderText).not.toMatch(NOT_TEXT);
    }
    const texts = lines(plan.nodes).map((l) => l.text);
    expect(texts.some((t) => t.includes("Forces should act now. Second line."))).toBe(true);
    const response = controls(plan.nodes).find((c) => c.tag.startsWith("ird:response:"))!;
    expect(response.placeholderText).toBe("Type the response here");
  });
});
