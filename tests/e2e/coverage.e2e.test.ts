// Coverage in the preview: after inserting a response, the pane counts what the document answers,
// follows the person typing answers into it, and takes them to an unanswered section.
import catalog from "../../assets/catalog.json";
import type { FrameLocator } from "playwright-core";
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseHouseStyle, chooseInspection, control, documentArea, taskPane, typeInto } from "./paneFlows";

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

  it("counts nothing as answered right after the response is inserted: the standard deferrals need attention", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await chooseHouseStyle(pane, "Narrative letter");
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await control(page, `Recommendation ${total}`).waitFor({ timeout: 20_000 });

    await pane.getByRole("tab", { name: "Coverage" }).click();
    await answeredCount(pane, 0).waitFor({ timeout: 15_000 });
    expect(await pane.getByLabel("How the recommendations stand").innerText()).toBe(`0 answered · 0 deferred · ${total} need attention · 0 missing`);
    expect(deferred).toBeGreaterThan(0);
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
    const row = list.getByRole("listitem").filter({ has: pane.getByRole("img", { name: `recommendation ${target.number}: placeholder` }) });
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
});
