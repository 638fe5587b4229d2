// Fault injection through the Word host (issue 11): every pane action that talks to Word, with a
// batch that fails at its first, middle and last action, with Word switched to read-only in the
// middle of a session, and with a slow Word (2 s per round trip). Each ends with one true message
// (what the document holds, as the preview's document shows), nothing half-built, and a pane that
// still works: the same action succeeds straight afterwards. The faults come from the preview
// page's test hook, window.__irdHost (src/preview/testHook.ts).
import type { FrameLocator, Page } from "playwright-core";
import catalog from "../../assets/catalog.json";
import type { FailAt, FailNextOptions, InjectedHit, PreviewTestHook } from "../../src/preview/testHook";
import { openPreview, previewUrl, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseHouseStyle, chooseInspection, control, documentArea, skipWelcome, taskPane, typeInto } from "./paneFlows";

const inspection = catalog.inspections.find((i) => i.shortTitle === RAPE_PHASE_ONE)!;
const total = inspection.recommendations.length;
const sectionTags = inspection.recommendations.map((r) => `ird:section:${inspection.id}:${r.id}`);

const POINTS: FailAt[] = ["first", "middle", "last"];
const STYLES = ["Narrative letter", "Response form", "Letter to the Home Secretary with appendix"];

/** What the document holds, as the host's model has it and the preview shows it. */
interface DocumentState {
  tags: string[];
  paragraphs: string[];
  /** Content controls the preview draws (one group per control). */
  shown: number;
}

/** The preview page's window, with its test hook. */
type HookWindow = { __irdHost: PreviewTestHook };

async function documentState(page: Page): Promise<DocumentState> {
  const { tags, paragraphs } = await page.evaluate(() => {
    const hook = (window as unknown as HookWindow).__irdHost;
    return { tags: hook.tags(), paragraphs: hook.paragraphs() };
  });
  return { tags, paragraphs, shown: await documentArea(page).getByRole("group").count() };
}

async function failNext(page: Page, at: FailAt, code: string, options: FailNextOptions = {}): Promise<void> {
  await page.evaluate((a) => (window as unknown as HookWindow).__irdHost.failNextBatchAt(a.at, a.code, a.options), { at, code, options });
}

const lastHit = (page: Page): Promise<InjectedHit | null> => page.evaluate(() => (window as unknown as HookWindow).__irdHost.lastHit);
/** Injections not reached yet: 0 once the action met the fault it was given. */
const waiting = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as HookWindow).__irdHost.waiting);

/** The pane's messages, one text per message bar (title, then body). */
async function messages(pane: FrameLocator): Promise<string[]> {
  const area = pane.getByLabel("Messages", { exact: true });
  if ((await area.count()) === 0) return [];
  return area.locator(".fui-MessageBar").evaluateAll((bars) =>
    bars.map((bar) => {
      const title = bar.querySelector(".fui-MessageBarTitle")?.textContent ?? "";
      const body = (bar.querySelector(".fui-MessageBarBody")?.textContent ?? "").slice(title.length);
      return `${title} ${body}`.replace(/\s+/g, " ").trim();
    }),
  );
}

async function dismissAll(pane: FrameLocator): Promise<void> {
  const dismiss = pane.getByRole("button", { name: /^Dismiss:/ });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/** Runs `act` and waits for the message titled `title`; returns every message then shown. */
async function runAndRead(pane: FrameLocator, act: () => Promise<void>, title: string | RegExp): Promise<string[]> {
  await dismissAll(pane);
  await act();
  await pane.getByLabel("Messages", { exact: true }).locator(".fui-MessageBar").filter({ hasText: title }).first().waitFor({ timeout: 20_000 });
  return messages(pane);
}

const insertFull = (pane: FrameLocator) => () => pane.getByRole("button", { name: "Insert full response" }).click();
const sectionsIn = (state: DocumentState) => state.tags.filter((t) => t.startsWith("ird:section:"));

/** Runs an insert that should work: its one message (details not filled in are said in it). */
async function expectInserted(pane: FrameLocator, act: () => Promise<void>, title: string): Promise<string[]> {
  const shown = await runAndRead(pane, act, title);
  expect(shown[0]).toMatch(new RegExp(`^${title} `));
  expect(shown).toHaveLength(1);
  return shown;
}

describe("fault injection through the Word host", () => {
  // One browser session; each case reloads the page (a fresh document, host and pane).
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  async function open(query = ""): Promise<{ page: Page; pane: FrameLocator }> {
    const { page } = session;
    await page.goto(previewUrl(`preview.html${query}`), { waitUntil: "load" });
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await chooseHouseStyle(pane, "Narrative letter");
    return { page, pane };
  }

  /** The insert's failure message, and the document as it was (or with the one empty paragraph the message owns up to). */
  function expectInsertFailure(shown: string[], title: string, before: DocumentState, after: DocumentState): void {
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(new RegExp(`^${title}`));
    expect(after.tags).toEqual(before.tags);
    expect(after.shown).toBe(before.shown);
    if (/except possibly one empty paragraph/.test(shown[0])) {
      expect(after.paragraphs.length - before.paragraphs.length).toBeLessThanOrEqual(1);
      expect(after.paragraphs.filter((p) => p !== "")).toEqual(before.paragraphs.filter((p) => p !== ""));
    } else {
      expect(shown[0]).toContain("Nothing was added: the document is as it was.");
      expect(after.paragraphs).toEqual(before.paragraphs);
    }
  }

  describe("a write batch that fails at its first, middle or last action", () => {
    it.each([
      ["Word on the web, WordApi 1.9", ""],
      ["Word 2016 on Windows (WordApi 1.1)", "?api=1.1&platform=windows&options=strict"],
    ])("Insert full response in %s: says nothing was added, leaves no ird: control, and works afterwards", async (_word, query) => {
      const { page, pane } = await open(query);
      const before = await documentState(page);
      for (const at of POINTS) {
        await failNext(page, at, "GeneralException", { writesOnly: true });
        const shown = await runAndRead(pane, insertFull(pane), "Full response could not be inserted");
        expect(await waiting(page)).toBe(0);
        // It hit the build batch (the probe before it has a few dozen actions).
        expect((await lastHit(page))?.actions).toBeGreaterThan(500);
        expectInsertFailure(shown, "Full response could not be inserted", before, await documentState(page));
        // Nothing of this insert to take back.
        expect(await pane.getByRole("button", { name: "Remove what was just inserted" }).count()).toBe(0);
      }
      await expectInserted(pane, insertFull(pane), "Full response inserted");
      expect(sectionsIn(await documentState(page))).toEqual(sectionTags);
      expect(session.allProblems()).toEqual([]);
    });

    it("Insert section (one recommendation): the same", async () => {
      const { page, pane } = await open();
      const before = await documentState(page);
      const insert = () => pane.getByRole("button", { name: "Insert section for recommendation 2" }).click();
      for (const at of POINTS) {
        await failNext(page, at, "GeneralException", { writesOnly: true });
        const shown = await runAndRead(pane, insert, "Section for recommendation 2 could not be inserted");
        expect(await waiting(page)).toBe(0);
        expectInsertFailure(shown, "Section for recommendation 2 could not be inserted", before, await documentState(page));
      }
      await expectInserted(pane, insert, "Section for recommendation 2 inserted");
      expect(sectionsIn(await documentState(page))).toEqual([sectionTags[1]]);
      expect(session.allProblems()).toEqual([]);
    });

    it("Insert missing sections: the deleted section stays missing, the rest untouched, then it goes back", async () => {
      const { page, pane } = await open();
      await runAndRead(pane, insertFull(pane), "Full response inserted");
      // Sections cannot be deleted by a keypress (cannotDelete): Coverage › Remove section, confirmed.
      await pane.getByRole("tab", { name: "Coverage" }).click();
      await pane.getByRole("button", { name: "Remove section for recommendation 3" }).click();
      await pane.getByRole("alertdialog").getByRole("button", { name: "Remove section" }).click();
      await control(page, "Recommendation 3").waitFor({ state: "detached" });
      await pane.getByRole("tab", { name: "Draft" }).click();
      const before = await documentState(page);
      const insert = () => pane.getByRole("button", { name: "Insert missing sections" }).click();
      for (const at of POINTS) {
        await failNext(page, at, "GeneralException", { writesOnly: true });
        const shown = await runAndRead(pane, insert, "Missing sections could not be inserted");
        expect(await waiting(page)).toBe(0);
        expectInsertFailure(shown, "Missing sections could not be inserted", before, await documentState(page));
      }
      await expectInserted(pane, insert, "Missing sections inserted");
      expect(sectionsIn(await documentState(page))).toEqual(sectionTags);
      expect(session.allProblems()).toEqual([]);
    });

    it("Insert full response whose clean-up fails too: names what it could not remove, which is what the document holds", async () => {
      const { page, pane } = await open();
      const before = await documentState(page);
      // The build stops half-way; then the clean-up's delete batch is refused as well.
      await failNext(page, "middle", "GeneralException", { writesOnly: true });
      await failNext(page, "first", "GeneralException", { writesOnly: true });
      const shown = await runAndRead(pane, insertFull(pane), "Full response could not be inserted");
      expect(await waiting(page)).toBe(0);
      // The message names the outermost of what is left: the one "Inserting…" wrapper, which holds
      // all the rest, untagged (tags come last, build.ts): nothing passes for a finished section.
      const named = [...shown[0].matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      const titles = await documentArea(page)
        .getByRole("group")
        .evaluateAll((groups) => groups.map((g) => g.ownerDocument.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent ?? ""));
      expect(shown[0]).toContain("Word stopped part-way, and the add-in could not remove what it had added: “Inserting…”. Delete it before trying again.");
      expect(named).toEqual(["Inserting…"]);
      expect(titles[0]).toBe("Inserting…");
      const left = (await documentState(page)).tags.filter((t) => !before.tags.includes(t));
      expect(left.filter((t) => t.startsWith("ird:"))).toEqual([expect.stringMatching(/^ird:pending:/)]);
      expect(sectionsIn(await documentState(page))).toEqual([]);
      // In a new document the pane works as before.
      await page.getByRole("button", { name: "New document" }).click();
      await expectInserted(pane, insertFull(pane), "Full response inserted");
      expect(sectionsIn(await documentState(page))).toEqual(sectionTags);
      expect(session.allProblems()).toEqual([]);
    });

    it("Remove what was just inserted: owns up to a part-way removal, and removes the rest when asked again", async () => {
      const { page, pane } = await open();
      const blank = await documentState(page);
      const remove = () => pane.getByRole("button", { name: "Remove what was just inserted" }).click();
      for (const at of POINTS) {
        await page.getByRole("button", { name: "New document" }).click();
        await runAndRead(pane, insertFull(pane), "Full response inserted");
        const inserted = await documentState(page);
        await failNext(page, at, "GeneralException", { writesOnly: true });
        const shown = await runAndRead(pane, remove, "Could not remove what was just inserted");
        const after = await documentState(page);
        expect(shown).toEqual([expect.stringContaining("Word may have removed part of it before it stopped; check the document.")]);
        // Whole blocks went from the top (never part of one), never all of them; none at the first
        // action, nor while the batch is still unlocking (sections are cannotDelete) in its middle.
        expect(after.tags.length).toBeGreaterThan(0);
        expect(after.tags).toEqual(inserted.tags.slice(inserted.tags.length - after.tags.length));
        if (at === "first") expect(after).toEqual(inserted);
        else if (at === "last") expect(after.tags.length).toBeLessThan(inserted.tags.length);
        // Again: the rest goes (blocks already gone hold nothing anyone typed), and the document is blank.
        const again = await runAndRead(pane, remove, /Removed what was just inserted|Could not remove what was just inserted/);
        expect(again).toEqual([expect.stringMatching(/^Removed what was just inserted/)]);
        expect(await documentState(page)).toEqual(blank);
      }
      expect(session.allProblems()).toEqual([]);
    });

    it("Add coverage table: leaves nothing of a part-added table, says so, and adds it afterwards", async () => {
      const { page, pane } = await open();
      const heading = `Recommendations and responses: ${RAPE_PHASE_ONE}`;
      const add = () => pane.getByRole("button", { name: "Add coverage table to document" }).click();
      for (const at of POINTS) {
        // Each from a fresh draft: a table left part-way would make the next attempt refuse (one table per document).
        await page.getByRole("button", { name: "New document" }).click();
        await pane.getByRole("tab", { name: "Draft" }).click();
        await runAndRead(pane, insertFull(pane), "Full response inserted");
        await pane.getByRole("tab", { name: "Coverage" }).click();
        await pane.getByRole("heading", { name: `0 of ${total} answered` }).waitFor({ timeout: 15_000 });
        const before = await documentState(page);
        await failNext(page, at, "GeneralException", { writesOnly: true });
        const shown = await runAndRead(pane, add, "The coverage table could not be added");
        // The table is built inside a temporary control, so the clean-up takes out whatever Word made.
        expect(shown).toEqual([expect.stringMatching(/Nothing was added(: the document is as it was\.|, except possibly one empty paragraph)/)]);
        const after = await documentState(page);
        expect(after.tags).toEqual(before.tags);
        expect(after.paragraphs.filter((p) => p !== "")).toEqual(before.paragraphs.filter((p) => p !== ""));
        const again = await runAndRead(pane, add, "Coverage table added");
        expect(again).toEqual(["Coverage table added It is after the last recommendation’s section."]);
        const paragraphs = (await documentState(page)).paragraphs;
        expect(paragraphs.slice(paragraphs.indexOf(heading), paragraphs.indexOf(heading) + 4)).toEqual([heading, "No.", "Recommendation", "Status"]);
      }
      expect(session.allProblems()).toEqual([]);
    });

    it("Check again and Ready to publish?: a failed read says so, changes nothing, and the next check works", async () => {
      const { page, pane } = await open();
      await runAndRead(pane, insertFull(pane), "Full response inserted");
      await pane.getByRole("tab", { name: "Coverage" }).click();
      const counted = pane.getByRole("heading", { name: `0 of ${total} answered` });
      await counted.waitFor({ timeout: 15_000 });
      const before = await documentState(page);
      // A full read is two round trips (paragraphs and controls, then their details): fail the first's first action, the second's middle and last.
      const reads: Array<[FailAt, FailNextOptions]> = [["first", {}], ["middle", { skip: 1 }], ["last", { skip: 1 }]];
      const checkAgain = pane.getByRole("button", { name: "Check again" });
      for (const [at, options] of reads) {
        await failNext(page, at, "GeneralException", options);
        const shown = await runAndRead(pane, () => checkAgain.click(), "Could not check which recommendations are answered");
        expect(shown).toEqual(["Could not check which recommendations are answered Word could not read the document (GeneralException). Close and reopen the document, then try again."]);
        expect(await waiting(page)).toBe(0);
        expect(await documentState(page)).toEqual(before);
        expect(await checkAgain.getAttribute("aria-disabled")).not.toBe("true");
      }
      const publish = pane.getByRole("button", { name: "Ready to publish?" });
      for (const [at, options] of reads) {
        await failNext(page, at, "GeneralException", options);
        const shown = await runAndRead(pane, () => publish.click(), "Could not check whether the response is ready to publish");
        expect(shown).toEqual(["Could not check whether the response is ready to publish Word could not read the document (GeneralException). Close and reopen the document, then try again."]);
        expect(await documentState(page)).toEqual(before);
      }
      await dismissAll(pane);
      await checkAgain.click();
      await counted.waitFor();
      await publish.click();
      const notReady = pane.getByRole("status").filter({ hasText: /^Not ready yet: \d+ things left/ });
      await notReady.waitFor({ timeout: 15_000 });
      expect(await messages(pane)).toEqual([]);

      // The narrative letter's boxes are still empty: each is listed; written in Word, they go from the open list.
      const left = pane.getByRole("list", { name: "Left before publication" });
      const boxes = ["Chief Constable's comments", "PCC comments"];
      for (const title of boxes) await left.getByRole("button", { name: `“${title}” is still empty: write it, or remove the box if you will not publish them.` }).waitFor();
      const thingsLeft = async () => Number(/(\d+) things left/.exec((await notReady.textContent()) ?? "")?.[1]);
      const leftBefore = await thingsLeft();
      await typeInto(page, "Chief Constable's comments", "The Chief Constable welcomed the report and has set up a board to oversee the work.");
      await typeInto(page, "PCC comments", "I will hold the Chief Constable to account for progress at my quarterly accountability board.");
      await left.getByRole("button", { name: /is still empty/ }).first().waitFor({ state: "detached", timeout: 15_000 });
      expect(await thingsLeft()).toBe(leftBefore - 2);
      expect(session.allProblems()).toEqual([]);
    });

    it("Check this copy of Word: the failed style's line says what the document holds, which is blank again", async () => {
      const { page } = session;
      await page.goto(previewUrl("preview.html"), { waitUntil: "load" });
      const pane = taskPane(page);
      await skipWelcome(pane);
      await pane.getByRole("tab", { name: "Help" }).click();
      const report = pane.getByRole("region", { name: "Check report" });
      const run = async () => {
        await pane.getByRole("button", { name: "Check this copy of Word" }).click();
        await report.waitFor({ timeout: 30_000 });
        await pane.getByRole("button", { name: "Check this copy of Word" }).and(pane.locator(":not([aria-disabled=true])")).waitFor();
        return (await report.getByRole("list", { name: "Result for each house style" }).getByRole("listitem").allInnerTexts()).map((l) => l.replace(/\s+/g, " "));
      };
      // The first write batch is the first style's build.
      for (const at of POINTS) {
        await failNext(page, at, "GeneralException", { writesOnly: true });
        const lines = await run();
        expect(lines[0]).toMatch(/^FAIL Narrative letter Word would not let the add-in insert the response sections\. .*Nothing was added(: the document is as it was\.|, except possibly one empty paragraph)/);
        expect(lines.slice(1)).toEqual(["PASS Response form built 1 section, verified and removed", "PASS Letter to the Home Secretary with appendix built 1 section, verified and removed"]);
        expect(await documentState(page)).toEqual({ tags: [], paragraphs: [""], shown: 0 });
        expect(await messages(pane)).toEqual([]);
      }
      // The second is its removal: stopped part-way, the test section stays, the report says so and
      // stops; the check then refuses the document until it is blank (a new document here).
      await failNext(page, "middle", "GeneralException", { writesOnly: true, skip: 1 });
      const lines = await run();
      expect(lines).toEqual([
        expect.stringMatching(/^FAIL Narrative letter Word would not let the add-in remove the check's section\. .*Word may have removed part of the test section before it stopped; check the document\./),
        "NOT CHECKED Response form the check stopped before this style",
        "NOT CHECKED Letter to the Home Secretary with appendix the check stopped before this style",
      ]);
      const left = await documentState(page);
      expect(left.tags.length).toBeGreaterThan(0);
      expect(left.tags.every((t) => t.includes(":ird-check:"))).toBe(true);
      await runAndRead(pane, () => pane.getByRole("button", { name: "Check this copy of Word" }).click(), "The check needs a new blank document");
      expect(await documentState(page)).toEqual(left);
      await page.getByRole("button", { name: "New document" }).click();
      await dismissAll(pane);
      expect(await run()).toEqual(STYLES.map((name) => `PASS ${name} built 1 section, verified and removed`));
      expect(await documentState(page)).toEqual({ tags: [], paragraphs: [""], shown: 0 });
      expect(session.allProblems()).toEqual([]);
    });
  });

  describe("Word switched to read-only in the middle of a session", () => {
    it("refuses every write with the read-only message, changes nothing, and works once editing is back", async () => {
      const { page, pane } = await open();
      await expectInserted(pane, () => pane.getByRole("button", { name: "Insert section for recommendation 1", exact: true }).click(), "Section for recommendation 1 inserted");
      const before = await documentState(page);

      await page.getByRole("checkbox", { name: "Read-only" }).check();
      await page.locator(".status").getByText("Read-only", { exact: true }).waitFor();
      const refused = await runAndRead(pane, insertFull(pane), "Full response could not be inserted");
      expect(refused).toEqual([
        "Full response could not be inserted Word would not let the add-in insert the response sections. The document may be read-only, open for viewing only, or protected (Restrict Editing or a locked section). Nothing was added: the document is as it was. Switch Word to Editing, or save an editable copy, then try again.",
      ]);
      expect(await documentState(page)).toEqual(before);
      const notRemoved = await runAndRead(pane, () => pane.getByRole("button", { name: "Remove what was just inserted" }).click(), "Could not remove what was just inserted");
      expect(notRemoved).toEqual([expect.stringMatching(/^Could not remove what was just inserted Word would not let the add-in remove what was just inserted\. The document may be read-only/)]);
      expect(await documentState(page)).toEqual(before);
      // Reading still works while read-only.
      await pane.getByRole("tab", { name: "Coverage" }).click();
      await pane.getByRole("heading", { name: `0 of ${total} answered` }).waitFor({ timeout: 15_000 });
      const noTable = await runAndRead(pane, () => pane.getByRole("button", { name: "Add coverage table to document" }).click(), "The coverage table could not be added");
      expect(noTable).toEqual([expect.stringMatching(/^The coverage table could not be added Word would not let the add-in add the table\. The document may be read-only/)]);
      expect(await documentState(page)).toEqual(before);

      await page.getByRole("checkbox", { name: "Read-only" }).uncheck();
      await pane.getByRole("tab", { name: "Draft" }).click();
      const shown = await expectInserted(pane, insertFull(pane), "Full response inserted");
      expect(shown[0]).toContain(`${total - 1} sections inserted`);
      expect(shown[0]).toContain("1 already in the document was left as it was.");
      expect(sectionsIn(await documentState(page))).toEqual(sectionTags);
      expect(session.allProblems()).toEqual([]);
    });
  });

  describe("a slow Word: 2 s per round trip", () => {
    it("shows progress, keeps the tabs working, offers Cancel where it can, and ends with the right outcome", async () => {
      const { page, pane } = await open("?latency=2000");
      const started = Date.now();
      await dismissAll(pane);
      await pane.getByRole("button", { name: "Insert full response" }).click();
      await pane.getByText("Inserting the response…").waitFor();
      // Word has the change: no Cancel, but how to take it back.
      await pane.getByText(/^Word is applying the change\. Once it is done you can take it back/).waitFor();
      expect(await pane.getByRole("button", { name: "Cancel the insert" }).count()).toBe(0);
      expect(await pane.getByRole("button", { name: "Insert full response" }).getAttribute("aria-disabled")).toBe("true");
      // The tabs switch while Word works.
      await pane.getByRole("tab", { name: "Help" }).click();
      await pane.getByRole("tab", { name: "Help", selected: true }).waitFor({ timeout: 1_000 });
      await pane.getByRole("tab", { name: "Draft" }).click();
      await pane.getByText("Inserting the response…").waitFor({ timeout: 1_000 });
      await screenshot(page, "faults-slow-insert");
      await pane.getByText("Full response inserted").waitFor({ timeout: 30_000 });
      expect(Date.now() - started).toBeGreaterThan(4_000);
      expect(await pane.getByText("Inserting the response…").count()).toBe(0);
      expect(await pane.getByRole("button", { name: "Insert full response" }).getAttribute("aria-disabled")).not.toBe("true");
      expect(sectionsIn(await documentState(page))).toEqual(sectionTags);

      // Coverage: Cancel check stops waiting at once; Check again then finishes.
      await pane.getByRole("tab", { name: "Coverage" }).click();
      const checkAgain = pane.getByRole("button", { name: "Check again" });
      if ((await checkAgain.getAttribute("aria-disabled")) !== "true") await checkAgain.click();
      await pane.getByRole("button", { name: "Cancel check" }).click();
      await pane.getByText("Check cancelled").waitFor({ timeout: 1_000 });
      expect(await checkAgain.getAttribute("aria-disabled")).not.toBe("true");
      await checkAgain.click();
      await pane.getByText("Reading the document…").waitFor();
      await pane.getByRole("heading", { name: `0 of ${total} answered` }).waitFor({ timeout: 20_000 });
      await pane.getByText("Reading the document…").waitFor({ state: "detached", timeout: 20_000 });

      await pane.getByRole("button", { name: "Ready to publish?" }).click();
      await pane.getByText("Checking the whole document…").waitFor();
      await pane.getByRole("status").filter({ hasText: /^Not ready yet: \d+ things left/ }).waitFor({ timeout: 20_000 });
      expect(await pane.getByText("Checking the whole document…").count()).toBe(0);
      // The insert's banner went with the Draft tab; the cancelled check's when the check finished.
      expect(await messages(pane)).toEqual([]);

      // Taking it back: progress while Word reads and removes, then the outcome.
      await pane.getByRole("tab", { name: "Draft" }).click();
      await dismissAll(pane);
      await pane.getByRole("button", { name: "Remove what was just inserted" }).click();
      await pane.getByText("Removing what was just inserted…").waitFor();
      await pane.getByText(/^Removed what was just inserted/).waitFor({ timeout: 30_000 });
      expect(await pane.getByText("Removing what was just inserted…").count()).toBe(0);
      expect(await documentState(page)).toEqual({ tags: [], paragraphs: [""], shown: 0 });
      expect(await pane.getByRole("button", { name: "Insert full response" }).getAttribute("aria-disabled")).not.toBe("true");
      expect(session.allProblems()).toEqual([]);
    });
  });
});

