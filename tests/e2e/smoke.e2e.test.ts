// The preview page loads in Chromium, shows the task pane beside the document, and nothing goes wrong
// on the way: no script errors, no console errors, no failed or external requests.
import { openPreview, screenshot, type PreviewSession } from "./support";

describe("preview page", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("shows the task pane beside the document without errors", async () => {
    const { page } = session;
    const taskpane = page.frameLocator('iframe[src*="taskpane.html"]');
    // The task pane has rendered something a user can see: its container is no longer empty.
    const rendered = await taskpane
      .locator("#container > *")
      .first()
      .waitFor({ state: "visible", timeout: 20_000 })
      .then(() => true, () => false);
    await page.waitForLoadState("networkidle");
    await screenshot(page, "smoke-preview");
    // Problems first: when the pane stays empty they usually say why.
    expect(session.allProblems()).toEqual([]);
    expect(rendered).toBe(true);
    expect(await page.title()).toMatch(/Inspection Response Drafter/);
  });
});
