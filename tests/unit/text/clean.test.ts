import fc from "fast-check";
import { MAX_TITLE, cleanLine, cleanParagraph, cleanPlaceholder, cleanTitle, cutText, describeUnsafeCharacter, hasVisibleText } from "../../../src/domain/text/clean";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const codePoints = (s: string) => Array.from(s).length;

/** Strings full of what goes wrong: controls, surrogate halves, bidi controls, emoji, combining marks. */
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme-composite", maxLength: 120 }),
  fc.array(
    fc.constantFrom("a", " ", "\t", "\n", "\r\n", "\u0007", "\u0085", "\u009b", "\ud83d", "\ude00", "😀", "👩‍👩‍👧", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "e\u0301", "\u202e", "\u2066", "\u200b", "\ufeff", "\u200d", "ש"),
    { maxLength: 150 },
  ).map((parts) => parts.join("")),
);

describe("cleaning text before it goes into Word", () => {
  it("leaves no lone surrogate, control or bidi character in any title, placeholder or paragraph, and keeps titles to 64", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        for (const out of [cleanTitle(s), cleanPlaceholder(s), cleanParagraph(s)]) {
          expect(out).not.toMatch(LONE_SURROGATE);
          expect(out).not.toMatch(CONTROL);
          expect(out).not.toMatch(BIDI);
          expect(out).not.toMatch(/[\r\n]/);
        }
        const title = cleanTitle(s);
        expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
        expect(codePoints(title)).toBeLessThanOrEqual(MAX_TITLE);
        // Cleaning twice changes nothing: the word layer applies the rule again safely.
        expect(cleanTitle(title)).toBe(title);
        expect(cleanParagraph(cleanParagraph(s))).toBe(cleanParagraph(s));
      }),
      { numRuns: 500 },
    );
  });

  it("cuts a title before an emoji at character 63 instead of leaving half of it", () => {
    const title = `${"x".repeat(62)}😀 and more words after it`;
    const cut = cleanTitle(title);
    expect(cut).toBe(`${"x".repeat(62)}…`);
    expect(cut).not.toMatch(LONE_SURROGATE);
  });

  it("keeps a whole emoji sequence or accented letter together at the cut", () => {
    const family = "👩‍👩‍👧";
    const cut = cleanTitle(`${"x".repeat(60)}${family} tail`);
    expect(cut === `${"x".repeat(60)}…` || cut.includes(family)).toBe(true);
    expect(cleanTitle(`${"x".repeat(62)}e\u0301xyz`)).toBe(`${"x".repeat(62)}…`);
  });

  it("keeps a title of exactly 64 characters whole, and cuts one of 65 to 63 and an ellipsis", () => {
    expect(cleanTitle("a".repeat(64))).toBe("a".repeat(64));
    expect(cleanTitle("a".repeat(65))).toBe(`${"a".repeat(63)}…`);
  });

  it("cuts a letter carrying hundreds of combining marks at a code point rather than giving nothing", () => {
    const out = cutText(`a${"\u0301".repeat(300)}`, 10);
    expect(out.length).toBeLessThanOrEqual(10);
    expect(out.startsWith("a\u0301")).toBe(true);
  });

  it("removes control characters and bidi overrides from titles and placeholders, and makes one line of them", () => {
    expect(cleanTitle("Response\u0007 to\u202e 3\n(due\tsoon)")).toBe("Response to 3 (due soon)");
    expect(cleanPlaceholder("Type \u2066the\u2069 response\r\nhere\u0000")).toBe("Type the response here");
  });

  it("keeps tabs in a paragraph, turns its line breaks into spaces and drops what is not text", () => {
    expect(cleanParagraph("Owner:\tChief Inspector\vline\u0085two\u200b\ufeff")).toBe("Owner:\tChief Inspector line two");
  });

  it("keeps the joiners, variation selectors and tag characters that real text and emoji need", () => {
    for (const s of ["👩‍👩‍👧", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "❤️", "می‌خواهم", "Zoë Brontë"]) expect(cleanLine(s)).toBe(s);
  });

  it("says whether a value has anything a reader can see", () => {
    expect(hasVisibleText("\u200b\u200b\u202e\u0007 \u00a0")).toBe(false);
    expect(hasVisibleText("\u2066\u2069\ufeff\u200d")).toBe(false);
    expect(hasVisibleText("Jane")).toBe(true);
    expect(hasVisibleText("😀")).toBe(true);
  });

  it("names the first character that is not text, with its code", () => {
    expect(describeUnsafeCharacter("Jane Smith")).toBeNull();
    expect(describeUnsafeCharacter("Jane\u0007")).toBe("a control character (U+0007)");
    expect(describeUnsafeCharacter("Jane \u202eSmith")).toBe("a right-to-left or left-to-right override (U+202E)");
    expect(describeUnsafeCharacter("Ja\u200bne")).toBe("an invisible character (U+200B)");
    expect(describeUnsafeCharacter("Jane\ud83d")).toBe("half of a character pair (a broken emoji or symbol) (U+D83D)");
    expect(describeUnsafeCharacter("Jane\nSmith")).toBe("a control character (U+000A)");
  });
});
