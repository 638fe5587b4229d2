import fc from "fast-check";
import { SAFE_ID } from "../../src/domain/catalog/schema";
import {
  blockTag,
  coverageTableTag,
  letterBlockTag,
  olderLetterBlocksBelongTo,
  olderLetterBlockTag,
  parseTag,
  recTextTag,
  recommendationOfTag,
  responseTag,
  sectionTag,
  wordingTag,
} from "../../src/domain/tags";

/** Every id the catalog schema accepts. */
const safeId = fc.stringMatching(SAFE_ID);

describe("tags the add-in writes and reads back", () => {
  it("reads back every pair of ids the catalog schema accepts, from a section, response and recommendation-text tag", () => {
    fc.assert(
      fc.property(safeId, safeId, (inspectionId, recId) => {
        expect(parseTag(sectionTag(inspectionId, recId))).toEqual({ kind: "section", inspectionId, recId });
        expect(parseTag(responseTag(inspectionId, recId))).toEqual({ kind: "response", inspectionId, recId });
        expect(recommendationOfTag(recTextTag(inspectionId, recId))).toEqual({ inspectionId, recId });
        // Safe ids stand in the tag as they are: documents drafted before escaping read the same.
        expect(sectionTag(inspectionId, recId)).toBe(`ird:section:${inspectionId}:${recId}`);
      }),
      { numRuns: 300 },
    );
  });

  it("reads back ids with colons, @ or any other character (from an older catalog) as they were", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: "grapheme" }), fc.string({ minLength: 1, unit: "grapheme" }), (inspectionId, recId) => {
        expect(parseTag(sectionTag(inspectionId, recId))).toEqual({ kind: "section", inspectionId, recId });
        expect(recommendationOfTag(recTextTag(inspectionId, recId))).toEqual({ inspectionId, recId });
      }),
    );
    expect(sectionTag("hmicfrs:peel", "r:1")).toBe("ird:section:hmicfrs%3Apeel:r%3A1");
    expect(parseTag("ird:section:hmicfrs%3Apeel:r%3A1")).toEqual({ kind: "section", inspectionId: "hmicfrs:peel", recId: "r:1" });
    expect(parseTag(wordingTag("a@b", 3))).toEqual({ kind: "wording", wordingId: "a@b", version: "3" });
  });

  it("refuses tags that are not ours or are malformed", () => {
    expect(parseTag("ird:section:a:b:c")).toBeNull();
    expect(parseTag("ird:section:a%ZZ:b")).toBeNull();
    expect(parseTag("ird:section:a%FF:b")).toBeNull();
    expect(parseTag("other:section:a:b")).toBeNull();
  });
});

describe("letter blocks written by an older version (no inspection in the tag)", () => {
  it("the older tag of a letter block is ird:block:<name>; other tags of ours have none", () => {
    expect(olderLetterBlockTag(letterBlockTag("salutation", "insp-a"), "insp-a")).toBe("ird:block:salutation");
    expect(olderLetterBlockTag(letterBlockTag("chief-constable-comments", "a:b"), "a:b")).toBe("ird:block:chief-constable-comments");
    // Another inspection's block, the recommendation text, sections and plain blocks are not letter blocks of this one.
    expect(olderLetterBlockTag(letterBlockTag("salutation", "insp-b"), "insp-a")).toBeNull();
    expect(olderLetterBlockTag(recTextTag("insp-a", "insp-a"), "insp-a")).toBeNull();
    expect(olderLetterBlockTag(sectionTag("x", "insp-a"), "insp-a")).toBeNull();
    expect(olderLetterBlockTag(blockTag("salutation"), "insp-a")).toBeNull();
    expect(olderLetterBlockTag(blockTag(":insp-a"), "insp-a")).toBeNull();
  });

  it("belong to the inspection the document answers: the stored one, else the only one with sections, else (no sections) this one", () => {
    const older = ["ird:block:salutation", "ird:block:signature"];
    const sectionsOf = (id: string) => [sectionTag(id, "r1"), sectionTag(id, "r2")];
    expect(olderLetterBlocksBelongTo("a", [...older, ...sectionsOf("a")])).toBe(true);
    expect(olderLetterBlocksBelongTo("b", [...older, ...sectionsOf("a")])).toBe(false);
    expect(olderLetterBlocksBelongTo("a", [...older, ...sectionsOf("a"), ...sectionsOf("b")])).toBe(false);
    expect(olderLetterBlocksBelongTo("a", [...older, coverageTableTag("b")])).toBe(true);
    // The stored inspection says which, whatever the sections.
    expect(olderLetterBlocksBelongTo("a", [...older, ...sectionsOf("b")], "a")).toBe(true);
    expect(olderLetterBlocksBelongTo("a", [...older, ...sectionsOf("a")], "b")).toBe(false);
  });
});
