// A keyboard-only user (no mouse at all: page.keyboard only) drafts a response: into the pane, choose
// the inspection, insert the response, open Coverage, jump to an unanswered recommendation (which
// selects its section in the document), then F6 to the document (Word's pane/document key) and type the answer there. Every
// stop in the pane shows where the focus is.
import catalog from "../../assets/catalog.json";
import type { ElementHandle, Frame, Page } from "playwright-core";
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, control, documentArea, paneFrame, taskPane } from "./paneFlows";

const inspection = catalog.inspections.find((i) => i.shortTitle === RAPE_PHASE_ONE)!;
// The last recommendation forces and PCCs answer themselves: still a placeholder after inserting.
const target = inspection.recommendations.filter((r) => r.localResponseExpected).at(-1)!;

/**
 * How an element and its near ancestors look, pseudo-elements included (Fluent draws focus rings on
 * ::after, and fields underline on focus-within). Compared focused against unfocused.
 */
function lookOf(el: Element): string {
  const props = ["outline-style", "outline-width", "outline-color", "box-shadow", "border-top-color", "border-bottom-color", "border-bottom-width", "background-color", "transform", "opacity"];
  const parts: string[] = [];
  for (let node: Element | null = el, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(node, pseudo);
      parts.push(props.map((p) => style.getPropertyValue(p)).join("|"));
    }
  }
  return parts.join("\n");
}

interface FocusStop {
  handle: ElementHandle<Element>;
  name: string;
  look: string;
}

/** Walks with Tab (or Shift+Tab) and remembers each stop, so that its focused look can be compared. */
class KeyboardUser {
  readonly noVisibleFocus: string[] = [];
  /** How many focus stops were compared focused against unfocused. */
  checked = 0;
  private last: FocusStop | null = null;

  constructor(
    private readonly page: Page,
    private readonly frame: Frame,
  ) {}

  /** Presses a key; if focus left an element of the pane, checks it looked different while focused. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.page.waitForTimeout(60); // focus styles have short transitions
    if (this.last) {
      const { handle, name, look } = this.last;
      this.last = null;
      const connected = await handle.evaluate((el) => el.isConnected && el !== el.ownerDocument.activeElement).catch(() => false);
      if (connected) {
        this.checked++;
        if ((await handle.evaluate(lookOf)) === look) this.noVisibleFocus.push(name);
      }
    }
    const active = await this.frame.evaluateHandle(() => (document.hasFocus() && document.activeElement !== document.body ? document.activeElement : null));
    const el = active.asElement();
    if (el) this.last = { handle: el, name: await this.nameOf(el), look: await el.evaluate(lookOf) };
  }

  /** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
  async tabTo(name: RegExp, { back = false, max = 40 } = {}): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.press(back ? "Shift+Tab" : "Tab");
      if (name.test(await this.focusedName())) return;
    }
    throw new Error(`no focus stop named ${name} within ${max} presses of ${back ? "Shift+Tab" : "Tab"}; last was “${await this.focusedName()}”`);
  }

  async focusedName(): Promise<string> {
    const el = (await this.frame.evaluateHandle(() => document.activeElement)).asElement();
    return el ? this.nameOf(el) : "";
  }

  private nameOf(el: ElementHandle<Element>): Promise<string> {
    return el.evaluate((e) => `${e.getAttribute("role") ?? e.tagName.toLowerCase()}: ${(e.getAttribute("aria-label") ?? (e as HTMLElement).innerText ?? "").replace(/\s+/g, " ").trim()}`);
  }
}

describe("drafting with the keyboard only", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html?width=500");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("chooses the inspection, inserts the response, jumps to an unanswered recommendation and answers it", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await pane.getByRole("button", { name: "Skip for now" }).waitFor({ timeout: 20_000 });
    const user = new KeyboardUser(page, await paneFrame(page));

    // Word's F6: from the page to the document, and on to the pane.
    const paneHasFocus = () => page.evaluate(() => document.activeElement?.tagName === "IFRAME");
    await page.keyboard.press("F6");
    expect(await paneHasFocus()).toBe(false);
    await page.keyboard.press("F6");
    expect(await paneHasFocus()).toBe(true);
    await user.tabTo(/^button: Skip for now$/, { max: 3 });
    await user.press("Enter");

    // The focus lands on the selected tab; the search box is next.
    expect(await user.focusedName()).toBe("tab: Inspections");
    await user.tabTo(/^searchbox|^input: Search inspections/i, { max: 2 });
    await page.keyboard.type("phase one");
    await user.tabTo(/Response to rape – Phase one/, { max: 3 });
    await user.press("Enter");
    await pane.getByRole("tab", { name: "Draft", selected: true }).waitFor();
    expect(await user.focusedName()).toBe("tab: Draft");

    await user.tabTo(/^button: Insert full response$/, { max: 12 });
    await user.press("Enter");
    await control(page, `Recommendation ${inspection.recommendations.length}`).waitFor({ timeout: 20_000 });
    await pane.getByText(/Full response inserted/).first().waitFor();
    // Focus stays on the button that was pressed, not lost to the page top.
    expect(await user.focusedName()).toBe("button: Insert full response");

    // Back to the tabs, along them to Coverage.
    await user.tabTo(/^tab: Draft$/, { back: true });
    // The tabs in order: Draft, then Wording, then Coverage.
    await user.press("ArrowRight");
    expect(await user.focusedName()).toBe("tab: Wording");
    await user.press("ArrowRight");
    expect(await user.focusedName()).toBe("tab: Coverage");
    await user.press("Enter");
    await pane.getByRole("heading", { name: /of 13 answered$/ }).waitFor({ timeout: 15_000 });
    const before = Number((await pane.getByRole("heading", { name: /of 13 answered$/ }).innerText()).split(" ")[0]);

    await user.tabTo(new RegExp(`^button: Recommendation ${target.number}:`), { max: 40 });
    await user.press("Enter");
    // Go to puts the cursor at the start of the recommendation's response (issue 13).
    const caret = documentArea(page).locator('[data-para][data-cursor="true"]');
    await caret.first().waitFor({ timeout: 10_000 });
    expect(await caret.first().evaluate((el) => (el.closest("[data-tag]") as HTMLElement | null)?.dataset.tag)).toMatch(new RegExp(`^ird:response:.*:${target.id}$`));

    // F6 takes the focus to the document where the add-in put the cursor: the response.
    const responseTag = `ird:response:${inspection.id}:${target.id}`;
    // The control around the paragraph holding the caret ("" when the focus is not in a paragraph).
    const caretIn = () => page.evaluate(() => (document.activeElement?.matches("[data-para]") ? ((document.activeElement.closest("[data-tag]") as HTMLElement | null)?.dataset.tag ?? "") : ""));
    await page.keyboard.press("F6");
    expect(await caretIn()).toBe(responseTag);
    const answer = "The force's rape review board now checks every case file against this recommendation each quarter.";
    await page.keyboard.press("End");
    await page.keyboard.type(answer);
    expect(await control(page, `Response to recommendation ${target.number}`).innerText()).toContain(answer);

    // The pane follows the document: one more recommendation answered.
    await pane.getByRole("heading", { name: `${before + 1} of 13 answered` }).waitFor({ timeout: 15_000 });
    await screenshot(page, "keyboard-answered");

    // And F6 from the document goes back to the pane, focus visible there.
    await page.keyboard.press("F6");
    expect(await paneHasFocus()).toBe(true);
    expect(await user.focusedName()).not.toMatch(/^body:/);

    expect(user.checked).toBeGreaterThan(15);
    expect(user.noVisibleFocus).toEqual([]);
    expect(session.allProblems()).toEqual([]);
  });
});
