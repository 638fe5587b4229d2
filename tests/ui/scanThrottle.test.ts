/** @jest-environment jsdom */
import { parseCatalog } from "../../src/domain/catalog";
import { watchDocument } from "../../src/taskpane/actions/coverage";
import { selectInspection } from "../../src/taskpane/actions/catalog";
import type { Services } from "../../src/taskpane/services";
import { patch, resetStore, useStore } from "../../src/taskpane/store/store";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, memoryStorage } from "../support/uiHarness";

function setUp() {
  resetStore();
  const port = new FakeWordPort();
  const services: Services = {
    port,
    now: () => new Date(2021, 7, 20),
    storage: memoryStorage(),
    download: () => undefined,
    loadCatalog: async () => builtInCatalog(),
    scanIntervalMs: 2000,
  };
  patch("catalog", { inspections: parseCatalog(builtInCatalog()).inspections, status: "ready" });
  selectInspection("cjji-rape-phase-1-2021");
  return { port, services };
}

describe("following the document while the user types", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("reads the document at most once every 2 seconds during 5 seconds of typing, and once after the last keystroke", async () => {
    const { port, services } = setUp();
    const stop = watchDocument(services);
    for (let t = 0; t < 5000; t += 100) {
      port.emitDocumentChanged();
      await jest.advanceTimersByTimeAsync(100);
    }
    // Scans started at 0 s, 2 s and 4 s; the burst's last change is picked up at 6 s.
    expect(port.callsOf("readSnapshot")).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(2000);
    expect(port.callsOf("readSnapshot")).toHaveLength(4);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(port.callsOf("readSnapshot")).toHaveLength(4);
    expect(useStore.getState().coverage.report?.summary.total).toBe(13);
    stop();
  });

  it("stops following the document when the pane closes", async () => {
    const { port, services } = setUp();
    const stop = watchDocument(services);
    stop();
    port.emitDocumentChanged();
    await jest.advanceTimersByTimeAsync(5000);
    expect(port.callsOf("readSnapshot")).toHaveLength(0);
    expect(port.listenerCount).toBe(0);
  });
});
