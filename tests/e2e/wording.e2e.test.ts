// Approved wording in the preview (issue 10): find it with a typo, preview it, insert it into a
// response (in the response's own style, no empty line), be offered the nearest place when the
// cursor is in locked text, then a comms editor approves a new version and the pane lists the
// block as outdated and updates it. Run once on current Word and once as Word 2016 (?api=1.1).
import catalog from "../../assets/catalog.json";
import type { FrameLocator, Page } from "playwright-core";
import { responseTag } from "../../src/domain/tags";
import type { PreviewTestHook } from "../../src/preview/testHook";
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseHouseStyle, chooseInspection, control, taskPane } from "./paneFlows";

const inspection = catalog.inspections.find((i) => i.shortTitle === RAPE_PHASE_ONE)!;
const [first, second] = inspection.recommendations.filter((r) => r.localResponseExpected);
const ENTRY = "Response – already in place";
type HookWindow = { __irdHost: PreviewTestHook };

/** The paragraphs of a control in the document: their text and the style the page shows. */
async function paragraphsOf(page: Page, title: string): Promise<Array<{ text: string; style: string | null }>> {
  return control(page, title)
    .locator("[data-para]")
    .evaluateAll((els) => els.map((el) => ({ text: (el.textContent ?? "").trim(), style: el.getAttribute("data-style") })));
}

async function insertResponse(page: Page, pane: FrameLocator) {
  await chooseInspection(pane, RAPE_PHASE_ONE);
  await chooseHouseStyle(pane, "Narrative letter");
  await pane.getByRole("button", { name: "Insert full response" }).click();
  await control(page, `Recommendation ${inspection.recommendations.at(-1)!.number}`).waitFor({ timeout: 20_000 });
}

async function findAndChoose(pane: FrameLocator) {
  await pane.getByRole("tab", { name: "Wording" }).click();
  await pane.getByRole("searchbox").fill("alredy in plase");
  const list = pane.getByRole("list", { name: "Wording" });
  await list.getByRole("button", { name: new RegExp(`^${ENTRY}`) }).first().click();
  await pane.getByRole("region", { name: `Preview of ${ENTRY}` }).waitFor();
}

/** Inserts the chosen entry; the office settings were skipped, so the pane asks about the missing force name first. */
async function insertChosen(pane: FrameLocator) {
  await pane.getByRole("button", { name: "Insert at the cursor" }).click();
  await pane.getByRole("button", { name: "Insert anyway" }).click();
}

/** As a comms editor: a new approved version of the entry, with new words. */
async function approveNewVersion(pane: FrameLocator) {
  await pane.getByRole("switch", { name: /I maintain the office's wording/ }).check();
  await pane.getByRole("list", { name: "Wording" }).getByRole("button", { name: new RegExp(`^${ENTRY}`) }).first().click();
  await pane.getByRole("button", { name: "Edit entry" }).click();
  const text = pane.getByRole("textbox", { name: /^Text/ });
  await text.fill("{forceName} already meets this recommendation through arrangements reviewed every quarter. [Describe the arrangements.]");
  await pane.getByRole("button", { name: "Save entry" }).click();
  await pane.getByText(new RegExp(`“${ENTRY}” saved`)).waitFor();
}

async function updateFirstListed(page: Page, pane: FrameLocator, title: string) {
  const stale = pane.getByRole("list", { name: "Outdated wording" });
  await stale.getByRole("button", { name: "Update…" }).first().click();
  const preview = pane.getByRole("region", { name: `Update “${ENTRY}”` });
  await preview.getByTestId("wording-diff").locator("ins").first().waitFor();
  await screenshot(page, `wording-update-preview-${title}`);
  await preview.getByRole("button", { name: /^Update to version 2$/ }).click();
  await pane.getByText(`“${ENTRY}” updated to version 2`).waitFor();
}

describe("approved wording in the preview (current Word)", () => {
  let session: PreviewSession;
  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("finds wording with a typo and inserts it into the response in the response's own style, with no empty line", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await insertResponse(page, pane);
    // The office's responses use their own paragraph style.
    await page.evaluate((tag) => (window as unknown as HookWindow).__irdHost.styleControl(tag, "Body Text"), responseTag(inspection.id, first.id));
    await control(page, `Response to recommendation ${first.number}`).locator("[data-para]").first().click();

    await findAndChoose(pane);
    await insertChosen(pane);
    await control(page, ENTRY).waitFor();
    const paragraphs = await paragraphsOf(page, `Response to recommendation ${first.number}`);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.every((p) => p.text !== "")).toBe(true);
    expect(paragraphs.every((p) => p.style === "Body Text")).toBe(true);
    expect(paragraphs[0].text).toMatch(/already has arrangements in place/);
    await screenshot(page, "wording-in-response");
    expect(session.allProblems()).toEqual([]);
  });

  it("offers the nearest place when the cursor is in the locked recommendation text, and puts it there when asked", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await control(page, `Recommendation ${second.number} text`).locator("[data-para]").first().click();
    await insertChosen(pane);
    await pane.getByText(`Wording can't go in the recommendation's text, which is locked. Insert it in the response to recommendation ${second.number} instead?`).waitFor();
    expect(await control(page, `Response to recommendation ${second.number}`).locator("[role=group]").count()).toBe(0);
    await pane.getByRole("button", { name: "Insert it there" }).click();
    await control(page, `Response to recommendation ${second.number}`).getByRole("group", { name: ENTRY }).waitFor();
    expect(session.allProblems()).toEqual([]);
  });

  it("lists the blocks as outdated once a new version is approved, and updates one, leaving the other as it was", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const otherBefore = await paragraphsOf(page, `Response to recommendation ${second.number}`);
    await approveNewVersion(pane);
    const stale = pane.getByRole("list", { name: "Outdated wording" });
    await stale.getByRole("listitem").nth(1).waitFor();
    expect(await stale.getByRole("listitem").count()).toBe(2);
    await updateFirstListed(page, pane, "current");
    const updated = await paragraphsOf(page, `Response to recommendation ${first.number}`);
    expect(updated[0].text).toMatch(/already meets this recommendation through arrangements reviewed every quarter/);
    expect(updated.every((p) => p.style === "Body Text")).toBe(true);
    expect(await paragraphsOf(page, `Response to recommendation ${second.number}`)).toEqual(otherBefore);
    expect(await stale.getByRole("listitem").count()).toBe(1);
    expect(session.allProblems()).toEqual([]);
  });
});

describe("approved wording in the preview as Word 2016 (WordApi 1.1)", () => {
  let session: PreviewSession;
  beforeAll(async () => {
    session = await openPreview("preview.html?api=1.1");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("says it cannot tell where the cursor is, inserts at the end only when asked, and updates the block once outdated", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await insertResponse(page, pane);
    await findAndChoose(pane);
    await insertChosen(pane);
    await pane.getByText("This version of Word cannot tell the add-in where the cursor is. Insert it at the end of the document instead?").waitFor();
    expect(await control(page, ENTRY).count()).toBe(0);
    await pane.getByRole("button", { name: "Insert it there" }).click();
    await control(page, ENTRY).waitFor();

    await approveNewVersion(pane);
    await updateFirstListed(page, pane, "word-2016");
    expect((await paragraphsOf(page, ENTRY))[0].text).toMatch(/reviewed every quarter/);
    expect(session.allProblems()).toEqual([]);
  });
});
