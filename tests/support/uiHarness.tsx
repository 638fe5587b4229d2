/**
 * Renders the whole task pane for a test: a fresh store, the fake port, the real built-in catalog
 * (or one given), a fixed "today", storage in memory and downloads captured.
 */
import "@testing-library/jest-dom";
import { configure, render } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { App } from "../../src/taskpane/components/App";
import { TabbedScreens } from "../../src/taskpane/components/App/screens";
import type { KeyValueStorage, Services } from "../../src/taskpane/services";
import { resetStore } from "../../src/taskpane/store/store";
import { THEMES } from "../../src/taskpane/theme";
import { FakeWordPort } from "./fakePort";

// The whole pane renders in jsdom with Fluent: slower than a unit test on a shared 2-core machine.
jest.setTimeout(30_000);
// Role queries skip jsdom's getComputedStyle walk for visibility (by far the slowest part of a
// query over Fluent's DOM); the pane hides inactive screens by not rendering them, so hidden
// elements do not crowd the results. findBy…/waitFor wait up to 4 s rather than 1 s: on a loaded
// two-core CI machine a lazy screen or a dialog's exit can take longer; a passing test waits no longer.
configure({ defaultHidden: true, asyncUtilTimeout: 4000 });
// The tab bar and inspection list are a chunk of their own, which the entry (index.tsx) and the
// painted welcome load before anyone can reach them (issue 12); loaded here once, as the page does.
void TabbedScreens.preload();

export const builtInCatalog = (): { inspections: unknown[] } => JSON.parse(readFileSync(path.join(__dirname, "../../assets/catalog.json"), "utf8"));

export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** Storage of a user who has used the pane before (welcome done), so tests start at the catalog. */
export const returningUser = () => memoryStorage({ "ird.welcome.v1": "done" });

export interface PaneOptions {
  port?: FakeWordPort;
  catalog?: unknown;
  /** Defaults to 20 August 2021: Response to rape phase one (published 16 July 2021) is then due in 20 days. */
  today?: Date;
  storage?: KeyValueStorage;
  scanIntervalMs?: number;
  /** Replaces the catalog loader entirely (e.g. one that fails). */
  loadCatalog?: () => Promise<unknown>;
  /** Replaces how inserts load the compose code (e.g. one that waits, to cancel while composing). */
  loadComposer?: Services["loadComposer"];
  /** Answers the office's sources (Settings › Sources); none by default. */
  fetch?: Services["fetch"];
}

export function renderPane(options: PaneOptions = {}) {
  resetStore();
  const port = options.port ?? new FakeWordPort();
  const downloads: { fileName: string; blob: Blob }[] = [];
  const services: Services = {
    port,
    now: () => new Date((options.today ?? new Date(2021, 7, 20, 10, 0)).getTime()),
    storage: options.storage ?? returningUser(),
    download: (fileName, blob) => void downloads.push({ fileName, blob }),
    loadCatalog: options.loadCatalog ?? (async () => options.catalog ?? builtInCatalog()),
    scanIntervalMs: options.scanIntervalMs ?? 50,
    ...(options.loadComposer ? { loadComposer: options.loadComposer } : {}),
    ...(options.fetch ? { fetch: options.fetch, sourceTimeoutMs: 200 } : {}),
  };
  // No artificial delay between keystrokes: the pane's behaviour does not depend on typing speed.
  // pointer-events checks call getComputedStyle up the tree on every click; over Fluent's growing
// stylesheet in jsdom that made a file of pane tests take minutes. Pointer-event styles are not
// what these tests are about (the e2e tests click in a real browser).
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(<App services={services} theme={THEMES.light} />);
  return { ...view, user, port, services, downloads };
}
