/**
 * Every tag the add-in writes stays within MAX_TAG_LENGTH (255). Word documents no limit on a
 * content control's tag (w:tag is ST_String, ECMA-376 Part 1 §17.5.2.42; MS-OI29500 lists none for
 * it), but caps comparable free strings at 255 (MS-OI29500 2.1.515, 2.1.592): the add-in keeps
 * to that conservative bound, so a long settings line is plain text rather than a field whose tag
 * would be longer.
 */
import { MAX_ID_LENGTH } from "../../src/domain/catalog/limits";
import { parseHouseStyle } from "../../src/domain/compose/schema";
import { builtInStyles } from "../../src/domain/compose/styles";
import { fieldTag, fieldTemplate, isFieldTemplate } from "../../src/domain/fields";
import { MAX_TAG_LENGTH, coverageTableTag, letterBlockTag, recTextTag, responseTag, sectionTag, wordingTag } from "../../src/domain/tags";
import { parseWordingFile } from "../../src/domain/wording/schema";

const longestId = "a".repeat(MAX_ID_LENGTH);
const longestSlug = `a${"-b".repeat(31)}a`; // 64 characters, lower-case words joined by hyphens

describe("tag length", () => {
  it("the bound is the conservative 255", () => {
    expect(MAX_TAG_LENGTH).toBe(255);
    expect(longestSlug).toHaveLength(64);
  });

  it("tags made of the longest ids a catalog, house style or wording file may hold are within it", () => {
    const tags = [
      sectionTag(longestId, longestId),
      responseTag(longestId, longestId),
      recTextTag(longestId, longestId),
      letterBlockTag(longestSlug, longestId),
      coverageTableTag(longestId),
      wordingTag(longestSlug, Number.MAX_SAFE_INTEGER),
    ];
    for (const tag of tags) expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
  });

  it("a settings line whose escaped tag would be longer is not a field (it goes in as plain text)", () => {
    // 11 + 2 × 60 = 131 characters, well under the 200 a field's template may have; escaped, each "é" takes 6.
    const accented = `{pccName} ${"é".repeat(60)}`;
    expect(accented.length).toBeLessThan(200);
    expect(isFieldTemplate(accented)).toBe(false);
    // Plain words of the same length stay a field.
    const plain = `{pccName} ${"e".repeat(60)}`;
    expect(isFieldTemplate(plain)).toBe(true);
    expect(fieldTag(plain).length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    // A tag longer than the bound (from a document someone else edited) does not read back as a field.
    expect(fieldTemplate(fieldTag(accented))).toBeNull();
  });

  it("every template that is a field has a tag within the bound (templates with spaces, accents, emoji, up to 200 characters)", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const pieces = ["{signatory}", "{signatoryRole}", "{officeName}", "{reference}", " ", "e", "é", "—", "😀", ",", ":", "[[", "]]"];
    let fields = 0;
    for (let i = 0; i < 2000; i++) {
      let template = "{pccName}";
      const length = next() % 120;
      while (template.length < length) template += pieces[next() % pieces.length];
      if (!isFieldTemplate(template)) continue;
      fields++;
      expect(fieldTag(template).length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    }
    expect(fields).toBeGreaterThan(100);
  });

  it("the built-in house styles' field lines are fields, their tags within the bound", () => {
    const lines = builtInStyles.flatMap((s) => s.blocks.flatMap((b) => ("paragraphs" in b ? b.paragraphs.map((p) => p.text) : [])));
    const fields = lines.filter(isFieldTemplate);
    expect(fields.length).toBeGreaterThan(0);
    for (const line of fields) expect(fieldTag(line).length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
  });

  it("a house style block name or wording id longer than 64 characters is refused", () => {
    const style = builtInStyles[0];
    const named = (name: string) => parseHouseStyle({ ...style, blocks: style.blocks.map((b, i) => (i === 0 ? { ...b, name } : b)) });
    expect(named(longestSlug).error).toBeUndefined();
    expect(named(`${longestSlug}-c`).error).toMatch(/64 characters or fewer/);
    const file = (id: string) =>
      parseWordingFile({ format: "ird-wording", formatVersion: 1, snippets: [{ id, version: 1, title: "A title", category: "closing", status: "approved", text: "Thank you." }] });
    expect(file(longestSlug).problems).toEqual([]);
    expect(file(`${longestSlug}-c`).problems.map((p) => p.message).join(" ")).toMatch(/64 characters or fewer/);
  });
});
