// The task pane runs in the preview under the Content-Security-Policy Word gets (taskpane.html's own
// <meta>): every screen works without a single violation, and a violation would not go unnoticed
// (every e2e test's allProblems() includes them).
import { paneFrame, walkScreens } from "./paneFlows";
import { openPreview, type PreviewSession } from "./support";

describe("the task pane under its Content-Security-Policy", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("carries the policy: scripts only from its origin and office.js's CDN, no eval", async () => {
    const frame = await paneFrame(session.page);
    const policy = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("walks every screen, inserting a response and checking coverage, with no violation", async () => {
    const visited: string[] = [];
    await walkScreens(session.page, "Response to rape – Phase one", async (screen) => void visited.push(screen));
    expect(visited).toContain("coverage");
    expect(session.allProblems()).toEqual([]);
  }, 120_000);

  it("would report an inline script or a script from elsewhere in the pane, had one been tried", async () => {
    const frame = await paneFrame(session.page);
    // (Code run here by the test itself is exempt from the policy, so eval cannot be shown this way;
    // tests/unit/csp.test.ts checks that the policy has no 'unsafe-eval'.)
    const ran = await frame.evaluate(async () => {
      const w = window as unknown as Record<string, boolean | undefined>;
      const inline = document.createElement("script");
      inline.textContent = "window.__inlineRan = true;";
      document.head.appendChild(inline);
      const fromData = document.createElement("script");
      fromData.src = "data:text/javascript,window.__dataRan=true";
      const settled = new Promise((resolve) => (fromData.onerror = fromData.onload = resolve));
      document.head.appendChild(fromData);
      await settled;
      return { inline: w.__inlineRan === true, fromData: w.__dataRan === true };
    });
    expect(ran).toEqual({ inline: false, fromData: false });
    // The reports arrive through the browser's event loop: wait (up to 5 s) for both.
    for (let waited = 0; session.problems.cspViolations.length < 2 && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const reported = session.problems.cspViolations.join("\n");
    expect(reported).toMatch(/script-src-elem blocked inline/);
    expect(reported).toMatch(/script-src-elem blocked data/);
    expect(session.allProblems().some((p) => p.startsWith("Content-Security-Policy violation:"))).toBe(true);
  });
});
