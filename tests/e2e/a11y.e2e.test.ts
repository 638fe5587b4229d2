// Accessibility of every screen of the task pane, as a first-time user meets them, in the light and
// dark Office themes: axe-core runs inside the pane's frame and must find nothing.
import { openPreview, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, paneAxeViolations, walkScreens, type PaneScreen } from "./paneFlows";

const SCREENS: PaneScreen[] = ["welcome", "catalog", "draft", "recommendations", "coverage", "settings"];

describe.each(["light", "dark"])("accessibility of the task pane in the %s theme", (theme) => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview(`preview.html?theme=${theme}`);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("has no axe violations on any screen", async () => {
    const found: Partial<Record<PaneScreen, string[]>> = {};
    await walkScreens(session.page, RAPE_PHASE_ONE, async (screen) => {
      found[screen] = await paneAxeViolations(session.page);
    });
    // Every screen was reached and checked, and none has a violation.
    expect(Object.keys(found)).toEqual(SCREENS);
    expect(found).toEqual(Object.fromEntries(SCREENS.map((s) => [s, []])));
    expect(session.allProblems()).toEqual([]);
  });
});
