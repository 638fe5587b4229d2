/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeSectionsDraft } from "../../src/domain/compose";
import { readFileText } from "../../src/taskpane/readFile";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, renderPane } from "../support/uiHarness";
import { snapshotFromPlan } from "../support/uiSnapshots";

const RAPE_ONE = /Response to rape – Phase one/;
const inspection = parseCatalog(builtInCatalog()).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
// A document holding just the 13 sections, as "Insert missing sections" leaves an empty one.
const plan = composeSectionsDraft(inspection, builtInStyles[0], {}, undefined, { today: new Date(2021, 7, 20) }).plan;

// Our own words: one real action each, so coverage counts them as answered.
const ANSWERS = {
  r1: "The force now records the protected characteristics of every rape victim at first contact, and the data quality team audits a sample each month.",
  r2: "A joint plan with the Crown Prosecution Service sets out how victims are kept informed, reviewed quarterly at the local criminal justice board.",
};

// Recommendations 8-11 are for national bodies: compose pre-fills a deferral, which counts as an answer; clear it.
const CLEARED = { r8: "", r9: "", r10: "", r11: "" };

/** 1 and 2 answered; 3 to 12 still placeholders; section 13 deleted. */
const twoAnswered = () => snapshotFromPlan(plan, { ...CLEARED, ...ANSWERS }, ["r13"]);

async function openCoverage(port: FakeWordPort) {
  const pane = renderPane({ port });
  await pane.user.click(await screen.findByRole("button", { name: RAPE_ONE }));
  await pane.user.click(screen.getByRole("tab", { name: "Coverage" }));
  await screen.findByRole("heading", { name: /of 13 answered/ });
  return pane;
}

describe("coverage", () => {
  it("counts 2 of 13 answered and gives each recommendation a status screen readers can hear", async () => {
    await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    expect(screen.getByRole("heading", { name: "2 of 13 answered" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "recommendation 1: answered" })).toBeInTheDocument();
    // Plain words: a recommendation with no answer yet is "not yet answered", never "placeholder".
    expect(screen.getByRole("img", { name: "recommendation 3: not yet answered" })).toHaveTextContent("not yet answered");
    expect(screen.getByRole("img", { name: "recommendation 13: missing" })).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Recommendations answered" })).toHaveAttribute("aria-valuenow", "2");
  });

  it("says first among its notes when the document names another inspection than the one chosen", async () => {
    // A reviewer's letter about phase two (title and portal reference), opened with phase one chosen.
    const phaseTwo = parseCatalog(builtInCatalog()).inspections.find((i) => i.id === "cjji-rape-phase-2-2022")!;
    const paragraphs = [`Inspection title: #21866 ${phaseTwo.title}`, "1. Immediately, police and prosecutors should review their processes.", "The force has reviewed them and set up a joint panel."].map((text) => ({ text }));
    await openCoverage(new FakeWordPort({ snapshot: { paragraphs, controls: [], storedInspection: null } }));
    const notes = screen.getByRole("list", { name: "Notes on this document" });
    expect(within(notes).getAllByRole("listitem")[0]).toHaveTextContent(
      "The document names another inspection, “Response to rape – Phase two” (cjji-rape-phase-2-2022), and not “Response to rape – Phase one” (cjji-rape-phase-1-2021), which it was checked against: make sure it is the right inspection.",
    );
  });

  it("shows a warning beside an answer that gives no action and no reason; it keeps its status but needs attention", async () => {
    await openCoverage(new FakeWordPort({ snapshot: snapshotFromPlan(plan, { ...CLEARED, ...ANSWERS, r3: "We welcome this recommendation." }, ["r13"]) }));
    expect(screen.getByRole("heading", { name: "2 of 13 answered" })).toBeInTheDocument();
    expect(screen.getByLabelText("How the recommendations stand")).toHaveTextContent("2 answered · 1 needs attention · 9 not yet answered · 1 missing");
    // The status word stays, but the badge says it needs attention, as the headline counts it.
    expect(screen.getByRole("img", { name: "recommendation 3: answered, needs attention" })).toHaveTextContent(/^answered · needs attention$/);
    expect(screen.getByRole("img", { name: "recommendation 1: answered" })).toBeInTheDocument();
    const row = screen.getByRole("button", { name: /^Recommendation 3:/ }).closest("li")!;
    expect(within(row).getByText(/Needs attention: No action or reason given/)).toBeInTheDocument();
    const row1 = screen.getByRole("button", { name: /^Recommendation 1:/ }).closest("li")!;
    expect(within(row1).queryByText(/Needs attention/)).not.toBeInTheDocument();
  });

  it("does not count the add-in's own deferral wording, left as inserted, as an answer", async () => {
    // As "Insert full response" leaves it, with the office's settings filled in: recommendations 8-11 carry the standard deferral wording.
    const settings = { pccName: "Jordan Reyes", pccTitle: "Police and Crime Commissioner for Northvale", forceName: "Northvale Police", policeArea: "Northvale", officeName: "Office of the PCC for Northvale", signatory: "Jordan Reyes" };
    const drafted = composeSectionsDraft(inspection, builtInStyles[0], settings, undefined, { today: new Date(2021, 7, 20) }).plan;
    await openCoverage(new FakeWordPort({ snapshot: snapshotFromPlan(drafted, {}, []) }));
    expect(screen.getByRole("heading", { name: "0 of 13 answered" })).toBeInTheDocument();
    expect(screen.getByLabelText("How the recommendations stand")).toHaveTextContent(/^0 answered · 5 deferred \(not reviewed\) · 8 not yet answered · 0 missing$/);
    const row = screen.getByRole("button", { name: /^Recommendation 8:/ }).closest("li")!;
    expect(within(row).getByText(/Deferred with the standard wording, not yet reviewed/)).toBeInTheDocument();
    // The row says what the headline counts: not a plain "deferred", but deferred and not reviewed.
    expect(within(row).getByRole("img", { name: "recommendation 8: deferred, not reviewed" })).toHaveTextContent("deferred · not reviewed");
    expect(screen.queryByRole("img", { name: /: deferred$/ })).not.toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Recommendations answered" })).toHaveAttribute("aria-valuenow", "0");
  });

  it("puts the cursor at the start of a recommendation's response when its row is clicked", async () => {
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    await user.click(screen.getByRole("button", { name: /^Recommendation 3:/ }));
    await waitFor(() => expect(port.callsOf("selectTag")).toEqual([{ method: "selectTag", tag: "ird:response:cjji-rape-phase-1-2021:r3", where: "start" }]));
  });

  it("says a missing recommendation is not in the document yet instead of selecting anything", async () => {
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    await user.click(screen.getByRole("button", { name: /^Recommendation 13:/ }));
    expect(await screen.findByText("Recommendation 13 is not in the document yet")).toBeInTheDocument();
    expect(port.callsOf("selectTag")).toHaveLength(0);
    expect(port.callsOf("selectParagraph")).toHaveLength(0);
  });

  it("goes to the paragraph where a recommendation was found in a document not drafted with the add-in", async () => {
    const rec4 = inspection.recommendations[3];
    const port = new FakeWordPort({
      snapshot: {
        paragraphs: [
          { text: "Response to the joint inspection of the police and CPS response to rape" },
          { text: `Recommendation 4: ${rec4.text}` },
          { text: "We accept this. The force has trained every investigator in the new approach and the first audit reported in June." },
        ],
        controls: [],
      },
    });
    const { user } = await openCoverage(port);
    await user.click(screen.getByRole("button", { name: /^Recommendation 4:/ }));
    await waitFor(() => expect(port.callsOf("selectParagraph").length).toBe(1));
    expect(port.callsOf("selectParagraph")[0].index).toBeGreaterThanOrEqual(1);
    // How sure the match is, and the words it rests on, on request.
    const row = screen.getByRole("button", { name: /^Recommendation 4:/ }).closest("li")!;
    expect(within(row).getByText(/^Found by its text, \d+% sure\./)).toBeInTheDocument();
    await user.click(within(row).getByRole("button", { name: "Show evidence" }));
    expect(within(row).getByText(/trained every investigator/)).toBeInTheDocument();
  });

  it("filters to what needs attention or is missing", async () => {
    const { user } = await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    const list = () => screen.getByRole("list", { name: "Coverage by recommendation" });
    // One row per recommendation, and one under recommendation 5 for each of its four parts.
    expect(within(list()).getAllByRole("listitem")).toHaveLength(13 + 4);
    await user.click(screen.getByRole("switch", { name: "Show only what needs attention or is missing (11)" }));
    expect(within(list()).getAllByRole("listitem")).toHaveLength(11 + 4);
    expect(within(list()).queryByRole("img", { name: /recommendation 1: / })).not.toBeInTheDocument();
  });

  it("shows exactly the rows the headline does not count as done, as many as the headline and the switch say", async () => {
    // A mixed document, answers in our own words: two real answers, three that name no action,
    // two default deferrals as inserted, one deferral the office rewrote, empty ones, one deleted.
    const settings = { pccName: "Jordan Reyes", pccTitle: "Police and Crime Commissioner for Northvale", forceName: "Northvale Police", policeArea: "Northvale", officeName: "Office of the PCC for Northvale", signatory: "Jordan Reyes" };
    const drafted = composeSectionsDraft(inspection, builtInStyles[0], settings, undefined, { today: new Date(2021, 7, 20) }).plan;
    const answers = {
      ...ANSWERS,
      r3: "Noted.",
      r4: "We welcome this recommendation.",
      r6: "We do not accept this recommendation.",
      r10: "This recommendation is for the College of Policing to lead; we will adopt its guidance when it is issued.",
      r11: "",
    };
    const { user } = await openCoverage(new FakeWordPort({ snapshot: snapshotFromPlan(drafted, answers, ["r13"]) }));
    const standing = screen.getByLabelText("How the recommendations stand").textContent!;
    expect(standing).toBe("2 answered · 1 deferred · 2 deferred (not reviewed) · 3 need attention · 4 not yet answered · 1 missing");
    const [attention, missing] = [2 + 3 + 4, 1];

    const list = () => screen.getByRole("list", { name: "Coverage by recommendation" });
    // A row is a recommendation (its parts are rows of a list inside it).
    const rows = () => within(list()).getAllByRole("listitem").filter((li) => li.parentElement === list());
    const badge = (row: HTMLElement) => within(row).getAllByRole("img")[0].getAttribute("aria-label")!;
    // Every row the headline does not count as done looks it: never a plain "answered" or "deferred".
    const flagged = rows().filter((r) => /needs attention|not reviewed|not yet answered/.test(badge(r)));
    expect(flagged).toHaveLength(attention);

    await user.click(screen.getByRole("switch", { name: `Show only what needs attention or is missing (${attention + missing})` }));
    expect(rows()).toHaveLength(attention + missing);
    // What was hidden before: "Noted.", the refusal with no reason, and the unreviewed deferrals.
    for (const n of [3, 4, 6, 8, 9]) expect(within(list()).getByRole("button", { name: new RegExp(`^Recommendation ${n}:`) })).toBeInTheDocument();
    for (const n of [1, 2, 10]) expect(within(list()).queryByRole("button", { name: new RegExp(`^Recommendation ${n}:`) })).not.toBeInTheDocument();
    expect(rows().map(badge).filter((b) => /: (?:answered|deferred)$/.test(b))).toEqual([]);
  });

  it("counts in each headline group exactly the rows whose badge says it", async () => {
    // A mixed document: real answers, answers naming no action, default deferrals as inserted, a
    // deferral the office rewrote, empty ones, one deleted.
    const settings = { pccName: "Jordan Reyes", pccTitle: "Police and Crime Commissioner for Northvale", forceName: "Northvale Police", policeArea: "Northvale", officeName: "Office of the PCC for Northvale", signatory: "Jordan Reyes" };
    const drafted = composeSectionsDraft(inspection, builtInStyles[0], settings, undefined, { today: new Date(2021, 7, 20) }).plan;
    const answers = { ...ANSWERS, r3: "Noted.", r4: "We welcome this recommendation.", r10: "This recommendation is for the College of Policing to lead; we will adopt its guidance when it is issued.", r11: "" };
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: snapshotFromPlan(drafted, answers, ["r13"]) }));
    // Each headline group and the badge texts that belong to it.
    const GROUPS: [RegExp, string[]][] = [
      [/^(\d+) answered$/, ["answered"]],
      [/^(\d+) deferred$/, ["deferred"]],
      [/^(\d+) deferred \(not reviewed\)$/, ["deferred · not reviewed"]],
      [/^(\d+) needs? attention$/, ["answered · needs attention", "deferred · needs attention"]],
      [/^(\d+) not yet answered$/, ["not yet answered"]],
      [/^(\d+) missing$/, ["missing"]],
    ];
    const list = screen.getByRole("list", { name: "Coverage by recommendation" });
    const badges = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === list)
      .map((row) => within(row).getAllByRole("img")[0].textContent!);
    const groups = screen.getByLabelText("How the recommendations stand").textContent!.split(" · ");
    const counted = groups.map((group) => {
      const [pattern, words] = GROUPS.find(([re]) => re.test(group)) ?? [];
      expect(pattern).toBeDefined();
      const n = Number(pattern!.exec(group)![1]);
      expect([group, badges.filter((b) => words!.includes(b)).length]).toEqual([group, n]);
      return n;
    });
    // Every row is in one group the headline shows; a group with no rows shows only for answered and missing.
    expect(counted.reduce((a, b) => a + b, 0)).toBe(13);
    for (const [re, words] of GROUPS) if (badges.some((b) => words.includes(b))) expect(groups.some((g) => re.test(g))).toBe(true);
    expect(groups.length).toBeGreaterThanOrEqual(5);
    // The bar and the switch follow: done is answered + deferred; the switch shows the rest.
    const done = badges.filter((b) => b === "answered" || b === "deferred").length;
    expect(screen.getByRole("progressbar", { name: "Recommendations answered" })).toHaveAttribute("aria-valuenow", String(done));
    expect(screen.getByRole("switch", { name: `Show only what needs attention or is missing (${13 - done})` })).toBeInTheDocument();

    // The coverage table in the letter says what the badges say, row for row ("Noted." is no plain "answered").
    await user.click(screen.getByRole("button", { name: "Add coverage table to document" }));
    await screen.findByText("Coverage table added");
    const [{ table }] = port.callsOf("putTable");
    expect(table.rows.filter((r) => /^\d+$/.test(r[0])).map((r) => r[2])).toEqual(badges);
    expect(table.rows[3][2]).toBe("answered · needs attention");
  });

  it("words the parts an answer may leave out as something to check, not as unanswered, in the pane and in the coverage table", async () => {
    // Recommendation 5 answered in our own words, naming none of its four parts.
    const r5 = "The force and the CPS have agreed a joint action plan, signed in May, which the local criminal justice board monitors each quarter.";
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: snapshotFromPlan(plan, { ...CLEARED, ...ANSWERS, r5 }, ["r13"]) }));
    expect(screen.getByRole("img", { name: "recommendation 5: answered" })).toHaveTextContent(/^answered$/);
    const parts = within(screen.getByRole("list", { name: "Parts of recommendation 5" })).getAllByRole("img");
    expect(parts.map((b) => b.textContent)).toEqual(Array(4).fill("may not be covered"));
    expect(parts.map((b) => b.getAttribute("aria-label"))).toEqual([1, 2, 3, 4].map((n) => `recommendation 5, part ${n}: may not be covered`));
    // Neutral, not the warning look of the groups the headline does not count as done.
    for (const b of parts) expect(b).toHaveAttribute("data-standing", "check");
    expect(screen.getByText("The response may not cover any of its 4 parts: check the parts below.")).toBeInTheDocument();
    expect(screen.queryByText(/not yet answered/, { selector: "[aria-label^='recommendation 5, part']" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Add coverage table to document" }));
    await screen.findByText("Coverage table added");
    const [{ table }] = port.callsOf("putTable");
    expect(table.rows.slice(6, 10).map((r) => [r[0], r[2]])).toEqual(["5.1", "5.2", "5.3", "5.4"].map((n) => [n, "may not be covered"]));
  });

  it("checks the document again after the user edits it, at most once per interval while typing", async () => {
    const port = new FakeWordPort({ snapshot: twoAnswered() });
    await openCoverage(port);
    const before = port.callsOf("readSnapshot").length;
    port.snapshot = snapshotFromPlan(plan, { ...CLEARED, ...ANSWERS, r3: "We have appointed a lead for rape investigations who reports progress to the PCC every month at the accountability board." }, ["r13"]);
    for (let i = 0; i < 20; i++) port.emitDocumentChanged();

    expect(await screen.findByRole("heading", { name: "3 of 13 answered" })).toBeInTheDocument();
    // 20 change events, one burst: one scan, or two if the burst straddled an interval.
    await new Promise((r) => setTimeout(r, 200));
    expect(port.callsOf("readSnapshot").length - before).toBeLessThanOrEqual(2);
  });

  it("re-checks a document drafted with the add-in by reading only its sections, and reads everything when a section is gone", async () => {
    const allThere = snapshotFromPlan(plan, { ...CLEARED, ...ANSWERS });
    const port = new FakeWordPort({ snapshot: allThere });
    await openCoverage(port);
    // Opening the tab reads the whole document.
    expect(port.callsOf("readSnapshot").map((c) => c.scope)).toEqual(["document"]);

    port.snapshot = snapshotFromPlan(plan, { ...CLEARED, ...ANSWERS, r3: "We have appointed a lead for rape investigations who reports to the PCC every month." });
    port.emitDocumentChanged();
    expect(await screen.findByRole("heading", { name: "3 of 13 answered" })).toBeInTheDocument();
    expect(port.callsOf("readSnapshot").map((c) => c.scope)).toEqual(["document", "sections"]);

    // Section 13 deleted: its recommendation may be answered elsewhere, so the whole document is read.
    port.snapshot = snapshotFromPlan(plan, { ...CLEARED, ...ANSWERS }, ["r13"]);
    port.emitDocumentChanged();
    await waitFor(() => expect(port.callsOf("readSnapshot").map((c) => c.scope)).toEqual(["document", "sections", "sections", "document"]));
    expect(await screen.findByRole("img", { name: "recommendation 13: missing" })).toBeInTheDocument();

    // Check again always reads everything.
    await userEvent.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(port.callsOf("readSnapshot").at(-1)?.scope).toBe("document"));
  });

  it("Ready to publish? lists what is left, each with a way to its place, and reads the whole document", async () => {
    const port = new FakeWordPort({ snapshot: twoAnswered() });
    const { user } = await openCoverage(port);
    await user.click(screen.getByRole("button", { name: "Ready to publish?" }));
    const left = await screen.findByRole("list", { name: "Left before publication" });
    expect(screen.getByText(/^Not ready yet: \d+ things left/)).toBeInTheDocument();
    expect(within(left).getByText("Recommendation 13 is not in the document.")).toBeInTheDocument();
    expect(within(left).getByText("The letter has no date of its own (only the report's dates).")).toBeInTheDocument();
    expect(port.callsOf("readSnapshot").at(-1)?.scope).toBe("document");
    await user.click(within(left).getByRole("button", { name: "Recommendation 3 is not yet answered." }));
    await waitFor(() => expect(port.callsOf("selectTag").at(-1)?.tag).toBe("ird:section:cjji-rape-phase-1-2021:r3"));
  });

  it("reports a failed scan in a message and keeps the last result", async () => {
    const port = new FakeWordPort({ snapshot: twoAnswered() });
    const { user } = await openCoverage(port);
    port.failNext("readSnapshot", { kind: "word", action: "read-document", writing: false }, "ActivityLimitReached");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByText("Could not check which recommendations are answered")).toBeInTheDocument();
    expect(screen.getByText(/Word could not read the document: Word is busy\. Wait a moment and try again\./)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "2 of 13 answered" })).toBeInTheDocument();
  });

  it("highlights the unanswered sections in the document on request", async () => {
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    await user.click(screen.getByRole("switch", { name: "Highlight unanswered sections" }));
    await waitFor(() => expect(port.callsOf("highlight").some((c) => c.on)).toBe(true));
    const on = port.callsOf("highlight").find((c) => c.on)!;
    expect(on.tags).toHaveLength(10);
    expect(on.tags).toContain("ird:response:cjji-rape-phase-1-2021:r3");
    expect(on.tags).not.toContain("ird:response:cjji-rape-phase-1-2021:r1");
  });

  it("refuses a second coverage table and says how to bring the first up to date", async () => {
    const withTable = twoAnswered();
    withTable.paragraphs.push({ text: "Recommendations and responses: Response to rape – Phase one", style: "Heading 2", controlTags: [] });
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: withTable }));
    await user.click(screen.getByRole("button", { name: "Add coverage table to document" }));
    expect(await screen.findByText("The document already has a coverage table")).toBeInTheDocument();
    expect(screen.getByText(/delete the table and its heading “Recommendations and responses: Response to rape – Phase one”, then add it again/)).toBeInTheDocument();
    expect(port.callsOf("putTable")).toHaveLength(0);
    expect(screen.getByRole("button", { name: "Add coverage table to document" })).toBeEnabled();
  });

  it("a second time, updates the table in place: the button says so, and the same tagged table is sent", async () => {
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    await user.click(screen.getByRole("button", { name: "Add coverage table to document" }));
    expect(await screen.findByText("Coverage table added")).toBeInTheDocument();
    expect(screen.getByText("It is after the last recommendation’s section.")).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Update coverage table" }));
    expect(await screen.findByText("Coverage table updated")).toBeInTheDocument();
    expect(screen.queryByText("Coverage table added")).not.toBeInTheDocument();
    const [first, second] = port.callsOf("putTable");
    expect(second.table.tag).toBe("ird:block:coverage-table:cjji-rape-phase-1-2021");
    expect(second.table).toEqual(first.table);
    expect(first.table.afterSectionsOf).toBe("ird:section:cjji-rape-phase-1-2021:");
    expect(first.table.widths).toHaveLength(3);
  });

  it("a document that already holds the table offers Update coverage table from the first check", async () => {
    const withTable = twoAnswered();
    withTable.controls.push({ tag: "ird:block:coverage-table:cjji-rape-phase-1-2021", title: "Coverage table", text: "", placeholderText: "" });
    await openCoverage(new FakeWordPort({ snapshot: withTable }));
    expect(await screen.findByRole("button", { name: "Update coverage table" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Add coverage table to document" })).not.toBeInTheDocument();
  });

  it("Remove section asks first, naming the recommendation and warning that typed text goes too; Keep it removes nothing", async () => {
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    // A missing recommendation has no section to remove.
    const row13 = screen.getByRole("button", { name: /^Recommendation 13:/ }).closest("li")!;
    expect(within(row13).queryByRole("button", { name: /Remove section/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove section for recommendation 2" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Remove the section for recommendation 2?" });
    expect(dialog).toHaveTextContent(/deletes recommendation 2 \(“.+”\) and its response from the document, including anything typed in the response/);
    await user.click(within(dialog).getByRole("button", { name: "Keep it" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(port.callsOf("removeSection")).toHaveLength(0);
  });

  it("Remove section, confirmed, removes that one section and the count follows", async () => {
    const { user, port } = await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    await user.click(screen.getByRole("button", { name: "Remove section for recommendation 2" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Remove section" }));
    expect(await screen.findByText("Removed the section for recommendation 2")).toBeInTheDocument();
    expect(port.callsOf("removeSection")).toEqual([{ method: "removeSection", tag: "ird:section:cjji-rape-phase-1-2021:r2" }]);
    await screen.findByRole("heading", { name: "1 of 13 answered" });
    expect(screen.getByRole("img", { name: "recommendation 2: missing" })).toBeInTheDocument();
  });

  it("Remove section with Track Changes on says the section is only marked as deleted", async () => {
    const port = new FakeWordPort({ snapshot: twoAnswered() });
    port.sectionRemovalTracked = true;
    const { user } = await openCoverage(port);
    await user.click(screen.getByRole("button", { name: "Remove section for recommendation 3" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Remove section" }));
    expect(await screen.findByText("Recommendation 3’s section is marked as deleted")).toBeInTheDocument();
    expect(screen.getByText(/Track Changes is on/)).toBeInTheDocument();
  });

  it.each([
    ["20 August 2021", new Date(2021, 7, 20, 10), "Response due 9 September 2021 · 20 days left", "in-time"],
    ["2 September 2021", new Date(2021, 8, 2, 10), "Response due 9 September 2021 · 7 days left", "due-soon"],
    ["9 September 2021", new Date(2021, 8, 9, 10), "Response due 9 September 2021 · due today", "due-soon"],
    ["13 September 2021", new Date(2021, 8, 13, 10), "Response due 9 September 2021 · 4 days overdue", "overdue"],
  ])("shows the statutory deadline on %s, coloured by how near it is", async (_when, today, label, urgency) => {
    const pane = renderPane({ port: new FakeWordPort({ snapshot: twoAnswered() }), today });
    await pane.user.click(await screen.findByRole("button", { name: RAPE_ONE }));
    await pane.user.click(screen.getByRole("tab", { name: "Coverage" }));
    const deadline = await screen.findByLabelText(label);
    expect(deadline).toHaveTextContent(label);
    expect(deadline).toHaveAttribute("data-urgency", urgency);
  });

  it("adds a coverage table to the document and exports the same as CSV", async () => {
    const { user, port, downloads } = await openCoverage(new FakeWordPort({ snapshot: twoAnswered() }));
    await user.click(screen.getByRole("button", { name: "Add coverage table to document" }));
    expect(await screen.findByText("Coverage table added")).toBeInTheDocument();
    const [{ table }] = port.callsOf("putTable");
    // A header, 13 recommendations, and recommendation 5's four parts under it.
    expect(table.rows).toHaveLength(1 + 13 + 4);
    expect(table.rows.slice(6, 10).map((r) => r[0])).toEqual(["5.1", "5.2", "5.3", "5.4"]);
    expect(table.rows[0]).toEqual(["No.", "Recommendation", "Status"]);
    expect(table.rows[1]).toEqual(["1", inspection.recommendations[0].text, "answered"]);
    expect(table.rows[3]).toEqual(["3", inspection.recommendations[2].text, "not yet answered"]);
    // The same words as the rows' badges.
    expect(table.rows.at(-1)).toEqual(["13", inspection.recommendations[12].text, "missing"]);
    expect(table.rows.some((r) => r[2] === "placeholder")).toBe(false);

    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe("coverage-cjji-rape-phase-1-2021.csv");
    const csv = await readFileText(downloads[0].blob);
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 13 + 4);
    expect(csv).toContain(",13,,");
  });
});
