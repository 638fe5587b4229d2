/** @jest-environment jsdom */
/**
 * Message banners: one per outcome, never contradicting itself, the latest action's only, and gone
 * once the user moves to another tab or the document changes under the pane.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, screen, waitFor } from "@testing-library/react";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeSectionsDraft } from "../../src/domain/compose";
import { OUTCOME_SETTLE_MS } from "../../src/taskpane/actions/messages";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, renderPane } from "../support/uiHarness";
import { snapshotFromPlan } from "../support/uiSnapshots";

const RAPE_ONE = /Response to rape – Phase one/;
const inspection = parseCatalog(builtInCatalog()).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;

async function openDraft(port = new FakeWordPort()) {
  const pane = renderPane({ port });
  await pane.user.click(await screen.findByRole("button", { name: RAPE_ONE }));
  await screen.findByRole("button", { name: "Insert full response" });
  return pane;
}

/** Every banner the user sees, as its text. */
const banners = () => Array.from(document.querySelectorAll("[aria-label='Messages'] .fui-MessageBar")).map((b) => b.textContent ?? "");

describe("message banners", () => {
  afterEach(() => jest.restoreAllMocks());

  it("an insert gives one banner, with what to fill in; switching tab takes it away", async () => {
    const { user } = await openDraft();
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    await screen.findByText("Full response inserted");
    // Settings were skipped: the details left to fill in are in the same banner, not a second one.
    expect(banners()).toEqual([expect.stringMatching(/^Full response inserted 13 sections inserted at the cursor\. 13 other parts of the letter \(such as the date, opening and sign-off\) came with them\. Some details are not filled in yet: the text shows \[/)]);
    await user.click(screen.getByRole("tab", { name: "Coverage" }));
    expect(banners()).toEqual([]);
    await user.click(screen.getByRole("tab", { name: "Draft" }));
    expect(banners()).toEqual([]);
  });

  it("an insert that skipped everything says only that: nothing about details to fill in", async () => {
    const all = composeSectionsDraft(inspection, builtInStyles[0], {}, undefined, { today: new Date(2021, 7, 20) }).plan;
    const { user } = await openDraft(new FakeWordPort({ snapshot: snapshotFromPlan(all) }));
    await user.click(screen.getByRole("button", { name: "Insert missing sections" }));
    await screen.findByText("Missing sections: nothing to add");
    expect(banners()).toEqual(["Missing sections: nothing to add Every section is already in the document, so nothing was added."]);
    expect(document.body).not.toHaveTextContent(/not filled in|inserted/);
  });

  it("a new banner is scrolled into view (the least needed); closing one moves nothing", async () => {
    // jsdom has no scrollIntoView; a browser pane does.
    const scroll = jest.fn();
    Object.defineProperty(Element.prototype, "scrollIntoView", { value: scroll, configurable: true, writable: true });
    try {
      const { user } = await openDraft();
      await user.click(screen.getByRole("button", { name: "Insert full response" }));
      const bar = (await screen.findByText("Full response inserted")).closest(".fui-MessageBar");
      expect(bar).not.toBeNull();
      expect(scroll).toHaveBeenCalledWith({ block: "nearest" });
      expect(scroll.mock.contexts).toContain(bar);
      scroll.mockClear();
      await user.click(screen.getByRole("button", { name: "Dismiss: Full response inserted" }));
      expect(banners()).toEqual([]);
      expect(scroll).not.toHaveBeenCalled();
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it("two actions in a row: only the latest one's banner", async () => {
    const { user } = await openDraft();
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    await screen.findByText("Full response inserted");
    const own = JSON.parse(readFileSync(path.join(__dirname, "../../assets/styles/response-form.json"), "utf8"));
    Object.assign(own, { id: "our-office-form", name: "Our office form" });
    await user.click(screen.getByRole("button", { name: "Add a house style" }));
    await user.click(screen.getByRole("textbox", { name: /House style JSON/ }));
    await user.paste(JSON.stringify(own));
    await user.click(screen.getByRole("button", { name: "Add style" }));
    await screen.findByText("House style “Our office form” added");
    expect(banners()).toEqual([expect.stringMatching(/^House style “Our office form” added/)]);
  });

  it("a change to the document clears a settled success, but not one caused by the insert itself, and never a warning", async () => {
    const port = new FakeWordPort();
    const { user } = await openDraft(port);
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    await screen.findByText("Full response inserted");
    // Settings were skipped, so this banner is a warning (what to fill in): edits later do not clear it.
    expect(banners()[0]).toMatch(/Some details are not filled in yet/);
    const later = Date.now() + OUTCOME_SETTLE_MS + 10;
    jest.spyOn(Date, "now").mockReturnValue(later);
    act(() => port.emitDocumentChanged());
    expect(screen.getByText("Full response inserted")).toBeInTheDocument();

    // A success: removing what was inserted.
    jest.restoreAllMocks();
    await user.click(screen.getByRole("button", { name: "Remove what was just inserted" }));
    await screen.findByText("Removed what was just inserted");
    // Word reports the removal itself as a change at once: the banner stays.
    act(() => port.emitDocumentChanged());
    expect(screen.getByText("Removed what was just inserted")).toBeInTheDocument();
    jest.spyOn(Date, "now").mockReturnValue(Date.now() + OUTCOME_SETTLE_MS + 10);
    act(() => port.emitDocumentChanged());
    await waitFor(() => expect(banners()).toEqual([]));
  });

  it("a standing problem (the document's inspection could not be read) survives switching tabs", async () => {
    const port = new FakeWordPort();
    port.failNext("readStoredInspection", { kind: "word", action: "read-stored-inspection", writing: false });
    const { user } = renderPane({ port });
    await screen.findByText("Could not read which inspection this document answers");
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    expect(screen.getByText("Could not read which inspection this document answers")).toBeInTheDocument();
  });
});
