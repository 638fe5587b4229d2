/** @jest-environment jsdom */
/**
 * Saving Settings must not change the house style the user chose (issue 13): a section put back
 * after that must come out in the shape of the sections already drafted, not another style's.
 */
import { screen } from "@testing-library/react";
import { composeResponse, findStyle } from "../../src/domain/compose";
import type { PlanNode } from "../../src/domain/plan";
import type { DocumentSnapshot, SnapshotParagraph } from "../../src/domain/snapshot";
import { parseTag } from "../../src/domain/tags";
import { parseCatalog } from "../../src/domain/catalog";
import { NORTHVALE } from "../support/exampleOffice";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, memoryStorage, renderPane } from "../support/uiHarness";

const lineTexts = (nodes: readonly PlanNode[]): string[] => nodes.flatMap((n) => (n.kind === "control" ? lineTexts(n.children) : [n.text]));

async function chooseStyle(user: ReturnType<typeof renderPane>["user"], name: string) {
  await user.click(screen.getByRole("combobox", { name: /House style/ }));
  await user.click(await screen.findByRole("option", { name }));
  expect(screen.getByRole("combobox", { name: /House style/ })).toHaveTextContent(name);
}

function office(defaultStyleId = "narrative-letter") {
  return memoryStorage({ "ird.welcome.v1": "done", "ird.settings.v1": JSON.stringify({ ...NORTHVALE, defaultStyleId }) });
}

async function draftRapePhaseOne(storage = office(), port = new FakeWordPort()) {
  const pane = renderPane({ port, storage });
  await pane.user.click(await screen.findByRole("button", { name: /Response to rape – Phase one/ }));
  await screen.findByRole("button", { name: "Insert full response" });
  return pane;
}

async function saveSettingsAndReturn(user: ReturnType<typeof renderPane>["user"], change?: () => Promise<void>) {
  await user.click(screen.getByRole("tab", { name: "Settings" }));
  await change?.();
  await user.click(await screen.findByRole("button", { name: "Save settings" }));
  await screen.findByText("Settings saved");
  await user.click(screen.getByRole("tab", { name: "Draft" }));
  await screen.findByRole("button", { name: "Insert missing sections" });
}

describe("the chosen house style survives saving settings", () => {
  it("keeps 'Letter to the Home Secretary with appendix' after Save settings, so missing sections come back with 'Force response:'", async () => {
    const { user, port } = await draftRapePhaseOne();
    await chooseStyle(user, "Letter to the Home Secretary with appendix");
    await saveSettingsAndReturn(user);

    expect(screen.getByRole("combobox", { name: /House style/ })).toHaveTextContent("Letter to the Home Secretary with appendix");
    await user.click(screen.getByRole("button", { name: "Insert missing sections" }));
    expect(await screen.findByText(/13 sections inserted/)).toBeInTheDocument();
    const lines = lineTexts(port.callsOf("insertMissing")[0].plan.nodes);
    expect(lines.filter((t) => t === "Force response:")).toHaveLength(13);
  });

  it("still applies a default style the user changes in Settings when they had not chosen one", async () => {
    const { user } = await draftRapePhaseOne();
    expect(screen.getByRole("combobox", { name: /House style/ })).toHaveTextContent("Narrative letter");
    await saveSettingsAndReturn(user, async () => {
      await user.click(await screen.findByRole("combobox", { name: /Default house style/ }));
      await user.click(await screen.findByRole("option", { name: "Response form" }));
    });
    expect(screen.getByRole("combobox", { name: /House style/ })).toHaveTextContent("Response form");
  });
});

/** What Word reads of a document holding `styleId`'s full response to Rape phase one, without recommendation 2's section. */
function draftedIn(styleId: string): DocumentSnapshot {
  const phaseOne = parseCatalog(builtInCatalog()).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
  const plan = composeResponse(phaseOne, findStyle(styleId)!, NORTHVALE, { today: new Date(2021, 7, 20) });
  const paragraphs: SnapshotParagraph[] = [];
  const controls: DocumentSnapshot["controls"] = [];
  const walk = (nodes: readonly PlanNode[], tags: string[]) => {
    for (const n of nodes) {
      if (n.kind === "paragraph") paragraphs.push({ text: n.text, controlTags: tags });
      else if (n.tag !== "ird:section:cjji-rape-phase-1-2021:r2" && !tags.includes("ird:section:cjji-rape-phase-1-2021:r2")) {
        controls.push({ tag: n.tag, title: n.title, text: lineTexts(n.children).join("\n"), placeholderText: n.placeholderText ?? "" });
        walk(n.children, [...tags, n.tag]);
      }
    }
  };
  walk(plan.nodes, []);
  // The sections read: only the add-in's controls and what is in them.
  return { paragraphs: paragraphs.filter((p) => p.controlTags?.some((t) => parseTag(t)?.kind === "section")), controls, storedInspection: phaseOne };
}

describe("sections put back into a drafted document", () => {
  it("come back in the style of the sections already there, whatever style is chosen, and the pane says so", async () => {
    const port = new FakeWordPort({ snapshot: draftedIn("home-secretary-letter-appendix") });
    const { user } = await draftRapePhaseOne(office(), port);
    expect(screen.getByRole("combobox", { name: /House style/ })).toHaveTextContent("Narrative letter");
    await user.click(screen.getByRole("button", { name: "Insert missing sections" }));
    expect(await screen.findByText(/already in the document are in the “Letter to the Home Secretary with appendix” house style/)).toBeInTheDocument();
    const lines = lineTexts(port.callsOf("insertMissing")[0].plan.nodes);
    expect(lines.filter((t) => t === "Force response:")).toHaveLength(13);
    // The recommendation's text in that style's words too ("Recommendation 2: …", not "2. …").
    expect(lines.some((t) => t.startsWith("Recommendation 2: "))).toBe(true);
  });

  it("use the chosen style, saying nothing about it, when it is the document's", async () => {
    const port = new FakeWordPort({ snapshot: draftedIn("narrative-letter") });
    const { user } = await draftRapePhaseOne(office(), port);
    await user.click(screen.getByRole("button", { name: "Insert missing sections" }));
    expect(await screen.findByText(/12 already in the document was left as it was|12 already in the document were left as they were/)).toBeInTheDocument();
    expect(screen.queryByText(/house style, so this was inserted/)).not.toBeInTheDocument();
    expect(lineTexts(port.callsOf("insertMissing")[0].plan.nodes)).not.toContain("Force response:");
  });
});
