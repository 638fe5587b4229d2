/** @jest-environment jsdom */
/**
 * Settings › Sources in the pane: the organisation's catalog from its https address listed beside
 * the built-in inspections, the last good copy kept (and the reason shown) when a refresh fails,
 * and the office's wording library chosen as a file on a network drive.
 */
import { screen, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import { SOURCE_COPY_KEYS, SOURCE_DISMISSED_KEY, SOURCES_KEY } from "../../src/taskpane/actions/sources";
import { ORG_CATALOG_URL, fakeFetch, orgCatalogText, orgWordingText } from "../support/sourceFixtures";
import { memoryStorage, renderPane } from "../support/uiHarness";

// jsdom lacks the encoders every browser Office uses has; the pane decodes fetched bytes with them.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const ORG = /Eastmoor custody \(organisation\)/;

async function openSources(pane: ReturnType<typeof renderPane>) {
  await pane.user.click(await screen.findByRole("tab", { name: "Settings" }));
  return screen.findByRole("form", { name: "Sources" });
}

describe("the office's own sources", () => {
  it("lists the organisation's inspections once its address is saved, and keeps the last copy with the reason when a refresh fails", async () => {
    const storage = memoryStorage({ "ird.welcome.v1": "done" });
    const fetch = fakeFetch({ [ORG_CATALOG_URL]: orgCatalogText() });
    const pane = renderPane({ storage, fetch });
    const { user } = pane;
    const sources = await openSources(pane);

    // Only https: the pane says so and fetches nothing.
    const address = within(sources).getByRole("textbox", { name: /^Organisation catalog address/ });
    await user.type(address, "http://opcc.example.org/ird/catalog.json");
    await user.click(within(sources).getByRole("button", { name: "Save sources" }));
    expect(within(sources).getByText(/Organisation catalog address must start with https:\/\//)).toBeInTheDocument();
    expect(fetch.calls).toEqual([]);

    await user.clear(address);
    await user.type(address, ORG_CATALOG_URL);
    await user.click(within(sources).getByRole("button", { name: "Save sources" }));
    expect(await within(sources).findByText(/^In use: 1 inspection fetched on 20 August 2021 at 10:00 from https:\/\/opcc\.example\.org/)).toBeInTheDocument();
    expect(JSON.parse(storage.getItem(SOURCES_KEY)!)).toEqual({ catalogUrl: ORG_CATALOG_URL, wordingUrl: "" });

    await user.click(screen.getByRole("tab", { name: "Inspections" }));
    const entry = await screen.findByRole("button", { name: ORG });
    expect(entry).toHaveTextContent("from your organisation");
    expect(screen.getByRole("button", { name: /Response to rape – Phase one/ })).toBeInTheDocument();

    // The server goes away: Refresh now keeps the copy and says why.
    fetch.answers[ORG_CATALOG_URL] = "offline";
    await openSources(pane);
    await user.click(screen.getByRole("button", { name: "Refresh now" }));
    const sourcesAgain = screen.getByRole("form", { name: "Sources" });
    expect(await within(sourcesAgain).findByText(/failed: The server could not be reached\. You may be offline/)).toHaveTextContent(
      /The copy fetched on 20 August 2021 at 10:00 is still in use\./,
    );
    // The banner is one short line; the reason is in Settings › Sources (above).
    expect(screen.getByRole("group", { name: "Your organisation's catalog could not be refreshed" })).toHaveTextContent(
      /^Your organisation's catalog could not be refreshed Using the copy from 20 Aug 2021 10:00\. The reason is in Settings › Sources\.$/,
    );
    await user.click(screen.getByRole("tab", { name: "Inspections" }));
    expect(await screen.findByRole("button", { name: ORG })).toBeInTheDocument();
    expect(fetch.calls).toEqual([ORG_CATALOG_URL, ORG_CATALOG_URL]);
  });

  it("on the next start, lists the kept copy at once and says briefly that the refresh failed, with why in Settings › Sources", async () => {
    const kept = { from: ORG_CATALOG_URL, fromFile: false, fetchedAt: new Date(2021, 7, 19, 9, 15).toISOString(), content: orgCatalogText() };
    const storage = memoryStorage({ "ird.welcome.v1": "done", [SOURCES_KEY]: JSON.stringify({ catalogUrl: ORG_CATALOG_URL, wordingUrl: "" }), [SOURCE_COPY_KEYS.catalog]: JSON.stringify(kept) });
    const fetch = fakeFetch({ [ORG_CATALOG_URL]: "<html><body>Sign in</body></html>" });
    const pane = renderPane({ storage, fetch });
    expect(await screen.findByRole("button", { name: ORG })).toBeInTheDocument();
    const message = await screen.findByRole("group", { name: "Your organisation's catalog could not be refreshed" });
    expect(message).toHaveTextContent("Using the copy from 19 Aug 2021 09:15. The reason is in Settings › Sources.");
    expect(message).not.toHaveTextContent(/web page/);
    expect(screen.getByRole("button", { name: ORG })).toBeInTheDocument();
    expect(JSON.parse(storage.getItem(SOURCE_COPY_KEYS.catalog)!)).toEqual(kept);
    const sources = await openSources(pane);
    expect(within(sources).getByText(/failed: The address gave a web page, not a JSON file/)).toHaveTextContent("The copy fetched on 19 August 2021 at 09:15 is still in use.");
  });

  it("once its banner is closed, the same failure of the same address is not announced on later starts; a different failure is", async () => {
    const kept = { from: ORG_CATALOG_URL, fromFile: false, fetchedAt: new Date(2021, 7, 19, 9, 15).toISOString(), content: orgCatalogText() };
    const storage = memoryStorage({ "ird.welcome.v1": "done", [SOURCES_KEY]: JSON.stringify({ catalogUrl: ORG_CATALOG_URL, wordingUrl: "" }), [SOURCE_COPY_KEYS.catalog]: JSON.stringify(kept) });
    const fetch = fakeFetch({ [ORG_CATALOG_URL]: "offline" });
    const BANNER = { name: "Your organisation's catalog could not be refreshed" };

    const first = renderPane({ storage, fetch });
    await first.user.click(within(await screen.findByRole("group", BANNER)).getByRole("button", { name: /^Dismiss/ }));
    expect(screen.queryByRole("group", BANNER)).toBeNull();
    expect(storage.getItem(SOURCE_DISMISSED_KEY)).toContain(ORG_CATALOG_URL);
    first.unmount();

    // Reloaded, still unreachable: no banner, but Settings › Sources still says why.
    const second = renderPane({ storage, fetch });
    const sources = await openSources(second);
    expect(await within(sources).findByText(/failed: The server could not be reached/)).toHaveTextContent("The copy fetched on 19 August 2021 at 09:15 is still in use.");
    expect(fetch.calls).toEqual([ORG_CATALOG_URL, ORG_CATALOG_URL]);
    expect(screen.queryByRole("group", BANNER)).toBeNull();
    second.unmount();

    // A different failure (the file is gone) is news: the banner shows again.
    delete fetch.answers[ORG_CATALOG_URL];
    renderPane({ storage, fetch });
    expect(await screen.findByRole("group", BANNER)).toHaveTextContent("Using the copy from 19 Aug 2021 09:15.");
  });

  it("uses a library file chosen on a network drive in place of the built-in wording, saying it will not refresh by itself", async () => {
    const storage = memoryStorage({ "ird.welcome.v1": "done" });
    const pane = renderPane({ storage });
    const { user } = pane;
    const sources = await openSources(pane);
    const file = new File([orgWordingText()], "office-wording.json", { type: "application/json" });
    await user.upload(within(sources).getByLabelText("Wording library file"), file);
    expect(await within(sources).findByText(/^In use: 2 wording entries read from “office-wording\.json” on 20 August 2021 at 10:00\. A chosen file does not refresh by itself/)).toBeInTheDocument();
    expect(JSON.parse(storage.getItem(SOURCE_COPY_KEYS.wording)!)).toMatchObject({ from: "office-wording.json", fromFile: true });

    await user.click(screen.getByRole("tab", { name: "Wording" }));
    const list = await screen.findByRole("list", { name: "Wording" });
    expect(screen.getByText(/^Your office's library, read from “office-wording\.json” on 20 August 2021 at 10:00\. It replaces the built-in wording/)).toBeInTheDocument();
    const titles = within(list).queryAllByRole("listitem").map((li) => li.textContent ?? "");
    // Officers see the approved entry only; the built-in library is no longer offered.
    expect(titles).toEqual([expect.stringMatching(/^Eastmoor opening/)]);
  });
});
