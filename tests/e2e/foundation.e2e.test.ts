// Choosing an inspection in the real task pane, inside the preview, shows the facts a user picks by:
// how many recommendations it makes and when the PCC's statutory comments are due.
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseInspection, taskPane } from "./paneFlows";

describe("choosing an inspection in the preview", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("shows the inspection's 13 recommendations and its statutory due date", async () => {
    const pane = taskPane(session.page);
    await chooseInspection(pane, RAPE_PHASE_ONE);

    // The Draft tab names the inspection and gives its facts beside the title.
    const draft = pane.getByRole("tabpanel");
    await draft.getByRole("heading", { name: RAPE_PHASE_ONE }).waitFor();
    await expectText(draft, "13 recommendations");
    // Published 16 July 2021: comments are due 55 days later (Police Act 1996 s.55).
    await expectText(draft, "due 9 September 2021");
    await pane.getByRole("heading", { name: "Recommendations (13)" }).waitFor();
    expect(await pane.getByRole("button", { name: /^Insert section for recommendation \d+$/ }).count()).toBe(13);

    await screenshot(session.page, "foundation-inspection-chosen");
    expect(session.allProblems()).toEqual([]);
  });
});

async function expectText(locator: import("playwright-core").Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ timeout: 10_000 });
  expect(await locator.innerText()).toContain(text);
}
