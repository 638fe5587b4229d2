/** Documents drafted with the add-in: tagged sections decide by their response control. */
import { analyse } from "../../../src/domain/coverage";
import { docxToSnapshot, inspectionToXml } from "../../../src/domain/docx";
import { responseTag, sectionTag, XML_NAMESPACE } from "../../../src/domain/tags";
import { buildDocx, type Block } from "./buildDocx";
import { inspection, statuses } from "./fixtures";

const insp = inspection("cjji-rape-phase-2-2022");
const vawg = inspection("hmicfrs-vawg-final-2021");

/** One section as the add-in inserts it: heading, recommendation text, response control. */
function section(recId: string, response: string | null, opts: { showing?: boolean; id?: string } = {}): Block {
  const rec = insp.recommendations.find((r) => r.id === recId)!;
  const children: Block[] = [{ text: `Recommendation ${rec.number}`, style: "Heading2" }, rec.text];
  if (response !== null) {
    children.push({ sdt: { tag: responseTag(opts.id ?? insp.id, recId), showingPlaceholder: opts.showing, children: [response] } });
  }
  return { sdt: { tag: sectionTag(opts.id ?? insp.id, recId), children } };
}

const read = async (blocks: Block[], customXml?: string[]) => (await docxToSnapshot(await buildDocx(blocks, { customXml }))).snapshot;

describe("tagged sections", () => {
  it("answers from the response control, and flags one still showing its placeholder", async () => {
    const snap = await read([
      section("r1", "Victims now hear from a named officer within two days of charge, and at every hearing after it."),
      section("r2", "Enter the force's response", { showing: true }),
      section("r3", "This recommendation is addressed to the CPS. The force will await further information."),
    ]);
    const report = analyse(snap, insp);
    expect(statuses(report)).toEqual({ r1: "answered", r2: "placeholder", r3: "deferred" });
    expect(report.items[1].location).toEqual({ tag: sectionTag(insp.id, "r2") });
    expect(report.summary).toEqual({ answered: 2, unanswered: 1, total: 3 });
  });

  it("flags a response whose text is still the control's placeholder text", () => {
    const placeholder = "[Write what has been done, or will be done, and by when]";
    const report = analyse(
      {
        paragraphs: [{ text: placeholder, controlTags: [sectionTag(insp.id, "r1"), responseTag(insp.id, "r1")] }],
        controls: [
          { tag: sectionTag(insp.id, "r1"), title: "Recommendation 1", text: placeholder, placeholderText: "" },
          { tag: responseTag(insp.id, "r1"), title: "Response", text: placeholder, placeholderText: placeholder },
        ],
      },
      insp,
    );
    expect(report.items[0].status).toBe("placeholder");
    expect(report.items[0].confidence).toBeGreaterThan(0.9);
  });

  it("reads what is left of a section whose response control was deleted", async () => {
    const rec = insp.recommendations[0];
    const snap = await read([
      { sdt: { tag: sectionTag(insp.id, "r1"), children: [`Recommendation 1`, rec.text, "Contact after charge is now logged and audited monthly by the witness care manager."] } },
      { sdt: { tag: sectionTag(insp.id, "r2"), children: [`Recommendation 2`, insp.recommendations[1].text] } },
    ]);
    const report = analyse(snap, insp);
    expect(statuses(report)).toEqual({ r1: "answered", r2: "placeholder", r3: "missing" });
    expect(report.notes.join(" ")).toMatch(/response control is missing/);
  });

  it("finds an answer by its text when the controls were stripped by a paste", async () => {
    const snap = await read([
      section("r1", "Victims now hear from a named officer within two days of charge."),
      "Recommendation 2",
      insp.recommendations[1].text,
      "Bad character is now discussed with the prosecutor at the first case conference.",
    ]);
    const report = analyse(snap, insp);
    expect(statuses(report)).toEqual({ r1: "answered", r2: "answered", r3: "missing" });
    expect(report.notes.join(" ")).toMatch(/Recommendation 2 has no tagged section/);
  });

  it("counts a section pasted twice once, and says so", async () => {
    const snap = await read([section("r1", "Enter the response", { showing: true }), section("r1", "Contact after charge is logged and audited monthly.")]);
    const report = analyse(snap, insp);
    expect(report.items[0].status).toBe("answered");
    expect(report.notes.join(" ")).toMatch(/Recommendation 1 has 2 sections/);
  });

  it("notes tags naming a recommendation the inspection does not have, or another inspection", async () => {
    const snap = await read([
      { sdt: { tag: sectionTag(insp.id, "r9"), children: [{ sdt: { tag: responseTag(insp.id, "r9"), children: ["Some answer to a recommendation that does not exist."] } }] } },
      section("r1", "An answer drafted for another inspection.", { id: "other-inspection" }),
    ]);
    const report = analyse(snap, insp);
    expect(report.summary.answered).toBe(0);
    expect(report.notes.join(" ")).toMatch(/"r9", which is not in this inspection/);
    expect(report.notes.join(" ")).toMatch(/another inspection \(other-inspection\)/);
  });

  it("judges each tagged sub-part by its own response", async () => {
    const parts: Block[] = vawg.recommendations[1].parts.map((p, i) => ({
      sdt: { tag: responseTag(vawg.id, p.id), showingPlaceholder: i > 0, children: [i === 0 ? "Arrest and bail decisions are reviewed daily by an inspector." : "Enter the response"] },
    }));
    const snap = await read([{ sdt: { tag: sectionTag(vawg.id, "r2"), children: [{ sdt: { tag: responseTag(vawg.id, "r2"), children: ["The plan was published in March 2022."] } }, ...parts] } }]);
    const item = analyse(snap, vawg).items[1];
    expect(item.status).toBe("answered");
    expect(item.parts.map((p) => p.status)).toEqual(["answered", "placeholder", "placeholder", "placeholder", "placeholder", "placeholder"]);
  });

  it("uses the inspection stored in the document's custom XML part", async () => {
    const snap = await read([section("r1", "Done.")], [`<other xmlns="urn:example"/>`, inspectionToXml(insp)]);
    expect(snap.storedInspection?.id).toBe(insp.id);
    expect(snap.storedInspection?.recommendations.map((r) => r.portalId)).toEqual(["21912", "21961", "22005"]);
    expect(XML_NAMESPACE).toBe("urn:inspection-response-drafter:v1");
  });
});
