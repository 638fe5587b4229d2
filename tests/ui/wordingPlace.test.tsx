/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import catalog from "../../assets/catalog.json";
import { parseCatalog } from "../../src/domain/catalog";
import { emptySettings } from "../../src/domain/settings";
import { responseTag } from "../../src/domain/tags";
import { FakeWordPort } from "../support/fakePort";
import { memoryStorage, renderPane } from "../support/uiHarness";

const RAPE_ONE = /Response to rape – Phase one/;
const rape = parseCatalog(catalog).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const rec3 = rape.recommendations.find((r) => r.number === 3)!;

const library = {
  format: "ird-wording",
  formatVersion: 1,
  snippets: [{ id: "closing-plain", version: 1, title: "Closing – plain thanks", category: "closing", status: "approved", text: "Thank you for the report." }],
};

async function openWording(port: FakeWordPort) {
  const storage = memoryStorage({
    "ird.welcome.v1": "done",
    "ird.settings.v1": JSON.stringify({ ...emptySettings(), forceName: "Exampleshire Constabulary" }),
    "ird.wording.office.v1": JSON.stringify(library),
  });
  const pane = renderPane({ storage, port });
  await pane.user.click(await screen.findByRole("button", { name: RAPE_ONE }));
  await pane.user.click(screen.getByRole("tab", { name: "Wording" }));
  await screen.findByRole("searchbox");
  await pane.user.click(within(screen.getByRole("list", { name: "Wording" })).getByRole("button", { name: /^Closing – plain thanks/ }));
  return pane;
}

describe("wording that cannot go at the cursor", () => {
  it("says why and offers the nearest place; inserts there only when asked", async () => {
    const port = new FakeWordPort();
    port.wordingRefusal = { at: "refused", reason: "locked-text", nearest: { at: "response", responseTag: responseTag(rape.id, rec3.id) } };
    const { user } = await openWording(port);
    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    expect(await screen.findByText("Wording can't go in the recommendation's text, which is locked. Insert it in the response to recommendation 3 instead?")).toBeInTheDocument();
    expect(port.callsOf("insertWording")).toHaveLength(1);
    // Nothing was inserted, so nothing claims it was.
    expect(screen.queryByText(/inserted/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Insert it there" }));
    await waitFor(() => expect(port.callsOf("insertWording")).toHaveLength(2));
    expect(port.callsOf("insertWording")[1].target).toEqual({ at: "response", responseTag: responseTag(rape.id, rec3.id) });
    expect(await screen.findByText(/into the response to recommendation 3/)).toBeInTheDocument();
    expect(screen.queryByText(/instead\?$/)).toBeNull();
  });

  it("on Word 2016, which cannot say where the cursor is, offers the response to the recommendation chosen on the tab rather than the end", async () => {
    const port = new FakeWordPort();
    port.wordingRefusal = { at: "refused", reason: "old-word", nearest: { at: "end" } };
    const { user } = await openWording(port);
    await user.selectOptions(screen.getByRole("combobox", { name: "For recommendation" }), "Recommendation 3");
    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    expect(await screen.findByText(/Insert it in the response to recommendation 3 instead\?$/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Insert it there" }));
    await waitFor(() => expect(port.callsOf("insertWording")).toHaveLength(2));
    expect(port.callsOf("insertWording")[1].target).toEqual({ at: "response", responseTag: responseTag(rape.id, rec3.id) });
  });

  it("inserts nothing when the offer is cancelled", async () => {
    const port = new FakeWordPort();
    port.wordingRefusal = { at: "refused", reason: "cursor-in-header", nearest: { at: "end" } };
    const { user } = await openWording(port);
    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    expect(await screen.findByText("Wording can't go in a header, footer or footnote. Insert it at the end of the document instead?")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByText(/instead\?$/)).toBeNull();
    expect(port.callsOf("insertWording")).toHaveLength(1);
  });
});
