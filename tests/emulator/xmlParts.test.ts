/** WORD-SEMANTICS 48: reading, replacing and deleting a custom XML part. */
import { setupWordHost } from "../support/wordHost";
import { codeOf } from "../support/wordModelView";

const NS = "urn:inspection-response-drafter:v1";

describe("custom XML parts", () => {
  it("48: getXml returns the whole part, setXml replaces it, delete removes it", async () => {
    const { model } = setupWordHost({}, { customXmlParts: [`<inspection xmlns='${NS}'><id>a</id></inspection>`] });
    let id = "";
    await Word.run(async (context) => {
      const part = context.document.customXmlParts.getByNamespace(NS).getOnlyItem().load("id");
      const before = part.getXml();
      part.setXml(`<inspection xmlns='${NS}'><id>b</id><published>2025-03-01</published></inspection>`);
      const after = part.getXml();
      await context.sync();
      id = part.id;
      expect(before.value).toBe(`<inspection xmlns='${NS}'><id>a</id></inspection>`);
      expect(after.value).toContain("<id>b</id><published>2025-03-01</published>");
    });
    await Word.run(async (context) => {
      context.document.customXmlParts.getItem(id).delete();
      const gone = context.document.customXmlParts.getItemOrNullObject(id);
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(model.customXmlParts).toEqual([]);
  });

  it("48: getItem of a missing id fails at sync with ItemNotFound; invalid XML in setXml with InvalidArgument", async () => {
    setupWordHost({}, { customXmlParts: [`<inspection xmlns='${NS}'/>`] });
    const missing = Word.run(async (context) => {
      context.document.customXmlParts.getItem("{00000000-0000-0000-0000-000000000000}").getXml();
      await context.sync();
    });
    expect(await codeOf(missing)).toBe("ItemNotFound");
    const invalid = Word.run(async (context) => {
      context.document.customXmlParts.getByNamespace(NS).getOnlyItem().setXml("<inspection><unclosed></inspection>");
      await context.sync();
    });
    expect(await codeOf(invalid)).toBe("InvalidArgument");
  });
});
