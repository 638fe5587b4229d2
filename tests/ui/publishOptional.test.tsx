/** @jest-environment jsdom */
/** "Ready to publish?" lists areas for improvement left unanswered apart, as optional: they never count as left. */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeSectionsDraft } from "../../src/domain/compose";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, renderPane } from "../support/uiHarness";
import { snapshotFromPlan } from "../support/uiSnapshots";

const catalog = builtInCatalog();
const inspection = parseCatalog(catalog).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const plan = composeSectionsDraft(inspection, builtInStyles[0], {}, undefined, { today: new Date(2021, 7, 20) }).plan;
const area = (number: number, text: string) => ({ id: `a${number}`, kind: "area-for-improvement", number, portalId: null, text, addressees: [], localResponseExpected: true, due: null, parts: [] });
const areas = [
  area(1, "The force should improve how it records the reasons victims withdraw from investigations."),
  area(2, "The force should make sure supervisors review investigation plans for every rape case within a week."),
];
const withAreas = { inspections: catalog.inspections.map((i) => ((i as { id: string }).id === inspection.id ? { ...(i as object), areasForImprovement: areas } : i)) };

async function leftCount(catalogUsed: unknown, snapshot = snapshotFromPlan(plan)) {
  const port = new FakeWordPort({ snapshot });
  const { user } = renderPane({ port, catalog: catalogUsed });
  await user.click(await screen.findByRole("button", { name: /Response to rape – Phase one/ }));
  await user.click(screen.getByRole("tab", { name: "Coverage" }));
  await screen.findByRole("heading", { name: /of 13 answered/ });
  await user.click(screen.getByRole("button", { name: "Ready to publish?" }));
  const status = await screen.findByText(/^Not ready yet: \d+ things? left/);
  return { user, port, count: /(\d+) things? left/.exec(status.textContent ?? "")![1] };
}

describe("Ready to publish? and areas for improvement", () => {
  it("lists them under their own optional heading, with a way to the one in the document, and leaves the count alone", async () => {
    const without = await leftCount(catalog);
    cleanup();
    // Area 1 is in the document, as a heading with nothing under it; area 2 is not there at all.
    const snapshot = snapshotFromPlan(plan);
    snapshot.paragraphs.push({ text: "Area for improvement 1", style: "Normal" }, { text: areas[0].text, style: "Normal" });
    const { user, port, count } = await leftCount(withAreas, snapshot);
    expect(count).toBe(without.count);
    const optional = screen.getByRole("list", { name: /Optional, and no bar to publication/ });
    expect(within(optional).getByText("Area for improvement 2 is not in the document (optional).")).toBeInTheDocument();
    const left = screen.getByRole("list", { name: "Left before publication" });
    expect(within(left).queryByText(/Area for improvement/)).not.toBeInTheDocument();
    await user.click(within(optional).getByRole("button", { name: "Area for improvement 1 is not yet answered (optional)." }));
    await waitFor(() => expect(port.callsOf("selectParagraph").length).toBeGreaterThan(0));
  });
});
