/**
 * Following the document while the pane is open (issue 12): where Word has paragraph events
 * (WordApi 1.6 and later) a re-check follows a change of the text and nothing else; on older Word
 * the pane falls back to selection changes, debounced. Runs on every host profile; the
 * expectations follow the profile's WordApi level.
 */
import { responseTag } from "../../src/domain/tags";
import { watchDocument } from "../../src/taskpane/actions/coverage";
import { selectInspection } from "../../src/taskpane/actions/catalog";
import type { Services } from "../../src/taskpane/services";
import { patch, resetStore } from "../../src/taskpane/store/store";
import { createOfficeWordPort } from "../../src/word";
import type { WordPort } from "../../src/word/port";
import { versionAtLeast } from "../../src/preview/emulator/options";
import { setupWordHost } from "../support/wordHost";
import { controlsTagged } from "./outline";
import { inspectionWith, planFor } from "./plans";

const three = inspectionWith(3);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function watching(scanIntervalMs = 1000) {
  const setup = setupWordHost({}, { body: ["Dear Inspector,"] });
  const real = createOfficeWordPort();
  await real.insertPlan(planFor(three, { blocks: false }), "end");
  const reads: string[] = [];
  const port: WordPort = {
    ...real,
    readSnapshot: (scope) => {
      reads.push(scope ?? "document");
      return real.readSnapshot(scope);
    },
  };
  resetStore();
  patch("catalog", { inspections: [three], status: "ready" });
  selectInspection(three.id);
  const services: Services = { port, now: () => new Date(2021, 7, 20), storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined }, download: () => undefined, loadCatalog: async () => ({ inspections: [] }), scanIntervalMs };
  const stop = watchDocument(services);
  await wait(20); // registration of the events (one batch)
  const response = controlsTagged(setup.model, responseTag(three.id, "r2"))[0];
  const paragraph = response.children[0] as { id: string; text: string };
  const events = versionAtLeast(setup.host.options.wordApi, "1.6");
  /** A keystroke in the response. Typing moves the selection, and Word reports that too. */
  const type = (text: string) => {
    setup.model.setParagraphText(paragraph.id, text);
    setup.host.office.fireSelectionChanged();
  };
  return { ...setup, reads, stop, type, paragraph, events };
}

describe("following the document (issue 12)", () => {
  it("typing in a response triggers one re-check", async () => {
    const { reads, stop, type } = await watching();
    type("We accept this recommendation.");
    await wait(150);
    expect(reads).toEqual(["document"]);
    stop();
  });

  it("moving the cursor alone triggers no re-check where Word has paragraph events (WordApi 1.6+), one otherwise", async () => {
    const { host, model, reads, stop, events } = await watching();
    model.setCursor(model.paragraphs()[0].id, 3);
    host.office.fireSelectionChanged();
    await wait(150);
    expect(reads).toHaveLength(events ? 0 : 1);
    stop();
  });

  it("a burst of typing is read at once and once more after the interval, not per keystroke", async () => {
    const { reads, stop, type, paragraph } = await watching(600);
    for (let i = 0; i < 8; i++) {
      type(`${paragraph.text}x`);
      await wait(10);
    }
    await wait(100);
    expect(reads).toHaveLength(1);
    await wait(800);
    expect(reads).toHaveLength(2);
    stop();
  });

  it("after the pane stops following, a change triggers nothing and Word keeps no handler", async () => {
    const { host, reads, stop, type, events } = await watching();
    stop();
    await wait(20);
    type("Edited after closing");
    await wait(150);
    expect(reads).toEqual([]);
    if (events) expect(host.events.isRegistered("ParagraphChanged")).toBe(false);
  });
});
