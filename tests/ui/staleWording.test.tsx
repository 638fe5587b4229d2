/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { emptySettings } from "../../src/domain/settings";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { wordingTag } from "../../src/domain/tags";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeSectionsDraft } from "../../src/domain/compose";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, memoryStorage, renderPane } from "../support/uiHarness";
import { snapshotFromPlan } from "../support/uiSnapshots";

const THANKS_1 = wordingTag("closing-thanks", 1);
const THANKS_2 = wordingTag("closing-thanks", 2);
const OLD = wordingTag("closing-old", 1);

const library = {
  format: "ird-wording",
  formatVersion: 1,
  snippets: [
    { id: "closing-thanks", version: 1, title: "Closing – our thanks", category: "closing", status: "approved", text: "Thank you for the report and its findings." },
    { id: "closing-thanks", version: 2, title: "Closing – our thanks", category: "closing", status: "approved", text: "Thank you for the thorough report and its clear findings." },
    { id: "closing-old", version: 1, title: "Closing – old", category: "closing", status: "retired", text: "Old words." },
  ],
};

function document(thanksText = "Thank you for the report and its findings."): DocumentSnapshot {
  return {
    paragraphs: [
      { text: "Dear Inspector,", style: "Normal" },
      { text: thanksText, style: "Body Text", controlTags: [THANKS_1] },
      { text: "Old words.", style: "Normal", controlTags: [OLD] },
      { text: "Thank you for the thorough report and its clear findings.", style: "Normal", controlTags: [THANKS_2] },
    ],
    controls: [
      { id: 11, tag: THANKS_1, title: "Closing – our thanks", text: thanksText, placeholderText: "" },
      { id: 12, tag: OLD, title: "Closing – old", text: "Old words.", placeholderText: "" },
      { id: 13, tag: THANKS_2, title: "Closing – our thanks", text: "Thank you for the thorough report and its clear findings.", placeholderText: "" },
    ],
  };
}

async function openWording(snapshot = document()) {
  const port = new FakeWordPort({ snapshot });
  const storage = memoryStorage({
    "ird.welcome.v1": "done",
    "ird.settings.v1": JSON.stringify({ ...emptySettings(), forceName: "Exampleshire Constabulary" }),
    "ird.wording.office.v1": JSON.stringify(library),
  });
  const pane = renderPane({ storage, port });
  await pane.user.click(screen.getByRole("tab", { name: "Wording" }));
  await screen.findByRole("searchbox");
  await screen.findByText("2 blocks need attention.");
  return { ...pane, port };
}

const staleList = () => within(screen.getByRole("list", { name: "Outdated wording" }));
const staleItems = () => staleList().queryAllByRole("listitem").map((li) => li.textContent ?? "");

describe("outdated wording in the open document", () => {
  it("lists the blocks with a newer approved version or a retired entry, and not the current one", async () => {
    await openWording();
    expect(staleItems()).toHaveLength(2);
    expect(staleItems()[0]).toMatch(/^Closing – our thanks · version 1; version 2 is approved/);
    expect(staleItems()[1]).toMatch(/^Closing – old · version 1, retired: remove it or use other wording/);
    // Retired wording has nothing to update to.
    expect(staleList().getAllByRole("button", { name: "Update…" })).toHaveLength(1);
  });

  it("previews the update word by word, then replaces only that block with the new version's text and tag", async () => {
    const { user, port } = await openWording();
    await user.click(staleList().getByRole("button", { name: "Update…" }));
    const preview = await screen.findByRole("region", { name: "Update “Closing – our thanks”" });
    const diff = within(preview).getByTestId("wording-diff");
    expect(diff).toHaveTextContent("Thank you for the report and its findings.".replace("the report", "the thorough report").replace("its findings", "its clear findings"));
    expect([...diff.querySelectorAll("ins")].map((e) => e.textContent?.trim())).toEqual(["thorough", "clear"]);
    expect(diff.querySelectorAll("del")).toHaveLength(0);
    expect(within(preview).queryByText(/edited since it was inserted/)).toBeNull();
    await user.click(within(preview).getByRole("button", { name: "Update to version 2" }));

    await waitFor(() => expect(port.callsOf("replaceWording")).toHaveLength(1));
    const [call] = port.callsOf("replaceWording");
    expect(call.block).toEqual({ id: 11, tag: THANKS_1, style: "Body Text" });
    expect(call.control).toMatchObject({ tag: THANKS_2, children: [{ kind: "paragraph", text: "Thank you for the thorough report and its clear findings." }] });
    expect(await screen.findByText("“Closing – our thanks” updated to version 2")).toBeInTheDocument();
    expect(staleItems()).toHaveLength(1);
    expect(staleItems()[0]).toMatch(/^Closing – old/);
  });

  it("says when the author has edited the block, shows their words going, and asks before replacing them", async () => {
    const { user, port } = await openWording(document("Thank you for the report; we note its findings with care."));
    await user.click(staleList().getByRole("button", { name: "Update…" }));
    const preview = await screen.findByRole("region", { name: "Update “Closing – our thanks”" });
    expect(within(preview).getByText(/This block has been edited since it was inserted: updating replaces those edits/)).toBeInTheDocument();
    expect([...within(preview).getByTestId("wording-diff").querySelectorAll("del")].map((e) => e.textContent?.trim())).toEqual(["report; we note", "findings with care."]);
    expect(within(preview).queryByRole("button", { name: "Update to version 2" })).toBeNull();
    await user.click(within(preview).getByRole("button", { name: "Cancel" }));
    expect(port.callsOf("replaceWording")).toHaveLength(0);
    await user.click(staleList().getByRole("button", { name: "Update…" }));
    await user.click(await screen.findByRole("button", { name: "Replace the edited text with version 2" }));
    await waitFor(() => expect(port.callsOf("replaceWording")).toHaveLength(1));
  });

  it("keeps a block as it is for this session without touching the document, and goes to a block", async () => {
    const { user, port } = await openWording();
    await user.click(staleList().getByRole("button", { name: "Go to “Closing – old”" }));
    await waitFor(() => expect(port.callsOf("selectWording")).toEqual([{ method: "selectWording", block: { id: 12, tag: OLD } }]));
    await user.click(staleList().getByRole("button", { name: "Keep “Closing – our thanks” as it is" }));
    expect(staleItems()).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(port.callsOf("readSnapshot").length).toBeGreaterThan(1));
    expect(staleItems()).toHaveLength(1);
    expect(port.callsOf("replaceWording")).toHaveLength(0);
  });

  it("lists a block as outdated as soon as a comms editor saves a new version of its entry", async () => {
    const { user } = await openWording();
    await user.click(screen.getByRole("switch", { name: /I maintain the office's wording/ }));
    await user.click(within(screen.getByRole("list", { name: "Wording" })).getByRole("button", { name: /^Closing – our thanks/ }));
    await user.click(screen.getByRole("button", { name: "Edit entry" }));
    const text = screen.getByRole("textbox", { name: /^Text/ });
    await user.clear(text);
    await user.type(text, "Thank you for the report.");
    await user.click(screen.getByRole("button", { name: "Save entry" }));
    expect(await screen.findByText(/“Closing – our thanks” saved/)).toBeInTheDocument();
    await waitFor(() => expect(staleItems()[0]).toMatch(/version 3 is approved/));
  });
});

describe("Ready to publish? and retired wording", () => {
  it("lists a block of wording the office retired as left before publication, with a way to it", async () => {
    const inspection = parseCatalog(builtInCatalog()).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
    const snapshot = snapshotFromPlan(composeSectionsDraft(inspection, builtInStyles[0], {}, undefined, { today: new Date(2021, 7, 20) }).plan);
    snapshot.paragraphs.push({ text: "Old words.", style: "Normal", controlTags: [OLD] });
    snapshot.controls.push({ id: 12, tag: OLD, title: "Closing – old", text: "Old words.", placeholderText: "" });
    const port = new FakeWordPort({ snapshot });
    const storage = memoryStorage({ "ird.welcome.v1": "done", "ird.wording.office.v1": JSON.stringify(library) });
    const { user } = renderPane({ storage, port });
    await user.click(await screen.findByRole("button", { name: /Response to rape – Phase one/ }));
    await user.click(screen.getByRole("tab", { name: "Coverage" }));
    await user.click(await screen.findByRole("button", { name: "Ready to publish?" }));
    const left = await screen.findByRole("list", { name: "Left before publication" });
    const item = within(left).getByRole("button", { name: "“Closing – old” is wording the office has retired: update or remove it (Wording tab)." });
    await user.click(item);
    await waitFor(() => expect(port.callsOf("selectTag").at(-1)).toMatchObject({ tag: OLD }));
  });
});
