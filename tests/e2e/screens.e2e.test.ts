// Every screen of the task pane at the two widths Word gives it (320 px, the narrowest, and 500 px)
// in the light and dark themes: nothing scrolls sideways, and a screenshot of each is written to
// test-output/e2e/screenshots/<screen>-<theme>-<width>.png for people to look at.
import { openPreview, type PreviewSession } from "./support";
import { EXAMPLE_OFFICE, fillOfficeDetails, paneFrame, paneWidths, screenshotPane, taskPane, walkScreens, type PaneScreen } from "./paneFlows";

// The inspection with the longest title and a recommendation in six parts: the hardest to fit.
const VAWG = "Violence against women and girls – final report";

describe.each([
  ["light", 320],
  ["light", 500],
  ["dark", 320],
  ["dark", 500],
])("the task pane in the %s theme at %i px", (theme, width) => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview(`preview.html?theme=${theme}&width=${width}`);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("fits every screen in the pane without scrolling sideways", async () => {
    const widths: Partial<Record<PaneScreen, { scrollWidth: number; clientWidth: number }>> = {};
    await walkScreens(session.page, VAWG, async (screen) => {
      widths[screen] = await paneWidths(session.page);
      await screenshotPane(session.page, `${screen}-${theme}-${width}`);
    });
    expect(Object.keys(widths)).toHaveLength(6);
    for (const [screen, w] of Object.entries(widths)) {
      // The pane is as wide as the preview makes it, and the content is no wider.
      expect({ screen, clientWidth: w.clientWidth }).toEqual({ screen, clientWidth: width });
      expect({ screen, fits: w.scrollWidth <= w.clientWidth }).toEqual({ screen, fits: true });
    }
    expect(session.allProblems()).toEqual([]);
  });
});

describe("the first run", () => {
  let session: PreviewSession;

  beforeEach(async () => {
    session = await openPreview("preview.html");
    // A user who has never opened the pane: nothing stored in this browser (the page and the pane
    // share it). Cleared once the pane has loaded, then the page opened afresh.
    await taskPane(session.page).getByRole("heading", { level: 1, name: "Inspection Response Drafter" }).waitFor({ timeout: 20_000 });
    await (await paneFrame(session.page)).evaluate(() => localStorage.clear());
    await reopen(session);
  });
  afterEach(async () => {
    await session?.close();
  });

  it("welcomes a new user and asks for the office's details, which it then keeps", async () => {
    const pane = taskPane(session.page);
    await pane.getByRole("region", { name: "Welcome to Inspection Response Drafter" }).waitFor({ timeout: 20_000 });
    expect(await pane.getByRole("tablist", { name: "Screens" }).count()).toBe(0);
    await pane.getByRole("button", { name: "Set up my office" }).click();

    await pane.getByRole("tab", { name: "Settings", selected: true }).waitFor();
    await fillOfficeDetails(pane);
    await pane.getByRole("button", { name: "Save settings" }).click();
    await pane.getByRole("button", { name: "Export to a file" }).and(pane.locator(":enabled")).waitFor();

    // Opened again, the pane remembers: no welcome, the details are still there.
    await reopen(session);
    await pane.getByRole("tablist", { name: "Screens" }).waitFor({ timeout: 20_000 });
    expect(await pane.getByRole("button", { name: "Skip for now" }).count()).toBe(0);
    await pane.getByRole("tab", { name: "Settings" }).click();
    const force = pane.getByRole("textbox", { name: "Force name" });
    await force.waitFor();
    expect(await force.inputValue()).toBe(EXAMPLE_OFFICE["Force name"]);
    expect(session.allProblems()).toEqual([]);
  });

  it("lets a new user skip the welcome and not see it again", async () => {
    const pane = taskPane(session.page);
    await pane.getByRole("button", { name: "Skip for now" }).click({ timeout: 20_000 });
    await pane.getByRole("list", { name: "Inspections" }).getByRole("button").first().waitFor();
    await reopen(session);
    await pane.getByRole("tablist", { name: "Screens" }).waitFor({ timeout: 20_000 });
    expect(await pane.getByRole("button", { name: "Skip for now" }).count()).toBe(0);
    expect(session.allProblems()).toEqual([]);
  });
});

/** Opens the preview afresh, as closing and reopening the pane does; waits for the pane's lazy
 *  screens to finish loading first, so no request is cut off half-way. */
async function reopen(session: PreviewSession): Promise<void> {
  await session.page.waitForLoadState("networkidle");
  await session.page.reload({ waitUntil: "load" });
}
