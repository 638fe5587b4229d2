// Coverage in the preview: after inserting a response, the pane counts what the document answers,
// follows the person typing answers into it, and takes them to an unanswered section.
import catalog from "../../assets/catalog.json";
import type { FrameLocator } from "playwright-core";
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseHouseStyle, chooseInspection, control, documentArea, setUpOffice, taskPane, typeInto } from "./paneFlows";

const inspection = catalog.inspections.find((i) => i.shortTitle === RAPE_PHASE_ONE)!;
const total = inspection.recommendations.length;
// Recommendations for national bodies get the standard "addressed elsewhere" wording: until the
// office reviews it, it needs attention and does not count (issue 13).
const deferred = inspection.recommendations.filter((r) => !r.localResponseExpected).length;

const answeredCount = (pane: FrameLocator, n: number) => pane.getByRole("heading", { name: `${n} of ${total} answered` });

describe("coverage in the preview", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("counts nothing as answered right after the response is inserted: the standard deferrals are deferred, not reviewed", async () => {
    const { page } = session;
    const pane = taskPane(page);
    // As a new office does: its details first, so the standard deferrals hold no "[force name]".
    await setUpOffice(pane);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await chooseHouseStyle(pane, "Narrative letter");
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await control(page, `Recommendation ${total}`).waitFor({ timeout: 20_000 });

    await pane.getByRole("tab", { name: "Coverage" }).click();
    await answeredCount(pane, 0).waitFor({ timeout: 15_000 });
    // The issue's headline: each group as the rows' badges show it.
    expect(await pane.getByLabel("How the recommendations stand").innerText()).toBe(`0 answered · ${deferred} deferred (not reviewed) · ${total - deferred} not yet answered · 0 missing`);
    expect(deferred).toBeGreaterThan(0);
    const list = pane.getByRole("list", { name: "Coverage by recommendation" });
    const badges = list.locator(":scope > li").getByRole("img", { name: /^recommendation \d+: / });
    expect((await badges.allInnerTexts()).filter((t) => t === "deferred · not reviewed")).toHaveLength(deferred);
    expect((await badges.allInnerTexts()).filter((t) => t === "not yet answered")).toHaveLength(total - deferred);
    expect(await list.getByText(/Needs attention: Deferred with the standard wording, not yet reviewed/).count()).toBe(deferred);
    await screenshot(page, "coverage-after-insert");
    // The filter shows exactly what the headline does not count as done, and says how many.
    const only = pane.getByRole("switch", { name: `Show only what needs attention or is missing (${total})` });
    await only.click();
    const rows = list.locator(":scope > li");
    expect(await rows.count()).toBe(total);
    await only.click();
    expect(session.allProblems()).toEqual([]);
  });

  it("counts two answers typed into the document", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const [a, b] = inspection.recommendations.filter((r) => r.localResponseExpected);
    await typeInto(page, `Response to recommendation ${a.number}`, "Protected characteristics are now mandatory fields, audited monthly by the crime registrar.");
    await typeInto(page, `Response to recommendation ${b.number}`, "The force and two advisory services now meet every six weeks and share one referral form.");

    // The pane re-reads the document after the person's edits (at most every two seconds).
    await answeredCount(pane, 2).waitFor({ timeout: 15_000 });
    await screenshot(page, "coverage-two-answers");
    expect(session.allProblems()).toEqual([]);
  });

  it("puts the cursor at the start of an unanswered recommendation's response when its row is clicked", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const target = inspection.recommendations.filter((r) => r.localResponseExpected)[4];
    const list = pane.getByRole("list", { name: "Coverage by recommendation" });
    const row = list.getByRole("listitem").filter({ has: pane.getByRole("img", { name: `recommendation ${target.number}: not yet answered` }) });
    await row.getByRole("button", { name: new RegExp(`^Recommendation ${target.number}:`) }).click();

    // The caret (the paragraph holding the cursor) is in that recommendation's response.
    const caret = documentArea(page).locator('[data-para][data-cursor="true"]');
    await caret.first().waitFor({ timeout: 10_000 });
    expect(await caret.first().evaluate((el) => (el.closest("[data-tag]") as HTMLElement | null)?.dataset.tag)).toBe(`ird:response:${inspection.id}:${target.id}`);
    const inView = await caret.first().evaluate((el) => {
      const box = el.getBoundingClientRect();
      const view = el.closest("main")!.getBoundingClientRect();
      return box.top >= view.top - 1 && box.top < view.bottom;
    });
    expect(inView).toBe(true);

    await screenshot(page, "coverage-go-to-section");
    expect(session.allProblems()).toEqual([]);
  });

  it("adds the coverage table after the last section, and a second time updates that same table in place", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const doc = documentArea(page);
    const table = doc.locator(`[data-tag="ird:block:coverage-table:${inspection.id}"]`);
    await pane.getByRole("button", { name: "Add coverage table to document" }).click();
    await pane.getByText("Coverage table added").waitFor({ timeout: 15_000 });
    expect(await pane.getByText("It is after the last recommendation’s section.").count()).toBe(1);
    expect(await table.count()).toBe(1);
    // After the last section, before the letter's closing and signature.
    const order = await doc.locator("[data-tag]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.tag ?? ""));
    const at = order.indexOf(`ird:block:coverage-table:${inspection.id}`);
    expect(at).toBeGreaterThan(order.lastIndexOf(`ird:section:${inspection.id}:${inspection.recommendations[total - 1].id}`));
    expect(at).toBeLessThan(order.findIndex((t) => t.startsWith("ird:block:signature")));
    const answeredRows = async () => (await table.locator("tr").allInnerTexts()).filter((r) => r.trim().split(/\s*\t\s*|\n/).at(-1) === "answered").length;
    expect(await answeredRows()).toBe(2);
    // The table says what the badges say.
    const rowsSaying = async (status: string) => (await table.locator("tr").allInnerTexts()).filter((r) => r.trim().split(/\s*\t\s*|\n/).at(-1) === status).length;
    expect(await rowsSaying("deferred · not reviewed")).toBe(deferred);
    expect(await rowsSaying("answered (for another body)")).toBe(0);

    const c = inspection.recommendations.filter((r) => r.localResponseExpected)[2];
    await typeInto(page, `Response to recommendation ${c.number}`, "The victim care unit now calls every complainant within two days, audited each quarter.");
    await answeredCount(pane, 3).waitFor({ timeout: 15_000 });
    await pane.getByRole("button", { name: "Update coverage table" }).click();
    await pane.getByText("Coverage table updated").waitFor({ timeout: 15_000 });
    expect(await table.count()).toBe(1);
    expect(await doc.locator("table").count()).toBe(1);
    expect(await answeredRows()).toBe(3);
    // The add-in's own table is no table of the office's: no note about tables, here or in Ready to publish.
    await pane.getByRole("button", { name: "Check again" }).click();
    await pane.getByRole("button", { name: "Check again", disabled: false }).waitFor({ timeout: 15_000 });
    expect(await pane.getByText(/Part of the document is in tables/).count()).toBe(0);
    await screenshot(page, "coverage-table-updated");
    expect(session.allProblems()).toEqual([]);
  });

  it("Remove section asks first, naming the recommendation, and then removes just that section", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const doc = documentArea(page);
    const target = inspection.recommendations.filter((r) => r.localResponseExpected)[5];
    const sectionAt = doc.locator(`[data-tag="ird:section:${inspection.id}:${target.id}"]`);
    expect(await sectionAt.count()).toBe(1);
    const sectionsBefore = await doc.locator('[data-tag^="ird:section:"]').count();
    await pane.getByRole("button", { name: `Remove section for recommendation ${target.number}` }).click();
    const dialog = pane.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(new RegExp(`Remove the section for recommendation ${target.number}\\?[\\s\\S]*including anything typed in the response`));
    await screenshot(page, "coverage-remove-section-confirm");
    await dialog.getByRole("button", { name: "Remove section" }).click();
    await pane.getByText(`Removed the section for recommendation ${target.number}`).waitFor({ timeout: 15_000 });
    expect(await sectionAt.count()).toBe(0);
    expect(await doc.locator('[data-tag^="ird:section:"]').count()).toBe(sectionsBefore - 1);
    await pane.getByRole("img", { name: `recommendation ${target.number}: missing` }).waitFor({ timeout: 15_000 });
    expect(session.allProblems()).toEqual([]);
  });

  it("asks before inserting sections for a second inspection into this document", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const doc = documentArea(page);
    const before = await doc.locator("[data-tag]").count();
    await chooseInspection(pane, "Response to rape – Phase two");
    await pane.getByRole("button", { name: "Insert full response" }).click();
    const dialog = pane.getByRole("alertdialog");
    await dialog.waitFor({ timeout: 15_000 });
    expect(await dialog.innerText()).toContain(`This document already holds the response to ${RAPE_PHASE_ONE}. Insert sections for Response to rape – Phase two as well?`);
    await screenshot(page, "draft-second-inspection-question");
    await dialog.getByRole("button", { name: "Don't insert" }).click();
    await pane.getByText("Full response not inserted").waitFor({ timeout: 15_000 });
    expect(await doc.locator("[data-tag]").count()).toBe(before);
    expect(await doc.locator('[data-tag^="ird:section:cjji-rape-phase-2"]').count()).toBe(0);
    expect(session.allProblems()).toEqual([]);
  });
});

describe("coverage of an inspection whose recommendations all need a local answer", () => {
  const phaseTwo = catalog.inspections.find((i) => i.shortTitle === "Response to rape – Phase two")!;
  const count = (pane: FrameLocator, n: number) => pane.getByRole("heading", { name: `${n} of ${phaseTwo.recommendations.length} answered` });
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("shows 0 answered after inserting the response, then 2 once two answers are typed", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await chooseInspection(pane, phaseTwo.shortTitle);
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await control(page, `Response to recommendation ${phaseTwo.recommendations.length}`).waitFor({ timeout: 20_000 });
    await pane.getByRole("tab", { name: "Coverage" }).click();
    await count(pane, 0).waitFor({ timeout: 15_000 });

    await typeInto(page, "Response to recommendation 1", "Victims now get a named contact from charge to verdict, with fortnightly updates.");
    await typeInto(page, "Response to recommendation 3", "Officers offer a victim personal statement at first account and again before trial.");
    await count(pane, 2).waitFor({ timeout: 15_000 });
    await screenshot(page, "coverage-phase-two-two-answers");
    expect(session.allProblems()).toEqual([]);
  });

  it("an answer that names no action keeps its status with a warning, counted as needing attention, until an action is added", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const standing = pane.getByLabel("How the recommendations stand");
    const list = pane.getByRole("list", { name: "Coverage by recommendation" });
    await typeInto(page, "Response to recommendation 2", "Noted.");
    const warned = list.getByRole("img", { name: "recommendation 2: answered, needs attention" });
    await warned.waitFor({ timeout: 15_000 });
    expect(await warned.innerText()).toBe("answered · needs attention");
    expect(await list.getByText(/Needs attention: No action or reason given/).count()).toBe(1);
    expect(await standing.innerText()).toBe("2 answered · 1 needs attention · 0 missing");
    await count(pane, 2).waitFor();
    // "Noted." is among what needs attention, in the filter too.
    const only = pane.getByRole("switch", { name: "Show only what needs attention or is missing (1)" });
    await only.click();
    expect(await list.locator(":scope > li").count()).toBe(1);
    expect(await list.getByRole("button", { name: /^Recommendation 2:/ }).count()).toBe(1);
    await screenshot(page, "coverage-phase-two-noted-needs-attention");

    await typeInto(page, "Response to recommendation 2", " The force and the local CPS team have since agreed a joint protocol for keeping victims informed.");
    await count(pane, 3).waitFor({ timeout: 15_000 });
    expect(await standing.innerText()).toBe("3 answered · 0 missing");
    expect(await list.getByText(/Needs attention/).count()).toBe(0);
    expect(await pane.getByText("Nothing needs attention and nothing is missing.").count()).toBe(1);
    expect(session.allProblems()).toEqual([]);
  });
});
