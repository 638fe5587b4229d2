/** WORD-SEMANTICS 65: a control whose only content was another control goes with it. */
import { setupWordHost } from "../support/wordHost";
import { outline } from "../support/wordModelView";

// Source: https://github.com/OfficeDev/office-js/issues/2946 and
// https://github.com/OfficeDev/office-js/issues/3176 (users: deleting the only child control
// deleted the parent too). USER, so an option: orphanParentDeletion, default true (stricter).
const onlyChild = { body: [{ cc: { tag: "outer" }, children: [{ cc: { tag: "inner" }, children: ["Only"] }] }, "After"] };

const deleteInner = () =>
  Word.run(async (context) => {
    context.document.contentControls.getByTag("inner").getFirst().delete(false);
    await context.sync();
  });

describe("orphaned parent controls (65)", () => {
  it("65: delete(false) of a parent's only child control removes the parent too", async () => {
    const { model } = setupWordHost({}, onlyChild);
    await deleteInner();
    expect(outline(model)).toEqual(["After"]);
  });

  it("65: it goes on up while each parent held nothing else, and stops at a parent with other content", async () => {
    const { model } = setupWordHost({}, {
      body: [{ cc: { tag: "keep" }, children: ["Heading", { cc: { tag: "grand" }, children: [{ cc: { tag: "outer" }, children: [{ cc: { tag: "inner" }, children: ["x"] }] }] }] }],
    });
    await deleteInner();
    expect(outline(model)).toEqual(["[keep]", "  Heading"]);
  });

  it("65: a range delete of the child, and a person deleting it in the preview, remove the parent too", async () => {
    const { model } = setupWordHost({}, onlyChild);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("inner").getFirst().getRange("Whole").delete();
      await context.sync();
    });
    expect(outline(model)).toEqual(["After"]);
    setupWordHost({}, onlyChild);
    // What the preview page's editor does when a person deletes a control.
    model.removeBlock(model.allControls().find((c) => c.tag === "inner")!);
    expect(outline(model)).toEqual(["After"]);
  });

  it("65: with orphanParentDeletion false the parent stays, left with an empty paragraph", async () => {
    const { model } = setupWordHost({ orphanParentDeletion: false }, onlyChild);
    await deleteInner();
    expect(outline(model)).toEqual(["[outer]", "  ", "After"]);
  });

  it("65: delete(true) keeps the content, so the parent is not orphaned", async () => {
    const { model } = setupWordHost({}, onlyChild);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("inner").getFirst().delete(true);
      await context.sync();
    });
    expect(outline(model)).toEqual(["[outer]", "  Only", "After"]);
  });
});
