/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeSectionsDraft } from "../../src/domain/compose";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, renderPane } from "../support/uiHarness";
import { snapshotFromPlan } from "../support/uiSnapshots";

const inspection = parseCatalog(builtInCatalog()).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const plan = composeSectionsDraft(inspection, builtInStyles[0], {}, undefined, { today: new Date(2021, 7, 20) }).plan;

// Our own words. Recommendations 8-11 and 13 get a pre-filled deferral from compose, which counts
// as an answer: clear 8-11 and delete section 13, so exactly `count` recommendations are answered.
const CLEARED = { r8: "", r9: "", r10: "", r11: "" };
const ANSWER = "The force has put this in place and the PCC reviews progress every quarter at the accountability board.";
const documentAnswering = (count: number) =>
  snapshotFromPlan(plan, { ...CLEARED, ...Object.fromEntries(Array.from({ length: count }, (_, i) => [`r${i + 1}`, ANSWER])) }, ["r13"]);

/** Lets a held read that was just released arrive (a few turns of the event loop). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 30)));

/** Progress shows after 300 ms; allow for a busy machine. */
const findCancelCheck = () => screen.findByRole("button", { name: "Cancel check" }, { timeout: 3000 });

async function openCoverage(port: FakeWordPort) {
  const pane = renderPane({ port });
  await pane.user.click(await screen.findByRole("button", { name: /Response to rape – Phase one/ }));
  await pane.user.click(screen.getByRole("tab", { name: "Coverage" }));
  await screen.findByRole("heading", { name: "2 of 13 answered" });
  return pane;
}

describe("cancelling a slow coverage check", () => {
  it("offers Cancel check by keyboard after a moment, keeps the last result and says how to check again", async () => {
    const port = new FakeWordPort({ snapshot: documentAnswering(2) });
    const { user } = await openCoverage(port);
    port.hold("readSnapshot");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    // A quick check shows no progress at all; a slow one does, with a way out.
    expect(screen.queryByRole("button", { name: "Cancel check" })).not.toBeInTheDocument();
    expect(await findCancelCheck()).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Reading the document…" })).toBeInTheDocument();

    // Reachable and operable by keyboard: a real button in the tab order (Tab itself is Fluent's
    // tabster's business, which jsdom cannot lay out; the e2e keyboard tests cover it).
    const cancel = screen.getByRole("button", { name: "Cancel check" });
    expect(cancel.tagName).toBe("BUTTON");
    expect(cancel).not.toHaveAttribute("tabindex", "-1");
    act(() => cancel.focus());
    await user.keyboard("{Enter}");

    expect(screen.getByText("Check cancelled")).toBeInTheDocument();
    expect(screen.getByText(/The result shown is from the previous check.*Choose Check again/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "2 of 13 answered" })).toBeInTheDocument();
    expect(screen.queryByRole("progressbar", { name: "Reading the document…" })).not.toBeInTheDocument();
    // The keyboard user is back on the button that runs the check again, and it works.
    const checkAgain = screen.getByRole("button", { name: "Check again" });
    expect(checkAgain).toHaveFocus();
    expect(checkAgain).not.toHaveAttribute("aria-disabled", "true");

    // Word answers after all, by then reading a document with 5 answers: that late result is dropped.
    port.snapshot = documentAnswering(5);
    port.release("readSnapshot");
    await settle();
    expect(screen.getByRole("heading", { name: "2 of 13 answered" })).toBeInTheDocument();
    expect(screen.getByText("Check cancelled")).toBeInTheDocument();
  });

  it("stops checking as the user types until they choose Check again", async () => {
    const port = new FakeWordPort({ snapshot: documentAnswering(2) });
    const { user } = await openCoverage(port);
    port.hold("readSnapshot");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await user.click(await findCancelCheck());
    port.release("readSnapshot");
    const reads = port.callsOf("readSnapshot").length;

    port.snapshot = documentAnswering(3);
    port.emitDocumentChanged();
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 200)));
    expect(port.callsOf("readSnapshot")).toHaveLength(reads);
    expect(screen.getByRole("status")).toHaveTextContent("Not checked automatically since you cancelled.");

    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByRole("heading", { name: "3 of 13 answered" })).toBeInTheDocument();
    expect(screen.queryByText("Check cancelled")).not.toBeInTheDocument();
    expect(screen.queryByText("Not checked automatically since you cancelled.")).not.toBeInTheDocument();
  });

  it("never lets a cancelled check replace or stop the newer one", async () => {
    const port = new FakeWordPort({ snapshot: documentAnswering(2) });
    const { user } = await openCoverage(port);
    port.hold("readSnapshot");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await user.click(await findCancelCheck());
    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(await findCancelCheck()).toBeInTheDocument();

    // The cancelled read comes back first: the newer check is still shown as running.
    port.snapshot = documentAnswering(1);
    port.release("readSnapshot", "first");
    await settle();
    expect(screen.getByRole("heading", { name: "2 of 13 answered" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Cancel check" })).toBeInTheDocument();

    port.snapshot = documentAnswering(4);
    port.release("readSnapshot");
    expect(await screen.findByRole("heading", { name: "4 of 13 answered" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Cancel check" })).not.toBeInTheDocument();
  });

  it("keeps the newer result when the cancelled check answers after it", async () => {
    const port = new FakeWordPort({ snapshot: documentAnswering(2) });
    const { user } = await openCoverage(port);
    port.hold("readSnapshot");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await user.click(await findCancelCheck());
    await user.click(screen.getByRole("button", { name: "Check again" }));

    port.snapshot = documentAnswering(4);
    port.release("readSnapshot", "last");
    expect(await screen.findByRole("heading", { name: "4 of 13 answered" })).toBeInTheDocument();
    port.snapshot = documentAnswering(1);
    port.release("readSnapshot");
    await settle();
    expect(screen.getByRole("heading", { name: "4 of 13 answered" })).toBeInTheDocument();
  });
});
