/** WORD-SEMANTICS 41–45: search, through both of the library's wire forms. */
import { setupWordHost } from "../support/wordHost";
import { codeOf } from "../support/wordModelView";

const doc = { body: ["Recommendation 1: by {March 2025}, improve", "Tab\there", "recommendation 2 (answered)"] };

async function found(text: string, options?: Word.SearchOptions | { [k: string]: boolean }): Promise<string[]> {
  return Word.run(async (context) => {
    const hits = context.document.body.search(text, options as Word.SearchOptions).load("items/text");
    await context.sync();
    return hits.items.map((h) => h.text);
  });
}

describe("search", () => {
  it.each(["flags", "options"] as const)("41: options sent as %s give the same matches", async (searchWireFormat) => {
    const { host } = setupWordHost({ searchWireFormat }, doc);
    expect(await found("recommendation")).toEqual(["Recommendation", "recommendation"]);
    expect(await found("recommendation", { matchCase: true })).toEqual(["recommendation"]);
    expect(await found("answer", { matchWholeWord: true })).toEqual([]);
    expect(await found("answer", { matchPrefix: true })).toEqual(["answer"]);
    // The request shows which form travelled: _Search2 with flags, or Search with a SearchOptions object.
    await Word.run(async (context) => {
      context.document.body.search("x", { matchCase: true }).load("items");
      await context.sync();
      expect(JSON.stringify(host.lastRequest)).toContain(searchWireFormat === "flags" ? "_Search2" : "Microsoft.WordServices.SearchOptions");
    });
  });

  it("41: ignoreSpace and ignorePunct skip spaces and punctuation in the document", async () => {
    setupWordHost({}, doc);
    expect(await found("Recommendation1")).toEqual([]);
    expect(await found("Recommendation1", { ignoreSpace: true })).toEqual(["Recommendation 1"]);
    expect(await found("Recommendation 1by", { ignoreSpace: true, ignorePunct: true })).toEqual(["Recommendation 1: by"]);
  });

  it("43: in wildcard mode [x] escapes count towards the 255-character limit", async () => {
    setupWordHost({}, doc);
    const visible = "a".repeat(240);
    const escaped = `${visible}${"[(]".repeat(6)}`; // 246 characters a user would see, 258 as sent
    const result = Word.run(async (context) => {
      context.document.body.search(escaped, { matchWildcards: true }).load("items");
      await context.sync();
    });
    expect(await codeOf(result)).toBe("SearchStringInvalidOrTooLong");
    expect(await codeOf(found(`${visible}[(]`, { matchWildcards: true }))).toBe("resolved");
  });

  it("44: wildcard specials are escaped with brackets; an unbalanced pattern is invalid", async () => {
    setupWordHost({}, doc);
    expect(await found("[{]March*[}]", { matchWildcards: true })).toEqual(["{March 2025}"]);
    expect(await found("[(]answered[)]", { matchWildcards: true })).toEqual(["(answered)"]);
    expect(await found("<[Rr]ecommendation [0-9]>", { matchWildcards: true })).toEqual(["Recommendation 1", "recommendation 2"]);
    expect(await codeOf(found("(answered", { matchWildcards: true }))).toBe("SearchStringInvalidOrTooLong");
  });

  it("44: ^t, ^#, ^p and ^^ work without wildcards; an unknown code is invalid", async () => {
    setupWordHost({}, { body: [...doc.body, "x^y"] });
    expect(await found("Tab^there")).toEqual(["Tab\there"]);
    expect(await found("recommendation ^#")).toEqual(["Recommendation 1", "recommendation 2"]);
    expect(await found("improve^pTab")).toHaveLength(1);
    expect(await found("x^^y")).toEqual(["x^y"]);
    expect(await codeOf(found("^j"))).toBe("SearchStringInvalidOrTooLong");
  });

  it("45: while the Find dialog is open, search fails with SearchDialogIsOpen", async () => {
    setupWordHost({ findDialogOpen: true }, doc);
    expect(await codeOf(found("recommendation"))).toBe("SearchDialogIsOpen");
  });
});
