/**
 * The office's own sources (Settings › Sources): which addresses are allowed, fetching within the
 * limits, and the kept copy that stays in use, with the reason said, whenever a refresh fails.
 */
import { SOURCE_LIMIT_BYTES, parseSources, readCatalogContent, readWordingContent, sourceUrlProblem } from "../../src/domain/sources";
import { SOURCE_COPY_KEYS, SOURCES_KEY, editSource, loadSources, refreshSources, removeSource, saveSources } from "../../src/taskpane/actions/sources";
import { currentWordingOptions } from "../../src/taskpane/actions/wording";
import { fetchSourceText } from "../../src/taskpane/fetchSource";
import type { Services } from "../../src/taskpane/services";
import { resetStore, useStore } from "../../src/taskpane/store/store";
import { FakeWordPort } from "../support/fakePort";
import { ORG_CATALOG_URL, ORG_WORDING_URL, fakeFetch, orgCatalogText, orgInspection, orgWordingText, streamed, type Answer } from "../support/sourceFixtures";

const LIMIT = { maxBytes: 1000, timeoutMs: 200 };

describe("which addresses a source may have", () => {
  it("allows https addresses only, without a user name or password", () => {
    expect(sourceUrlProblem(ORG_CATALOG_URL)).toBeNull();
    expect(sourceUrlProblem("https://contoso.sharepoint.com/sites/opcc/Shared%20Documents/catalog.json?download=1")).toBeNull();
    expect(sourceUrlProblem("")).toBeNull(); // no source
    expect(sourceUrlProblem("http://opcc.example.org/catalog.json")).toMatch(/must start with https:\/\//);
    expect(sourceUrlProblem("file:///S:/Comms/wording.json")).toMatch(/network drive, use “Choose a file”/);
    expect(sourceUrlProblem("ftp://opcc.example.org/catalog.json")).toMatch(/must be a web address starting with https:\/\//);
    expect(sourceUrlProblem("javascript:alert(1)")).toMatch(/https:\/\//);
    expect(sourceUrlProblem("https://comms:secret@opcc.example.org/catalog.json")).toBe("must not contain a user name or password");
    expect(sourceUrlProblem("opcc.example.org/catalog.json")).toBe("must be a full web address starting with https://");
  });

  it("validates the sources form field by field, naming the field", () => {
    expect(parseSources({ catalogUrl: ` ${ORG_CATALOG_URL} `, wordingUrl: "" })).toEqual({ sources: { catalogUrl: ORG_CATALOG_URL, wordingUrl: "" }, errors: {} });
    const bad = parseSources({ catalogUrl: "http://x.example/c.json", wordingUrl: "https://a:b@x.example/w.json" });
    expect(bad.sources).toBeUndefined();
    expect(bad.errors.catalogUrl).toMatch(/^Organisation catalog address must start with https:\/\//);
    expect(bad.errors.wordingUrl).toBe("Wording library address must not contain a user name or password");
  });
});

describe("fetching a source", () => {
  it("never asks for an address that is not https", async () => {
    const fetch = fakeFetch({});
    const got = await fetchSourceText(fetch, "http://opcc.example.org/catalog.json", LIMIT);
    expect(got).toEqual({ ok: false, failure: { kind: "not-allowed", problem: expect.stringMatching(/https/) } });
    expect(fetch.calls).toEqual([]);
  });

  it("refuses a file too large by its Content-Length without reading it", async () => {
    const response = streamed(["{}"], { headers: { "content-length": "5000" } });
    const got = await fetchSourceText(fakeFetch({ [ORG_CATALOG_URL]: response }), ORG_CATALOG_URL, LIMIT);
    expect(got).toEqual({ ok: false, failure: { kind: "too-big", limitBytes: 1000, bytes: 5000 } });
  });

  it("stops reading a file with no length once it passes the limit, and cancels the download", async () => {
    const response = streamed(Array.from({ length: 50 }, () => "x".repeat(100)));
    const got = await fetchSourceText(fakeFetch({ [ORG_CATALOG_URL]: response }), ORG_CATALOG_URL, LIMIT);
    expect(got).toEqual({ ok: false, failure: { kind: "too-big", limitBytes: 1000 } });
    expect(response.cancelled()).toBe(true);
  });

  it("gives up on a server that does not answer", async () => {
    const got = await fetchSourceText(fakeFetch({ [ORG_CATALOG_URL]: "hang" }), ORG_CATALOG_URL, { maxBytes: 1000, timeoutMs: 50 });
    expect(got).toEqual({ ok: false, failure: { kind: "timeout", seconds: 1 } });
  });

  it("reports a server's refusal and an unreachable server apart", async () => {
    expect(await fetchSourceText(fakeFetch({}), ORG_CATALOG_URL, LIMIT)).toEqual({ ok: false, failure: { kind: "status", status: 404 } });
    expect(await fetchSourceText(fakeFetch({ [ORG_CATALOG_URL]: "offline" }), ORG_CATALOG_URL, LIMIT)).toEqual({ ok: false, failure: { kind: "unreachable" } });
  });

  it("refuses a redirect away from https", async () => {
    const response = streamed(["{}"], { url: "http://opcc.example.org/catalog.json" });
    const got = await fetchSourceText(fakeFetch({ [ORG_CATALOG_URL]: response }), ORG_CATALOG_URL, LIMIT);
    expect(got.ok).toBe(false);
  });

  it("reads a file split across chunks, multi-byte characters included", async () => {
    const text = JSON.stringify({ title: "Commissioner’s café" });
    const bytes = new TextEncoder().encode(text);
    const cut = text.indexOf("’") + 1; // inside the three bytes of ’
    const response = streamed([text.slice(0, cut), text.slice(cut)]);
    expect(await fetchSourceText(fakeFetch({ [ORG_CATALOG_URL]: response }), ORG_CATALOG_URL, { maxBytes: bytes.length, timeoutMs: 200 })).toEqual({ ok: true, text });
  });
});

describe("reading a source's content", () => {
  it("keeps markup in recommendation text and wording as text", () => {
    const catalog = readCatalogContent(orgCatalogText());
    expect(catalog.ok && catalog.value.inspections[0].recommendations[0].text).toContain("<script>alert('x')</script>");
    const wording = readWordingContent(orgWordingText());
    expect(wording.ok && wording.value.snippets[0].text).toContain("<b>this</b>");
  });

  it("says a web page is not a JSON file (a sign-in page or a viewer), and names what is wrong with the schema", () => {
    expect(readCatalogContent("<!doctype html><html><body>Sign in</body></html>")).toEqual({ ok: false, failure: { kind: "not-json", html: true } });
    expect(readCatalogContent('{"inspections": [')).toEqual({ ok: false, failure: { kind: "not-json", html: false } });
    const wrong = readCatalogContent(JSON.stringify({ inspections: [{ ...orgInspection(), publishedOn: "2021-02-30" }] }));
    expect(wrong).toEqual({ ok: false, failure: { kind: "invalid", message: expect.stringMatching(/publication date is not a real date/) } });
    expect(readWordingContent(JSON.stringify({ format: "something-else" }))).toEqual({ ok: false, failure: { kind: "invalid", message: expect.stringMatching(/^the file format must be "ird-wording"/) } });
  });

  it("lists a catalog's valid inspections and names those left out; refuses a library with any invalid entry", () => {
    const read = readCatalogContent(orgCatalogText([orgInspection(), { ...orgInspection("broken"), recommendations: [] }]));
    expect(read.ok && read.value.inspections.map((i) => i.id)).toEqual(["opcc-eastmoor-custody-2021"]);
    expect(read.ok && read.value.skipped).toEqual([expect.stringMatching(/^Eastmoor custody \(organisation\): recommendations must list at least one/)]);
    const library = JSON.parse(orgWordingText());
    library.snippets[1].status = "withdrawn";
    const refused = readWordingContent(JSON.stringify(library));
    expect(refused).toEqual({ ok: false, failure: { kind: "invalid", message: expect.stringMatching(/^1 entry is not valid \(org-closing: status must be approved, draft or retired\), so none of the file is used/) } });
  });

  it("refuses content past the schemas' own limits", () => {
    expect(readCatalogContent(" ".repeat(SOURCE_LIMIT_BYTES.catalog + 1))).toEqual({ ok: false, failure: { kind: "too-big", limitBytes: SOURCE_LIMIT_BYTES.catalog } });
  });
});

describe("the copy in use, refreshed and kept", () => {
  const NOW = new Date("2021-08-20T09:30:00Z");
  function servicesWith(answers: Record<string, Answer>, stored: Record<string, string> = {}) {
    resetStore();
    const data = new Map(Object.entries(stored));
    const fetch = fakeFetch(answers);
    let now = NOW;
    const services: Services = {
      port: new FakeWordPort(),
      now: () => now,
      storage: { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) },
      download: () => undefined,
      loadCatalog: async () => ({ inspections: [] }),
      scanIntervalMs: 50,
      fetch,
      sourceTimeoutMs: 100,
    };
    return { services, data, fetch, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
  }
  const listed = () => useStore.getState().catalog.inspections.map((i) => i.shortTitle);
  const messages = () => useStore.getState().ui.messages.map((m) => `${m.title}: ${m.body}`);
  const both = { catalogUrl: ORG_CATALOG_URL, wordingUrl: ORG_WORDING_URL };

  it("a successful refresh lists the organisation's inspections, uses its library and keeps both with when they were fetched", async () => {
    const { services, data } = servicesWith({ [ORG_CATALOG_URL]: orgCatalogText(), [ORG_WORDING_URL]: orgWordingText() }, { [SOURCES_KEY]: JSON.stringify(both) });
    loadSources(services);
    await refreshSources(services);
    expect(listed()).toEqual(["Eastmoor custody (organisation)"]);
    expect(useStore.getState().wording.organisation?.map((s) => s.id)).toEqual(["org-opening", "org-closing"]);
    const kept = JSON.parse(data.get(SOURCE_COPY_KEYS.catalog)!);
    expect(kept).toMatchObject({ from: ORG_CATALOG_URL, fromFile: false, fetchedAt: NOW.toISOString() });
    expect(useStore.getState().sources.catalog).toMatchObject({ count: 1, problem: null, refreshing: false });
    expect(messages()).toEqual([]);
  });

  it.each<[string, Answer, RegExp]>([
    ["offline", "offline", /^The server could not be reached\. You may be offline/],
    ["a 404", "missing", /^The server has no file at that address \(HTTP 404\)/],
    ["a timeout", "hang", /^The server did not answer within/],
    ["not JSON", "<html><body>Sign in to continue</body></html>", /^The address gave a web page, not a JSON file/],
    ["the wrong schema", JSON.stringify({ inspections: [{ id: "x" }] }), /^No inspection in the file is valid/],
    ["too big (no length given)", streamed(Array.from({ length: 600 }, () => "x".repeat(10_000))), /^The file is larger than the 5 MB the add-in reads/],
  ])("after %s, the last good copy stays listed and the pane says why and when that copy was fetched", async (_, answer, reason) => {
    const first = servicesWith({ [ORG_CATALOG_URL]: orgCatalogText() }, { [SOURCES_KEY]: JSON.stringify({ catalogUrl: ORG_CATALOG_URL }) });
    loadSources(first.services);
    await refreshSources(first.services);

    // The next start: the kept copy is listed at once; the refresh fails.
    const next = servicesWith({ [ORG_CATALOG_URL]: answer === "missing" ? (undefined as unknown as Answer) : answer }, Object.fromEntries(first.data));
    next.later(60 * 60 * 1000);
    loadSources(next.services);
    expect(listed()).toEqual(["Eastmoor custody (organisation)"]);
    await refreshSources(next.services);
    expect(listed()).toEqual(["Eastmoor custody (organisation)"]);
    const problem = useStore.getState().sources.catalog.problem;
    expect(problem?.reason).toMatch(reason);
    // The banner is one short line; the reason is in Settings › Sources (the problem above).
    expect(messages()).toEqual([expect.stringMatching(/^Your organisation's catalog could not be refreshed: Using the copy from 20 Aug 2021 \d\d:30\. The reason is in Settings › Sources\.$/)]);
    expect(next.data.get(SOURCE_COPY_KEYS.catalog)).toBe(first.data.get(SOURCE_COPY_KEYS.catalog));
  });

  it("a later success replaces the kept copy and clears the message", async () => {
    const { services, data, fetch, later } = servicesWith({ [ORG_CATALOG_URL]: "offline" }, { [SOURCES_KEY]: JSON.stringify({ catalogUrl: ORG_CATALOG_URL }) });
    loadSources(services);
    await refreshSources(services);
    expect(messages()[0]).toMatch(/: None of its inspections are listed yet\. The reason is in Settings › Sources\.$/);
    fetch.answers[ORG_CATALOG_URL] = orgCatalogText([orgInspection("opcc-eastmoor-custody-2021", "Eastmoor custody, corrected")]);
    later(5 * 60 * 1000);
    await refreshSources(services);
    expect(listed()).toEqual(["Eastmoor custody, corrected"]);
    expect(JSON.parse(data.get(SOURCE_COPY_KEYS.catalog)!).fetchedAt).toBe("2021-08-20T09:35:00.000Z");
    expect(messages()).toEqual([]);
    expect(useStore.getState().sources.catalog.problem).toBeNull();
  });

  it("a failed library refresh keeps the library in use; officers keep the organisation's approved wording", async () => {
    const first = servicesWith({ [ORG_WORDING_URL]: orgWordingText() }, { [SOURCES_KEY]: JSON.stringify({ wordingUrl: ORG_WORDING_URL }) });
    loadSources(first.services);
    await refreshSources(first.services);
    const next = servicesWith({ [ORG_WORDING_URL]: JSON.stringify({ format: "ird-wording", formatVersion: 2, snippets: [] }) }, Object.fromEntries(first.data));
    loadSources(next.services);
    await refreshSources(next.services);
    expect(useStore.getState().wording.organisation?.map((s) => s.id)).toEqual(["org-opening", "org-closing"]);
    expect(messages()[0]).toMatch(/^Your office's wording library could not be refreshed: Using the copy from 20 Aug 2021 /);
    expect(useStore.getState().sources.wording.problem?.reason).toMatch(/^The file formatVersion must be 1/);
    // The library replaces the built-in one; officers see its approved entries only.
    expect(currentWordingOptions(useStore.getState(), NOW).map((o) => o.id)).toEqual(["org-opening"]);
    useStore.setState((s) => ({ wording: { ...s.wording, editor: true } }));
    expect(currentWordingOptions(useStore.getState(), NOW).map((o) => o.id).sort()).toEqual(["org-closing", "org-opening"]);
  });

  it("stopping a source lists the built-in catalog and wording alone again and forgets the kept copy", async () => {
    const { services, data } = servicesWith({ [ORG_CATALOG_URL]: orgCatalogText(), [ORG_WORDING_URL]: orgWordingText() }, { [SOURCES_KEY]: JSON.stringify(both) });
    loadSources(services);
    await refreshSources(services);
    removeSource(services, "catalog");
    removeSource(services, "wording");
    expect(listed()).toEqual([]);
    expect(useStore.getState().wording.organisation).toBeNull();
    expect(currentWordingOptions(useStore.getState(), NOW).length).toBeGreaterThan(10); // the built-in library
    expect([...data.keys()].filter((k) => k.startsWith("ird.sources."))).toEqual([SOURCES_KEY]);
    expect(JSON.parse(data.get(SOURCES_KEY)!)).toEqual({ catalogUrl: "", wordingUrl: "" });
  });

  it("saving an address fetches it at once; a refused address is not saved and nothing is fetched", async () => {
    const { services, data, fetch } = servicesWith({ [ORG_CATALOG_URL]: orgCatalogText() });
    loadSources(services);
    editSource("catalogUrl", "http://opcc.example.org/ird/catalog.json");
    expect(await saveSources(services)).toBe(false);
    expect(useStore.getState().sources.errors.catalogUrl).toMatch(/must start with https:\/\//);
    expect(data.has(SOURCES_KEY)).toBe(false);
    expect(fetch.calls).toEqual([]);
    editSource("catalogUrl", ORG_CATALOG_URL);
    expect(await saveSources(services)).toBe(true);
    expect(fetch.calls).toEqual([ORG_CATALOG_URL]);
    expect(listed()).toEqual(["Eastmoor custody (organisation)"]);
  });
});
