/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import type { Composer } from "../../src/taskpane/domainApi";
import { FakeWordPort } from "../support/fakePort";
import { renderPane, type PaneOptions } from "../support/uiHarness";

/** Composing waits for `finish()`: stands in for loading the compose code on a slow connection. */
function slowComposer() {
  let finish!: () => void;
  const ready = new Promise<void>((resolve) => (finish = resolve));
  const loadComposer = async (): Promise<Composer> => {
    await ready;
    return import("../../src/taskpane/domainApi");
  };
  return { loadComposer, finish };
}

/** Chooses the inspection and waits for Draft (chosen as the list appears, it opens after the start-up work). */
async function openRapePhaseOne(options: PaneOptions) {
  const pane = renderPane(options);
  await pane.user.click(await screen.findByRole("button", { name: /Response to rape – Phase one/ }));
  await screen.findByRole("button", { name: "Insert full response" });
  return pane;
}

/** Progress shows after 300 ms; allow for a busy machine. */
const findCancel = () => screen.findByRole("button", { name: "Cancel the insert" }, { timeout: 3000 });
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 30)));
// Undo in Word may take back only part of an insert (WORD-SEMANTICS 70): the pane never promises it.
const UNDO_NOTE = /Word is applying the change\. Once it is done you can take it back with “Remove what was just inserted”\./;

describe("cancelling an insert", () => {
  it("inserts nothing when cancelled before Word is given the response, and says so", async () => {
    const port = new FakeWordPort();
    const composer = slowComposer();
    const { user } = await openRapePhaseOne({ port, loadComposer: composer.loadComposer });
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    const cancel = await findCancel();
    expect(cancel).toHaveTextContent("Cancel");
    expect(screen.getByRole("progressbar", { name: "Inserting the response…" })).toBeInTheDocument();

    await user.click(cancel);
    expect(screen.getByText("Full response not inserted")).toBeInTheDocument();
    expect(screen.getByText(/nothing was inserted and the document is unchanged/)).toBeInTheDocument();
    expect(screen.queryByRole("progressbar", { name: "Inserting the response…" })).not.toBeInTheDocument();
    // Focus goes back to the button that started it, which works again.
    const insert = screen.getByRole("button", { name: "Insert full response" });
    expect(insert).toHaveFocus();
    expect(insert).not.toHaveAttribute("aria-disabled", "true");

    // The compose code arriving late changes nothing.
    composer.finish();
    await settle();
    expect(port.callsOf("insertPlan")).toHaveLength(0);
    expect(port.callsOf("storeInspection")).toHaveLength(0);
    expect(screen.queryByText("Full response inserted")).not.toBeInTheDocument();
  });

  it("cancels inserting missing sections the same way", async () => {
    const port = new FakeWordPort();
    const composer = slowComposer();
    const { user } = await openRapePhaseOne({ port, loadComposer: composer.loadComposer });
    await user.click(screen.getByRole("button", { name: "Insert missing sections" }));
    expect(await screen.findByRole("progressbar", { name: "Inserting missing sections…" }, { timeout: 3000 })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel the insert" }));
    expect(screen.getByText("Missing sections not inserted")).toBeInTheDocument();
    composer.finish();
    await settle();
    expect(port.callsOf("insertMissing")).toHaveLength(0);
  });

  it("offers no Cancel once Word has the change, says how to undo it, and reports the outcome", async () => {
    const port = new FakeWordPort();
    port.hold("insertPlan");
    const { user } = await openRapePhaseOne({ port });
    await user.click(screen.getByRole("button", { name: "Insert full response" }));

    expect(await screen.findByText(UNDO_NOTE, undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Inserting the response…" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /cancel/i })).not.toBeInTheDocument();
    expect(port.callsOf("insertPlan")).toHaveLength(1);

    port.release("insertPlan");
    expect(await screen.findByText("Full response inserted")).toBeInTheDocument();
    expect(screen.getByText(/13 sections inserted at the cursor\./)).toBeInTheDocument();
    expect(screen.queryByText(UNDO_NOTE)).not.toBeInTheDocument();
  });

  it("withdraws Cancel when Word gets the change, keeping the keyboard user's place", async () => {
    const port = new FakeWordPort();
    port.hold("insertPlan");
    const composer = slowComposer();
    const { user } = await openRapePhaseOne({ port, loadComposer: composer.loadComposer });
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    const cancel = await findCancel();
    act(() => cancel.focus());

    composer.finish();
    expect(await screen.findByText(UNDO_NOTE)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Cancel the insert" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insert full response" })).toHaveFocus();
    expect(port.callsOf("insertPlan")).toHaveLength(1);

    port.release("insertPlan");
    expect(await screen.findByText("Full response inserted")).toBeInTheDocument();
  });
});
