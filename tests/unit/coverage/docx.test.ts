/** Reading .docx files without Word: list labels, styles, line breaks, controls, damaged files. */
import { docxToSnapshot, inspectionFromXml, inspectionToXml, NotAWordDocument } from "../../../src/domain/docx";
import { XML_NAMESPACE } from "../../../src/domain/tags";
import { buildDocx } from "./buildDocx";
import { inspection } from "./fixtures";

describe("docxToSnapshot", () => {
  it("gives auto-numbered paragraphs the list label Word shows, and style names", async () => {
    const { snapshot } = await docxToSnapshot(await buildDocx([{ text: "First", numbered: true }, { text: "Heading", style: "Heading2" }, { text: "Second", numbered: true }]));
    expect(snapshot.paragraphs.map((p) => [p.listString, p.style, p.text])).toEqual([["1.", undefined, "First"], [undefined, "Heading 2", "Heading"], ["2.", undefined, "Second"]]);
  });

  it("keeps line breaks inside a paragraph and marks table cells", async () => {
    const { snapshot } = await docxToSnapshot(await buildDocx(["one\ntwo", { table: [["cell"]] }]));
    expect(snapshot.paragraphs).toEqual([{ text: "one\ntwo" }, { text: "cell", inTable: true }]);
  });

  it("reads content controls with tag, title and placeholder state, and blanks grey placeholder text", async () => {
    const { snapshot } = await docxToSnapshot(await buildDocx([{ sdt: { tag: "ird:response:x:r1", title: "Response", showingPlaceholder: true, children: ["Type here"] } }]));
    expect(snapshot.controls).toEqual([{ tag: "ird:response:x:r1", title: "Response", text: "Type here", placeholderText: "Type here" }]);
    expect(snapshot.paragraphs).toEqual([{ text: "", controlTags: ["ird:response:x:r1"] }]);
  });

  it("refuses bytes that are not a Word document", async () => {
    await expect(docxToSnapshot(new TextEncoder().encode("just text"))).rejects.toBeInstanceOf(NotAWordDocument);
  });

  it("round-trips the stored inspection the add-in writes, and refuses a damaged one with a reason", () => {
    const insp = inspection("cjji-rape-phase-2-2022");
    expect(inspectionFromXml(inspectionToXml(insp)).inspection).toEqual(insp);
    expect(inspectionFromXml(`<inspection xmlns="${XML_NAMESPACE}">{"id": 3}</inspection>`).problem).toMatch(/no inspection|format/);
  });
});
