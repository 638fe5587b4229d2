/** WORD-SEMANTICS 68 and 70: what an add-in can't lean on: chains through null objects, undo grouping. */
import { setupWordHost } from "../support/wordHost";
import { codeOf } from "../support/wordModelView";

/* The library's globals are untyped JavaScript. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const plain = { body: ["Plain paragraph"] };

/** paragraph → parentContentControlOrNullObject (null here) → its parent again, in one batch. */
const chain = () =>
  Word.run(async (context) => {
    const first = context.document.body.paragraphs.getFirst().parentContentControlOrNullObject;
    const second = first.parentContentControlOrNullObject.load("tag");
    await context.sync();
    return [first.isNullObject, second.isNullObject];
  });

describe("navigating from a null object (68)", () => {
  // Source: none says (INFERRED): api-model "*OrNullObject methods and properties" is silent on
  // chaining; https://github.com/OfficeDev/office-js/issues/2344. Option nullObjectNavigation.
  it("68: a property read through a null object fails the batch at sync with ItemNotFound", async () => {
    setupWordHost({}, plain);
    expect(await codeOf(chain())).toBe("ItemNotFound");
  });

  it("68: a method called through a null object fails the same way", async () => {
    setupWordHost({}, plain);
    const result = Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().parentContentControlOrNullObject.getRange("Whole").load("text");
      await context.sync();
    });
    expect(await codeOf(result)).toBe("ItemNotFound");
  });

  it("68: one level per sync works: the null object itself loads and reads isNullObject", async () => {
    setupWordHost({}, plain);
    const isNull = await Word.run(async (context) => {
      const parent = context.document.body.paragraphs.getFirst().parentContentControlOrNullObject.load("tag");
      await context.sync();
      return parent.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("68: with nullObjectNavigation 'null' the chain gives null objects", async () => {
    setupWordHost({ nullObjectNavigation: "null" }, plain);
    expect(await chain()).toEqual([true, true]);
  });

  it("68: a chain through objects that exist is unaffected", async () => {
    setupWordHost({}, { body: [{ cc: { tag: "outer" }, children: [{ cc: { tag: "inner" }, children: ["x"] }] }] });
    const tag = await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      const outer = p.parentContentControlOrNullObject.parentContentControlOrNullObject.load("tag");
      await context.sync();
      return outer.tag;
    });
    expect(tag).toBe("outer");
  });
});

describe("undo (70)", () => {
  // Source: https://github.com/OfficeDev/office-js/issues/1827 (no plans for an undo record);
  // learn.microsoft.com "Excel add-ins undo capabilities" (mergeUndoGroup is Excel's). An honest
  // look at what Microsoft's Word library offers: no member of any Word class (Word.Application
  // included) mentions undo.
  it("70: the Word library has no undo grouping: no undo member on any Word class or on the context", async () => {
    const { win } = setupWordHost();
    const members = (proto: Loose): string[] => {
      const names: string[] = [];
      for (let p = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) names.push(...Object.getOwnPropertyNames(p));
      return names;
    };
    const undoMembers: string[] = [];
    const examined: string[] = [];
    for (const [name, value] of Object.entries(win.Word as Record<string, Loose>)) {
      if (typeof value !== "function" || !value.prototype) continue;
      examined.push(name);
      for (const m of members(value.prototype)) if (/undo/i.test(m)) undoMembers.push(`${name}.${m}`);
    }
    expect(examined).toEqual(expect.arrayContaining(["Application", "Document", "RequestContext", "ContentControl", "Range"]));
    expect(undoMembers).toEqual([]);
    await Word.run(async (context) => {
      const doc = context.document as Loose;
      expect(["mergeUndoGroup", "undo", "startUndoGroup"].filter((m) => m in doc || m in (context as Loose))).toEqual([]);
      await context.sync();
    });
  });
});
