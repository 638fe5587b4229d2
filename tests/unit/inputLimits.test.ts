/** Size limits on what an office loads: house styles and wording files. */
import narrative from "../../assets/styles/narrative-letter.json";
import { HOUSE_STYLE_LIMITS, parseHouseStyle } from "../../src/domain/compose";
import { WORDING_LIMITS, parseWordingFile } from "../../src/domain/wording";

const style = () => structuredClone(narrative) as unknown as { description: string; blocks: Array<Record<string, unknown>> };

describe("house style limits", () => {
  it("accepts the built-in style as it is", () => {
    expect(parseHouseStyle(JSON.stringify(narrative)).error).toBeUndefined();
  });

  it("refuses a style with more blocks than the limit", () => {
    const s = style();
    const text = s.blocks.find((b) => b.kind === "text")!;
    s.blocks = [...s.blocks, ...Array.from({ length: HOUSE_STYLE_LIMITS.blocks }, (_, i) => ({ ...text, name: `extra-${i}` }))];
    expect(parseHouseStyle(s).error).toMatch(`blocks must list ${HOUSE_STYLE_LIMITS.blocks} blocks or fewer`);
  });

  it("refuses a paragraph longer than the limit, naming the block", () => {
    const s = style();
    const i = s.blocks.findIndex((b) => b.kind === "text");
    s.blocks[i] = { ...s.blocks[i], paragraphs: [{ text: "x".repeat(HOUSE_STYLE_LIMITS.text + 1), style: "Normal" }] };
    expect(parseHouseStyle(s).error).toMatch(new RegExp(`blocks\\[${i}\\] \\(${String(s.blocks[i].name)}\\)\\.paragraphs\\[0\\]\\.text must be 5,000 characters or fewer`));
  });

  it("refuses a text block with more paragraphs than the limit, and a description that is too long", () => {
    const s = style();
    const i = s.blocks.findIndex((b) => b.kind === "text");
    s.blocks[i] = { ...s.blocks[i], paragraphs: Array.from({ length: HOUSE_STYLE_LIMITS.paragraphs + 1 }, () => ({ text: "x", style: "Normal" })) };
    s.description = "d".repeat(HOUSE_STYLE_LIMITS.description + 1);
    const { error } = parseHouseStyle(s);
    expect(error).toMatch(`paragraphs must have ${HOUSE_STYLE_LIMITS.paragraphs} paragraphs or fewer`);
    expect(error).toMatch("description must be 500 characters or fewer");
  });

  it("refuses a style file too large to be one before reading it", () => {
    const big = JSON.stringify({ ...narrative, padding: "x".repeat(HOUSE_STYLE_LIMITS.fileChars) });
    expect(parseHouseStyle(big).error).toMatch(/^The house style is too large \(\d+ KB; a style file may be 256 KB at most\)/);
  });
});

describe("wording file limits", () => {
  const snippet = { id: "closing-thanks", version: 1, title: "Thanks", category: "closing", status: "approved", text: "Thank you." };
  const file = (snippets: unknown[]) => ({ format: "ird-wording", formatVersion: 1, snippets });

  it("refuses a snippet text longer than the limit, naming the snippet", () => {
    const { snippets, problems } = parseWordingFile(file([{ ...snippet, text: "x".repeat(WORDING_LIMITS.text + 1) }]));
    expect(snippets).toEqual([]);
    expect(problems).toEqual([{ index: 0, label: "closing-thanks", message: "text must be 10,000 characters or fewer" }]);
  });

  it("refuses a file with more snippets than the limit", () => {
    const many = Array.from({ length: WORDING_LIMITS.snippets + 1 }, (_, i) => ({ ...snippet, version: i + 1 }));
    expect(parseWordingFile(file(many)).problems[0]).toMatchObject({ index: -1, message: "snippets must list 1,000 snippets or fewer" });
  });

  it("refuses a wording file too large to be one before reading it", () => {
    const big = JSON.stringify(file([{ ...snippet, text: "x".repeat(WORDING_LIMITS.fileChars) }]));
    expect(parseWordingFile(big).problems[0]).toMatchObject({ index: -1, label: "file", message: expect.stringMatching(/^is too large \(\d[\d,]* KB; a wording file may be 10 MB at most\)$/) });
  });
});
