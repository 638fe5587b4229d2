import { setupWordHost } from "../support/wordHost";

describe("Word host emulator through Microsoft's Word library", () => {
  it("inserts tagged controls and finds them with getByTag in one run", async () => {
    const { host, model } = setupWordHost({}, { body: ["Existing"] });
    await Word.run(async (context) => {
      const body = context.document.body;
      const heading = body.insertParagraph("Recommendation 1", "End");
      heading.styleBuiltIn = Word.BuiltInStyleName.heading2;
      const cc = heading.insertContentControl();
      cc.tag = "ird:section:x:1";
      cc.title = "Recommendation 1";
      await context.sync();
      const found = context.document.contentControls.getByTag("ird:section:x:1");
      found.load("items/tag,items/text");
      const paras = body.paragraphs;
      paras.load("items/text,items/style");
      await context.sync();
      expect(found.items.map((c) => [c.tag, c.text])).toEqual([["ird:section:x:1", "Recommendation 1"]]);
      expect(paras.items.map((p) => [p.text, p.style])).toEqual([["Existing", "Normal"], ["Recommendation 1", "Heading 2"]]);
    });
    expect(model.allControls().map((c) => c.tag)).toEqual(["ird:section:x:1"]);
    expect(host.counters.syncs).toBe(2);
  });
});
