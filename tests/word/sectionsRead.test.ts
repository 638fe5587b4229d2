/**
 * Re-checking a document drafted with the add-in reads only the add-in's sections (issue 12): the
 * same coverage as reading everything, at a cost that does not grow with the rest of the document,
 * and no release request (WORD-SEMANTICS 72).
 */
import { analyse } from "../../src/domain/coverage";
import { responseTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost } from "../support/wordHost";
import { controlsTagged } from "./outline";
import { inspectionWith, planFor } from "./plans";

const three = inspectionWith(3);
const long = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i + 1} of the letter, about something else entirely.`);

async function drafted() {
  const setup = setupWordHost({}, { body: long });
  const port = createOfficeWordPort();
  await port.insertPlan(planFor(three), "end");
  const para = controlsTagged(setup.model, responseTag(three.id, "r2"))[0].children[0];
  if (para.kind !== "paragraph") throw new Error("a response starts with a paragraph");
  setup.model.setParagraphText(para.id, "The force has introduced a weekly review of every case file.");
  setup.host.resetCounters();
  return { ...setup, port };
}

const bytes = (log: Array<{ requestBytes: number; responseBytes: number }>) => log.reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);

describe("re-checking only the add-in's sections", () => {
  it("gives the same coverage as reading the whole document, for a fraction of the bytes and no release request", async () => {
    const { host, port } = await drafted();
    const full = await port.readSnapshot("document");
    const fullLog = [...host.requestLog];
    host.resetCounters();
    const sections = await port.readSnapshot("sections");
    const sectionsLog = [...host.requestLog];

    const strip = (r: ReturnType<typeof analyse>) => r.items.map((i) => [i.recId, i.status, i.evidence, i.warnings]);
    expect(strip(analyse(sections, three))).toEqual(strip(analyse(full, three)));
    expect(analyse(sections, three).items.map((i) => i.status)).toEqual(["placeholder", "answered", "placeholder"]);
    expect(sections.paragraphs.length).toBeLessThan(60);
    expect(sectionsLog.length).toBeLessThanOrEqual(2);
    expect(sectionsLog.some((r) => r.cleanup)).toBe(false);
    expect(fullLog.some((r) => r.cleanup)).toBe(false);
    expect(bytes(sectionsLog)).toBeLessThan(bytes(fullLog) / 10);
  });

  it("reads an answer deleted with Track Changes on as gone, where Word can tell (1.4+)", async () => {
    const { host, port, model } = await drafted();
    const level = host.options.wordApi;
    host.configure({ wordApi: "1.9" });
    model.changeTrackingMode = "TrackAll";
    await Word.run(async (context) => {
      context.document.contentControls.getByTag(responseTag(three.id, "r2")).getFirst().paragraphs.getFirst().getRange("Content").delete();
      await context.sync();
    });
    host.configure({ wordApi: level });
    const snapshot = await port.readSnapshot("sections");
    const r2 = snapshot.controls.find((c) => c.tag === responseTag(three.id, "r2"))!;
    const atLeast14 = Number(level.split(".")[1]) >= 4;
    expect(r2.text).toBe(atLeast14 ? "" : "The force has introduced a weekly review of every case file.");
    expect(analyse(snapshot, three).items[1].status).toBe(atLeast14 ? "placeholder" : "answered");
  });

  it("returns no sections for a document not drafted with the add-in", async () => {
    setupWordHost({}, { body: long.slice(0, 20) });
    const snapshot = await createOfficeWordPort().readSnapshot("sections");
    expect(snapshot.controls).toEqual([]);
    expect(snapshot.paragraphs).toEqual([]);
  });
});
