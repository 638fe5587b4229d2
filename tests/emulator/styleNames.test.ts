/**
 * Style names follow Word's display language; styleBuiltIn does not. word.d.ts, Paragraph.style:
 * "Use this property for custom styles and localized style names. To use the built-in styles that
 * are portable between locales, see the styleBuiltIn property." (styleBuiltIn: WordApi 1.3.)
 */
import { setupWordHost } from "../support/wordHost";

async function readStyles(): Promise<Array<[string, string]>> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/style,items/styleBuiltIn");
    await context.sync();
    return paragraphs.items.map((p): [string, string] => [p.style, p.styleBuiltIn]);
  });
}

describe("style names in another language's Word", () => {
  it("English Word reads and accepts the English names", async () => {
    setupWordHost({ wordApi: "1.3" }, { body: [{ p: "Heading", style: "Heading 2" }, "Body"] });
    expect(await readStyles()).toEqual([
      ["Heading 2", "Heading2"],
      ["Normal", "Normal"],
    ]);
  });

  it("German Word reads the German names, and styleBuiltIn still says which built-in style it is", async () => {
    setupWordHost({ wordApi: "1.3", styleLanguage: "german" }, { body: [{ p: "Heading", style: "Heading 2" }, "Body"] });
    expect(await readStyles()).toEqual([
      ["Überschrift 2", "Heading2"],
      ["Standard", "Normal"],
    ]);
  });

  it("German Word: a German name through style, or styleBuiltIn, makes the built-in style; the English name does not", async () => {
    setupWordHost({ wordApi: "1.3", styleLanguage: "german" }, { body: ["a", "b", "c"] });
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items");
      await context.sync();
      paragraphs.items[0].style = "Überschrift 1";
      paragraphs.items[1].styleBuiltIn = "Heading1" as Word.BuiltInStyleName;
      paragraphs.items[2].style = "Heading 1";
      await context.sync();
    });
    expect(await readStyles()).toEqual([
      ["Überschrift 1", "Heading1"],
      ["Überschrift 1", "Heading1"],
      ["Heading 1", "Other"],
    ]);
  });
});
