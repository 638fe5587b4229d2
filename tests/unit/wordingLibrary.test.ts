import {
  builtInWording,
  createWordingSearch,
  entryState,
  mergeLibraries,
  normalisePlaceholders,
  previewWording,
  readWordingForm,
  staleWording,
  visibleEntries,
  emptyForm,
  mergeCategories,
  categoryLabel,
  type WordingSnippet,
} from "../../src/domain/wording";

const snippet = (id: string, version: number, status: WordingSnippet["status"], text = "Text.", extra: Partial<WordingSnippet> = {}): WordingSnippet => ({
  id,
  version,
  title: id,
  category: "closing",
  status,
  text,
  ...extra,
});

describe("searching the wording library", () => {
  const categories = mergeCategories();
  const search = createWordingSearch(builtInWording, (id) => categoryLabel(categories, id));
  const titleOf = (id: string) => builtInWording.find((s) => s.id === id)!.title;

  it("ranks the entry whose title matches first, even with a typo", () => {
    expect(titleOf(search.search("victms code")[0])).toBe("Victims' services – Victims' Code compliance");
    expect(titleOf(search.search("not acepted")[0])).toBe("Response – not accepted, with reason");
  });

  it("finds words that are only in the body or the tags, and unfinished words", () => {
    expect(search.search("governance")).toContain("response-work-under-way");
    expect(search.search("IDVA")).toEqual(["victims-support-service"]);
    expect(search.search("partn").length).toBeGreaterThanOrEqual(2);
  });

  it("lists everything for an empty query and nothing for nonsense", () => {
    expect(search.search("  ")).toHaveLength(builtInWording.length);
    expect(search.search("zzqxv")).toEqual([]);
  });
});

describe("previewing wording", () => {
  it("fills values, shows a missing one as its marker and names it, and marks prompts for the author", () => {
    const preview = previewWording("{forceName} will meet recommendation {number} by [give the target date].", { forceName: "Exampleshire Police" });
    expect(preview.paragraphs).toEqual([
      [
        { kind: "text", text: "Exampleshire Police will meet recommendation " },
        { kind: "missing", text: "[recommendation number]", name: "number" },
        { kind: "text", text: " by " },
        { kind: "prompt", text: "[give the target date]" },
        { kind: "text", text: "." },
      ],
    ]);
    expect(preview.missing).toEqual(["number"]);
    expect(preview.prompts).toEqual(["[give the target date]"]);
  });

  it("keeps paragraphs apart", () => {
    expect(previewWording("Yours sincerely,\n\n{signatory}", { signatory: "Sam Jones" }).paragraphs).toEqual([[{ kind: "text", text: "Yours sincerely," }], [{ kind: "text", text: "Sam Jones" }]]);
  });
});

describe("approval status", () => {
  const library = [snippet("a", 1, "approved"), snippet("a", 2, "draft"), snippet("b", 1, "approved"), snippet("b", 2, "retired"), snippet("c", 1, "draft")];

  it("shows officers the approved version of entries that are not retired", () => {
    expect(visibleEntries(library, "officer").map((s) => `${s.id}@${s.version}`)).toEqual(["a@1"]);
  });

  it("shows comms editors the newest version of every entry", () => {
    expect(visibleEntries(library, "editor").map((s) => `${s.id}@${s.version}:${s.status}`)).toEqual(["a@2:draft", "b@2:retired", "c@1:draft"]);
  });

  it("lets the office's entries replace the built-in ones of the same version", () => {
    const merged = mergeLibraries([snippet("a", 1, "approved", "Ours.")], [snippet("a", 1, "retired", "Theirs.")]);
    expect(merged).toEqual([snippet("a", 1, "retired", "Theirs.")]);
    expect(entryState(merged, "a")).toMatchObject({ retired: true, current: null });
  });
});

describe("stale wording in a document", () => {
  const library = [snippet("a", 1, "approved"), snippet("a", 2, "approved", "New."), snippet("a", 3, "draft"), snippet("b", 1, "approved"), snippet("b", 2, "retired"), snippet("c", 1, "approved")];

  it("finds blocks with a newer approved version, or whose entry is retired, and nothing else", () => {
    const found = staleWording(["ird:wording:a@1", "ird:wording:a@2", "ird:wording:b@1", "ird:wording:c@1", "ird:wording:gone@1", "ird:section:x:r1"], library);
    expect(found.map((f) => ({ tag: f.tag, kind: f.kind, to: f.kind === "newer" ? f.current.version : null }))).toEqual([
      { tag: "ird:wording:a@1", kind: "newer", to: 2 },
      { tag: "ird:wording:b@1", kind: "retired", to: null },
    ]);
  });
});

describe("the comms editor's form", () => {
  const categories = mergeCategories();

  it("accepts habitual placeholder names and writes them in the template language", () => {
    expect(normalisePlaceholders("{force} on {inspection.title} ({inspection.published}), recommendation {recommendation.number} for {recommendation.addressee}")).toBe(
      "{forceName} on {inspectionTitle} ({publishedOn:long}), recommendation {number} for {addressees}",
    );
  });

  it("reports each field's problem in words", () => {
    const read = readWordingForm({ ...emptyForm("closing"), id: "Bad Id", title: "T", text: "See {recommendationText}.", lastReviewed: "2024-02-30" }, 1, categories);
    expect(read).toEqual({ errors: { id: expect.stringMatching(/^The id must be lower-case/), lastReviewed: "The review date must be a real date." } });
    const scoped = readWordingForm({ ...emptyForm("closing"), id: "closing-x", title: "T", text: "See {recommendationText}." }, 1, categories);
    expect(scoped).toEqual({ errors: { text: expect.stringMatching(/^The text uses \{recommendationText\}, which is only available inside a recommendation section\.$/) } });
  });

  it("makes a snippet with owner, review date and tags", () => {
    const read = readWordingForm({ ...emptyForm("victims"), id: "victims-x", title: "Victims X", text: "For {recommendation.number}.", owner: "Comms team", lastReviewed: "2025-01-31", tags: "vrr, code" }, 3, categories);
    expect(read).toEqual({ snippet: { id: "victims-x", version: 3, title: "Victims X", category: "victims", status: "draft", text: "For {number}.", owner: "Comms team", lastReviewed: "2025-01-31", tags: ["vrr", "code"] } });
  });
});
