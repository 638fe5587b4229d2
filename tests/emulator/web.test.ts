/** WORD-SEMANTICS 66 and 67: what Word on the web (platform "OfficeOnline") refuses or answers differently. */
import { setupWordHost } from "../support/wordHost";
import { codeOf, outline } from "../support/wordModelView";

const section = { body: [{ cc: { tag: "sec" }, children: ["Text"] }] };
const NS = "urn:ird:test";

describe("Word on the web", () => {
  // Source: https://github.com/OfficeDev/office-js/issues/785 (closed by design),
  // https://github.com/OfficeDev/office-js/issues/6568 (nested controls, current builds). MS: always on.
  it("66: setting placeholderText fails at sync with NotAllowed on the web; the batch stops there", async () => {
    const { model } = setupWordHost({ platform: "OfficeOnline" }, section);
    const result = Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.tag = "first";
      cc.placeholderText = "Type the response";
      cc.title = "never set";
      await context.sync();
    });
    expect(await codeOf(result)).toBe("NotAllowed");
    // WORD-SEMANTICS 16: what ran before stays, nothing after runs.
    expect(model.allControls().map((c) => [c.tag, c.placeholderText, c.title])).toEqual([["first", "", ""]]);
  });

  it("66: placeholderText is settable on Windows", async () => {
    const { model } = setupWordHost({ platform: "PC" }, section);
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().placeholderText = "Type the response";
      await context.sync();
    });
    expect(model.allControls()[0].placeholderText).toBe("Type the response");
  });

  // Source: https://github.com/OfficeDev/office-js-docs/issues/1284 (January 2018): USER, an
  // option (webContentControlInsertParagraph), "allowed" by default (see options.ts for why).
  it.each(["Start", "End", "Before", "After"] as const)(
    "66: with webContentControlInsertParagraph 'notAllowed', ContentControl.insertParagraph %s fails with NotAllowed on the web",
    async (where) => {
      const { model } = setupWordHost({ platform: "OfficeOnline", webContentControlInsertParagraph: "notAllowed" }, section);
      const result = Word.run(async (context) => {
        context.document.contentControls.getFirst().insertParagraph("x", where);
        await context.sync();
      });
      expect(await codeOf(result)).toBe("NotAllowed");
      expect(outline(model)).toEqual(["[sec]", "  Text"]);
    },
  );

  it("66: ContentControl.insertParagraph works on the web by default, and on Windows under either value", async () => {
    for (const options of [{ platform: "OfficeOnline" as const }, { platform: "PC" as const, webContentControlInsertParagraph: "notAllowed" as const }]) {
      const { model } = setupWordHost(options, section);
      await Word.run(async (context) => {
        context.document.contentControls.getFirst().insertParagraph("added", "End");
        await context.sync();
      });
      expect(outline(model)).toEqual(["[sec]", "  Text", "  added"]);
    }
  });

  // Source: https://github.com/OfficeDev/office-js/issues/6673 (USER): option
  // webEmptyNamespaceItemsUndefined, default true.
  const loadByNamespace = () =>
    Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(NS).load("items");
      await context.sync();
      return parts.items as Word.CustomXmlPart[] | undefined;
    });

  it("67: on the web, getByNamespace with no matching part loads with items undefined, not []", async () => {
    setupWordHost({ platform: "OfficeOnline" });
    expect(await loadByNamespace()).toBeUndefined();
  });

  it("67: with a matching part, on Windows, or with the option off, items is an array", async () => {
    setupWordHost({ platform: "OfficeOnline" }, { customXmlParts: [`<answers xmlns="${NS}"/>`] });
    expect(await loadByNamespace()).toHaveLength(1);
    setupWordHost({ platform: "PC" });
    expect(await loadByNamespace()).toEqual([]);
    setupWordHost({ platform: "OfficeOnline", webEmptyNamespaceItemsUndefined: false });
    expect(await loadByNamespace()).toEqual([]);
  });
});
