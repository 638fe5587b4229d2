// Settings › Sources in the preview: the office sets its organisation catalog's https address, the
// pane fetches it (served here by the test, as the office's web server would, with the CORS header)
// and lists its inspection; then the server goes away, and Refresh now keeps the last good copy
// listed and says why. The pane's own Content-Security-Policy (connect-src https:) is in force.
import type { Route } from "playwright-core";
import { openPreview, type PreviewSession } from "./support";
import { paneAxeViolations, screenshotPane, skipWelcome, taskPane } from "./paneFlows";

const CATALOG_URL = "https://opcc.example.org/ird/catalog.json";

const CATALOG = {
  schemaVersion: 1,
  inspections: [
    {
      id: "opcc-eastmoor-custody-2026",
      title: "An inspection of custody in Eastmoor",
      shortTitle: "Eastmoor custody",
      publishedOn: "2026-10-01",
      inspectorates: ["HMICFRS"],
      type: "thematic",
      portalId: null,
      complete: true,
      recommendations: [
        {
          id: "r1",
          number: 1,
          portalId: null,
          text: "By 31 March 2027, chief constables should make sure every detainee is told of their rights in writing.",
          addressees: ["chief constables"],
          localResponseExpected: true,
          due: "By 31 March 2027",
          parts: [],
        },
      ],
    },
  ],
};

describe("the organisation catalog from its https address", () => {
  let session: PreviewSession;
  let serverUp = true;
  const served: string[] = [];

  beforeAll(async () => {
    session = await openPreview("preview.html");
    // The office's web server: page routes come before the session's, which refuse anything external.
    await session.page.route(CATALOG_URL, async (route: Route) => {
      served.push(route.request().method());
      if (!serverUp) return route.abort("internetdisconnected");
      const cors = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Accept" };
      if (route.request().method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors });
      return route.fulfill({ status: 200, contentType: "application/json", headers: cors, body: JSON.stringify(CATALOG) });
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("lists the organisation's inspection once the address is saved, and keeps it with the reason when the server is gone", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await skipWelcome(pane);
    await pane.getByRole("tab", { name: "Settings" }).click();
    const sources = pane.getByRole("form", { name: "Sources" });
    await sources.getByRole("textbox", { name: /^Organisation catalog address/ }).fill(CATALOG_URL);
    await sources.getByRole("button", { name: "Save sources" }).click();
    await sources.getByText(/^In use: 1 inspection fetched on .* from https:\/\/opcc\.example\.org\/ird\/catalog\.json\.$/).waitFor();

    await pane.getByRole("tab", { name: "Inspections" }).click();
    const entry = pane.getByRole("button", { name: /Eastmoor custody/ });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("from your organisation");
    await screenshotPane(page, "sources-organisation-catalog");

    // The server goes away: the copy stays listed and the pane says why.
    serverUp = false;
    await pane.getByRole("tab", { name: "Settings" }).click();
    await pane.getByRole("button", { name: "Refresh now" }).click();
    const message = pane.getByRole("group", { name: "Your organisation's catalog could not be refreshed" });
    await message.waitFor();
    // One short line; the reason is in Settings › Sources (below).
    expect(await message.textContent()).toMatch(/could not be refreshed ?Using the copy from .* The reason is in Settings › Sources\./);
    await pane.getByRole("form", { name: "Sources" }).getByText(/The last refresh, on .*, failed: The server could not be reached/).waitFor();
    await screenshotPane(page, "sources-settings-refresh-failed");
    expect(await paneAxeViolations(page)).toEqual([]);
    await pane.getByRole("tab", { name: "Inspections" }).click();
    await pane.getByRole("button", { name: /Eastmoor custody/ }).waitFor();
    await screenshotPane(page, "sources-refresh-failed");

    expect(served.filter((m) => m === "GET")).toHaveLength(2);
    // The refused request is the failure this test made; nothing else went wrong.
    const expected = (p: string) => p.includes(CATALOG_URL) || /ERR_INTERNET_DISCONNECTED/.test(p);
    expect(session.allProblems().filter((p) => !expected(p))).toEqual([]);
  });
});
