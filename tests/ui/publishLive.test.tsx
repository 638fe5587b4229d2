/** @jest-environment jsdom */
/**
 * "Ready to publish?" while it is on screen (issue 13): it follows the document as coverage does,
 * lists the letter's boxes still to write, and turns green once the deadline is all that is left.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeDraft, composeSectionsDraft } from "../../src/domain/compose";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { letterBlockTag } from "../../src/domain/tags";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, renderPane } from "../support/uiHarness";
import { snapshotFromPlan } from "../support/uiSnapshots";

const inspection = parseCatalog(builtInCatalog()).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const sections = composeSectionsDraft(inspection, builtInStyles[0], {}, undefined, { today: new Date(2021, 7, 20) }).plan;
// Recommendations 8-11 are for national bodies: compose pre-fills a deferral; clear it.
const CLEARED = { r8: "", r9: "", r10: "", r11: "" };
const R1 = "The force now records the protected characteristics of every rape victim at first contact, and the data quality team audits a sample each month.";
const R2 = "A joint plan with the Crown Prosecution Service sets out how victims are kept informed, reviewed quarterly at the local criminal justice board.";

async function openPublishList(port: FakeWordPort, today?: Date) {
  const pane = renderPane({ port, ...(today ? { today } : {}) });
  await pane.user.click(await screen.findByRole("button", { name: /Response to rape – Phase one/ }));
  await pane.user.click(screen.getByRole("tab", { name: "Coverage" }));
  await screen.findByRole("heading", { name: /of 13 answered/ });
  await pane.user.click(screen.getByRole("button", { name: "Ready to publish?" }));
  return pane;
}

const thingsLeft = () => Number(/(\d+) things? left/.exec(screen.getByText(/^Not ready yet:/).textContent ?? "")?.[1]);

describe("Ready to publish? follows the document while it is shown", () => {
  it("drops a recommendation the user answers in the document, without a second click and with no extra read", async () => {
    const port = new FakeWordPort({ snapshot: snapshotFromPlan(sections, { ...CLEARED, r1: R1 }) });
    await openPublishList(port);
    const left = await screen.findByRole("list", { name: "Left before publication" });
    expect(within(left).getByText("Recommendation 2 is not yet answered.")).toBeInTheDocument();
    const before = thingsLeft();
    const reads = port.callsOf("readSnapshot").length;

    // The user answers recommendation 2 in Word.
    port.snapshot = snapshotFromPlan(sections, { ...CLEARED, r1: R1, r2: R2 });
    port.emitDocumentChanged();
    expect(await screen.findByRole("heading", { name: "2 of 13 answered" })).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Left before publication" })).queryByText("Recommendation 2 is not yet answered.")).not.toBeInTheDocument());
    expect(thingsLeft()).toBe(before - 1);
    // One read for both: the whole document (the list needs the letter around the sections).
    expect(port.callsOf("readSnapshot").slice(reads).map((c) => c.scope)).toEqual(["document"]);
  });

  it("once the list is gone (another tab), coverage re-checks read only the sections again", async () => {
    const port = new FakeWordPort({ snapshot: snapshotFromPlan(sections, { ...CLEARED, r1: R1 }) });
    const { user } = await openPublishList(port);
    await screen.findByRole("list", { name: "Left before publication" });
    await user.click(screen.getByRole("tab", { name: "Draft" }));
    await waitFor(() => expect(screen.queryByRole("list", { name: "Left before publication" })).not.toBeInTheDocument());
    const reads = port.callsOf("readSnapshot").length;
    port.snapshot = snapshotFromPlan(sections, { ...CLEARED, r1: R1, r2: R2 });
    port.emitDocumentChanged();
    await waitFor(() => expect(port.callsOf("readSnapshot").slice(reads).map((c) => c.scope)).toEqual(["sections"]));

    // Back on the tab, the list computed before that check is brought up to date at once.
    await user.click(screen.getByRole("tab", { name: "Coverage" }));
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Left before publication" })).queryByText("Recommendation 2 is not yet answered.")).not.toBeInTheDocument());
  });
});

describe("Ready to publish? on the add-in's whole letter", () => {
  const settings = {
    pccName: "Jordan Reyes",
    pccTitle: "Police and Crime Commissioner for Northvale",
    forceName: "Northvale Police",
    policeArea: "Northvale",
    officeName: "Office of the PCC for Northvale",
    signatory: "Jordan Reyes",
  };
  const narrative = builtInStyles.find((s) => s.id === "narrative-letter")!;
  const letter = composeDraft(inspection, narrative, settings, { today: new Date(2021, 8, 1) }).plan;
  const answers = Object.fromEntries(
    inspection.recommendations.map((r) => [r.id, `For recommendation ${r.number}, the force has appointed a named lead who reports progress to the PCC's accountability board every quarter.`]),
  );
  const boxes = ["chief-constable-comments", "pcc-comments"].map((name) => letterBlockTag(name, inspection.id));

  /** The whole letter, every recommendation answered, with the letter's boxes written in or not. */
  function document(written: boolean): DocumentSnapshot {
    const snapshot = snapshotFromPlan(letter, answers);
    if (!written) return snapshot;
    for (const tag of boxes) {
      const text = "The Chief Constable welcomed the report and set up a programme board to oversee the work.";
      snapshot.paragraphs.find((p) => p.controlTags?.at(-1) === tag)!.text = text;
      snapshot.controls.find((c) => c.tag === tag)!.text = text;
    }
    return snapshot;
  }

  it("lists each empty box with a way to it; written in, the list turns green though the deadline has passed", async () => {
    const port = new FakeWordPort({ snapshot: document(false) });
    // Four days after the deadline (9 September 2021).
    const { user } = await openPublishList(port, new Date(2021, 8, 13, 10));
    const left = await screen.findByRole("list", { name: "Left before publication" });
    expect(within(left).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "“Chief Constable's comments” is still empty: write it, or remove the box if you will not publish them.",
      "“PCC comments” is still empty: write it, or remove the box if you will not publish them.",
    ]);
    expect(screen.getByText("Not ready yet: 2 things left.")).toBeInTheDocument();
    expect(screen.getByText("The 56-day deadline passed on 9 September 2021 (4 days ago): publish it as soon as it is ready.")).toBeInTheDocument();
    await user.click(within(left).getByRole("button", { name: /^“PCC comments” is still empty/ }));
    await waitFor(() => expect(port.callsOf("selectTag").at(-1)).toMatchObject({ tag: boxes[1], where: "start" }));

    port.snapshot = document(true);
    port.emitDocumentChanged();
    // The verdict, and the deadline said once: no second "publish now", no due date again.
    const verdict = (await screen.findByText("Ready to publish")).closest(".fui-MessageBar");
    expect(verdict).toHaveTextContent(
      /^Ready to publish\s*The 56-day deadline passed on 9 September 2021 \(4 days ago\): publish it now\. Every recommendation is answered and the letter is complete\. Send copies to HMICFRS and the Home Secretary\.$/,
    );
    expect(verdict?.textContent?.match(/9 September 2021/g)).toHaveLength(1);
    expect(screen.queryByRole("list", { name: "Left before publication" })).not.toBeInTheDocument();
  });
});
