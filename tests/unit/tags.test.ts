import fc from "fast-check";
import { SAFE_ID } from "../../src/domain/catalog/schema";
import { parseTag, recTextTag, recommendationOfTag, responseTag, sectionTag, wordingTag } from "../../src/domain/tags";

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
