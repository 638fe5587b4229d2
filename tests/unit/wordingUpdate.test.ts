/** Stale wording blocks in a snapshot, what an update would change, and retired wording before publication (issue 10). */
import { sameWording, wordDiff } from "../../src/domain/wording/diff";
import { staleBlocksIn, wordingUpdate } from "../../src/domain/wording/blocks";
import { publicationCheck } from "../../src/domain/coverage/publish";
import { analyse } from "../../src/domain/coverage";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { responseTag, sectionTag, wordingTag } from "../../src/domain/tags";
import type { WordingSnippet } from "../../src/domain/wording";
import fc from "fast-check";
import { inspectionWith } from "../word/plans";

const snippet = (id: string, version: number, status: WordingSnippet["status"], text: string): WordingSnippet => ({ id, version, status, text, title: id, category: "closing" });
const library = [
  snippet("thanks", 1, "approved", "Thank you for the report."),
  snippet("thanks", 2, "approved", "Thank you for the thorough report."),
  snippet("gone", 1, "retired", "Old words."),
];

describe("wordDiff", () => {
  it("marks the words that go and come in, keeping the rest", () => {
    expect(wordDiff(["Thank you for the report."], ["Thank you for the thorough report."])).toEqual([
      { kind: "same", text: "Thank you for the " },
      { kind: "added", text: "thorough " },
      { kind: "same", text: "report." },
    ]);
  });

  it("shows a new paragraph as added words after a break", () => {
    expect(wordDiff(["One."], ["One.", "Two."])).toEqual([{ kind: "same", text: "One." }, { kind: "added", text: "\nTwo." }]);
  });

  it("reads back both texts' words from its parts, whatever the texts", () => {
    const words = fc.array(fc.constantFrom("a", "b", "c", "the", "report."), { maxLength: 12 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 3 }), fc.array(words, { minLength: 1, maxLength: 3 }), (a, b) => {
        const parts = wordDiff(a, b);
        const text = (kinds: string[]) => parts.filter((p) => kinds.includes(p.kind)).map((p) => p.text).join("").split(/\s+/).filter(Boolean);
        const tokens = (ps: string[]) => ps.join(" \n ").split(/\s+/).filter(Boolean);
        expect(text(["same", "removed"])).toEqual(tokens(a));
        expect(text(["same", "added"])).toEqual(tokens(b));
      }),
    );
  });

  it("treats texts differing only in spacing as the same wording", () => {
    expect(sameWording(["Thank  you\u00a0for it."], ["Thank you for it.", ""])).toBe(true);
    expect(sameWording(["Thank you."], ["Thanks."])).toBe(false);
  });
});

const doc = (): DocumentSnapshot => ({
  paragraphs: [
    { text: "Recommendation 1", style: "Heading 2", controlTags: [sectionTag("i", "r1")] },
    { text: "Thank you for the report.", style: "Response Text", controlTags: [sectionTag("i", "r1"), responseTag("i", "r1"), wordingTag("thanks", 1)] },
    { text: "Thank you for the report.", style: "Normal", controlTags: [wordingTag("thanks", 1)] },
    { text: "Old words.", style: "Normal", controlTags: [wordingTag("gone", 1)] },
    { text: "Thank you for the thorough report.", style: "Normal", controlTags: [wordingTag("thanks", 2)] },
  ],
  controls: [
    { id: 1, tag: sectionTag("i", "r1"), title: "Recommendation 1", text: "", placeholderText: "" },
    { id: 2, tag: responseTag("i", "r1"), title: "Response", text: "Thank you for the report.", placeholderText: "" },
    { id: 3, tag: wordingTag("thanks", 1), title: "Thanks", text: "Thank you for the report.", placeholderText: "" },
    { id: 4, tag: wordingTag("thanks", 1), title: "Thanks", text: "Thank you for the report.\rWe add this.", placeholderText: "" },
    { id: 5, tag: wordingTag("gone", 1), title: "Gone", text: "Old words.", placeholderText: "" },
    { id: 6, tag: wordingTag("thanks", 2), title: "Thanks", text: "Thank you for the thorough report.", placeholderText: "" },
  ],
});

describe("stale blocks", () => {
  it("lists each outdated or retired block once, by its control, with its text, style and recommendation", () => {
    const blocks = staleBlocksIn(doc(), library);
    expect(blocks.map((b) => [b.controlId, b.stale.kind, b.style, b.recId])).toEqual([
      [3, "newer", "Response Text", "r1"],
      [4, "newer", "Normal", undefined],
      [5, "retired", "Normal", undefined],
    ]);
    expect(blocks[1].text).toEqual(["Thank you for the report.", "We add this."]);
  });

  it("tells an untouched block from one the author edited, and gives the difference to the new text", () => {
    const [untouched, edited, retired] = staleBlocksIn(doc(), library).map((b) => wordingUpdate(b, library, (s) => [s.text]));
    expect(untouched).toMatchObject({ edited: false, nextText: ["Thank you for the thorough report."] });
    expect(edited.edited).toBe(true);
    const words = (kind: string) => edited.diff.filter((p) => p.kind === kind).flatMap((p) => p.text.split(/\s+/).filter(Boolean));
    expect(words("removed")).toEqual(expect.arrayContaining(["We", "add", "this."]));
    expect(words("added")).toContain("thorough");
    expect(retired).toMatchObject({ next: null, diff: [] });
  });

  it("cannot tell whether a block was edited when its version is not in the library", () => {
    const [block] = staleBlocksIn(doc(), library);
    expect(wordingUpdate(block, library.slice(1), (s) => [s.text]).edited).toBeNull();
  });
});

describe("Ready to publish? and retired wording", () => {
  it("lists each block of retired wording as a blocker, with where it is", () => {
    const inspection = inspectionWith(3);
    const snapshot = doc();
    const check = publicationCheck(snapshot, inspection, analyse(snapshot, inspection), new Date("2024-01-01"), { wording: library });
    const retired = check.items.filter((i) => i.code === "retired-wording");
    expect(retired).toEqual([{ code: "retired-wording", location: { tag: wordingTag("gone", 1) }, message: "“Gone” is wording the office has retired: update or remove it (Wording tab)." }]);
    expect(check.ready).toBe(false);
  });
});
