/**
 * The office's own sources (Settings › Sources; issues 9 and 10): the organisation catalog and the
 * office's wording library, read from an https address (or, for the library, a file chosen on a
 * network drive), kept per user with when they were fetched, and refreshed after the pane's first
 * paint and on "Refresh now". A refresh that fails keeps the copy in use and says why.
 *
 * Where the content goes: the catalog's inspections are listed beside the built-in ones and the
 * office's own (one with a built-in one's id takes its place; one of the user's own with the same
 * id takes the place of both); the library replaces the built-in wording (entries edited on the
 * Wording tab still come on top).
 */
import {
  SOURCE_FIELDS,
  SOURCE_LIMIT_BYTES,
  SOURCE_NAMES,
  copyInUse,
  copyInUseBrief,
  describeFailure,
  emptySources,
  parseSourceCopy,
  parseSources,
  readSourceContent,
  sourceCopyText,
  type SourceContent,
  type SourceCopy,
  type SourceFailure,
  type SourceKind,
  type SourcesSettings,
} from "../../domain/sources";
import type { Inspection } from "../../domain/catalog/types";
import { fetchSourceText, type FetchLike } from "../fetchSource";
import type { Services } from "../services";
import type { CatalogState } from "../store/catalogSlice";
import { patch, useStore } from "../store/store";
import { initialSource, type SourceState } from "../store/sourcesSlice";
import { combineCatalog } from "./ownInspections";
import { clearTopic, showMessage } from "./messages";

export const SOURCES_KEY = "ird.sources.v1";
export const SOURCE_COPY_KEYS: Record<SourceKind, string> = { catalog: "ird.sources.catalog.v1", wording: "ird.sources.wording.v1" };
/** The refresh failure (address and reason) whose banner the user closed, per source: not shown again on later loads. */
export const SOURCE_DISMISSED_KEY = "ird.sources.dismissed.v1";

const KINDS: readonly SourceKind[] = ["catalog", "wording"];
const fieldOf = (kind: SourceKind) => SOURCE_FIELDS.find((f) => f.kind === kind)!.field;
const topicOf = (kind: SourceKind) => `source-${kind}`;
const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

function fetchOf(services: Services): FetchLike | null {
  if (services.fetch) return services.fetch;
  return typeof fetch === "function" ? (url, init) => fetch(url, init) : null;
}

const copyOf = (kind: SourceKind) => useStore.getState().sources[kind].copy;

function patchSource(kind: SourceKind, change: Partial<SourceState>): void {
  patch("sources", (s) => ({ [kind]: { ...s[kind], ...change } }));
}

// The document's own inspection stays listed unless a catalog has it.
const documentOnes = (c: CatalogState) => c.inspections.filter((i) => c.fromDocument.includes(i.id) && !c.own.includes(i.id));

function showOrganisationCatalog(list: Inspection[]): void {
  patch("catalog", (c) => {
    const own = c.inspections.filter((i) => c.own.includes(i.id));
    const ids = new Set(list.map((i) => i.id));
    const inspections = combineCatalog(c.builtIn, own, documentOnes(c), list);
    return {
      organisation: list,
      fromDocument: c.fromDocument.filter((id) => !ids.has(id)),
      inspections,
      // One the organisation withdrew is no longer chosen (a document drafted from it keeps its copy).
      selectedId: c.selectedId && inspections.some((i) => i.id === c.selectedId) ? c.selectedId : null,
    };
  });
}

/** Puts a copy's content where it is used, and its facts in Settings › Sources. */
function putInUse(copy: SourceCopy, content: SourceContent): void {
  const { content: _text, ...facts } = copy;
  if (content.kind === "catalog") {
    showOrganisationCatalog(content.inspections);
    patchSource("catalog", { copy: facts, count: content.inspections.length, skipped: content.skipped });
  } else {
    patch("wording", { organisation: content.snippets, organisationCategories: content.categories });
    patchSource("wording", { copy: facts, count: content.snippets.length, skipped: [] });
  }
}

function stopUsing(services: Services, kind: SourceKind): void {
  try {
    services.storage.removeItem(SOURCE_COPY_KEYS[kind]);
  } catch {
    // Nothing kept to remove.
  }
  if (kind === "catalog") showOrganisationCatalog([]);
  else patch("wording", { organisation: null, organisationCategories: [] });
  patchSource(kind, initialSource());
  writeDismissed(services, kind, null);
  clearTopic(topicOf(kind));
}

/** Keeps a copy for offline use; in memory only (and says so) when the browser refuses. */
function keep(services: Services, kind: SourceKind, copy: SourceCopy): void {
  try {
    services.storage.setItem(SOURCE_COPY_KEYS[kind], sourceCopyText(copy));
  } catch (error) {
    showMessage(
      `${topicOf(kind)}-kept`,
      "warning",
      `${SOURCE_NAMES[kind]} could not be kept for offline use`,
      `This browser refused to store it (${error instanceof Error ? error.message : String(error)}). It is used until the add-in closes, then fetched again.`,
    );
  }
}

/** Reads the saved addresses and the copies kept from last time (the pane calls it once, after its first paint). */
export function loadSources(services: Services): void {
  if (useStore.getState().sources.loaded) return;
  let saved: SourcesSettings | null = null;
  const text = services.storage.getItem(SOURCES_KEY);
  if (text) {
    try {
      saved = parseSources(JSON.parse(text)).sources ?? null;
    } catch {
      saved = null;
    }
    if (!saved) showMessage("sources", "warning", "Your saved sources could not be read", "Enter the addresses again in Settings › Sources.");
  }
  patch("sources", { loaded: true, saved, draft: saved ?? emptySources(), errors: {} });
  for (const kind of KINDS) {
    const copy = parseSourceCopy(services.storage.getItem(SOURCE_COPY_KEYS[kind]));
    if (!copy) continue;
    const read = readSourceContent(kind, copy.content);
    if (read.ok) putInUse(copy, read.value);
    else showMessage(topicOf(kind), "warning", `The kept copy of ${SOURCE_NAMES[kind].toLowerCase()} could not be read`, "It will be fetched again.");
  }
}

type DismissedFailures = Partial<Record<SourceKind, { from: string; reason: string }>>;

function readDismissed(services: Services): DismissedFailures {
  try {
    const value: unknown = JSON.parse(services.storage.getItem(SOURCE_DISMISSED_KEY) ?? "{}");
    const out: DismissedFailures = {};
    for (const kind of KINDS) {
      const entry = (value as Record<string, unknown> | null)?.[kind] as { from?: unknown; reason?: unknown } | undefined;
      if (typeof entry?.from === "string" && typeof entry.reason === "string") out[kind] = { from: entry.from, reason: entry.reason };
    }
    return out;
  } catch {
    return {};
  }
}

/** Remembers (or, with null, forgets) the failure whose banner the user closed; a refused write only means it shows again. */
function writeDismissed(services: Services, kind: SourceKind, entry: { from: string; reason: string } | null): void {
  const all = readDismissed(services);
  if (!entry && !all[kind]) return;
  if (entry) all[kind] = entry;
  else delete all[kind];
  try {
    if (Object.keys(all).length) services.storage.setItem(SOURCE_DISMISSED_KEY, JSON.stringify(all));
    else services.storage.removeItem(SOURCE_DISMISSED_KEY);
  } catch {
    // Shown again next time.
  }
}

/**
 * Sets when the last attempt failed (Settings › Sources gives the reason) and says so in one short
 * banner. Once closed, the same failure of the same address is not announced again on later loads;
 * a different one is.
 */
function failed(services: Services, kind: SourceKind, url: string, failure: SourceFailure, title: string): void {
  const reason = sentence(describeFailure(failure));
  patchSource(kind, { refreshing: false, problem: { at: services.now().toISOString(), reason } });
  const closed = readDismissed(services)[kind];
  if (closed && closed.from === url && closed.reason === reason) return clearTopic(topicOf(kind));
  showMessage(topicOf(kind), "warning", title, `${sentence(copyInUseBrief(kind, copyOf(kind)))}. The reason is in Settings › Sources.`, () =>
    writeDismissed(services, kind, { from: url, reason }),
  );
}

function succeeded(services: Services, kind: SourceKind, copy: SourceCopy, content: SourceContent): void {
  keep(services, kind, copy);
  putInUse(copy, content);
  patchSource(kind, { refreshing: false, problem: null });
  // It works again: a later failure, even the same one, is news.
  writeDismissed(services, kind, null);
  if (content.kind === "catalog" && content.skipped.length) {
    const n = content.skipped.length;
    showMessage(topicOf(kind), "warning", `${n} ${n === 1 ? "entry" : "entries"} of your organisation's catalog could not be read and ${n === 1 ? "is" : "are"} not listed`, `${content.skipped.slice(0, 3).join("; ")}${n > 3 ? `; and ${n - 3} more` : ""}. Ask whoever publishes the catalog to correct ${n === 1 ? "it" : "them"}.`);
  } else {
    clearTopic(topicOf(kind));
  }
}

/** Fetches one source from its saved address; on any failure the copy in use stays and the pane says why. */
export async function refreshSource(services: Services, kind: SourceKind): Promise<void> {
  const url = useStore.getState().sources.saved?.[fieldOf(kind)] ?? "";
  if (!url || useStore.getState().sources[kind].refreshing) return;
  const fetchFn = fetchOf(services);
  patchSource(kind, { refreshing: true });
  const title = `${SOURCE_NAMES[kind]} could not be refreshed`;
  if (!fetchFn) return failed(services, kind, url, { kind: "unreachable" }, title);
  const fetched = await fetchSourceText(fetchFn, url, { maxBytes: SOURCE_LIMIT_BYTES[kind], timeoutMs: services.sourceTimeoutMs });
  // The address changed (or was removed) meanwhile: this answer is for a source no longer used.
  if ((useStore.getState().sources.saved?.[fieldOf(kind)] ?? "") !== url) return patchSource(kind, { refreshing: false });
  if (!fetched.ok) return failed(services, kind, url, fetched.failure, title);
  const read = readSourceContent(kind, fetched.text);
  if (!read.ok) return failed(services, kind, url, read.failure, title);
  succeeded(services, kind, { from: url, fromFile: false, fetchedAt: services.now().toISOString(), content: read.value.content }, read.value);
}

/** Refreshes every source that has an address (after the first paint, and on "Refresh now"). */
export async function refreshSources(services: Services): Promise<void> {
  await Promise.all(KINDS.map((kind) => refreshSource(services, kind)));
}

export function editSource(field: keyof SourcesSettings, value: string): void {
  patch("sources", (s) => ({ draft: { ...(s.draft ?? emptySources()), [field]: value }, errors: { ...s.errors, [field]: undefined } }));
}

/**
 * Validates and saves the addresses. A removed address stops that source (its kept copy goes, unless
 * it came from a chosen file); a new or changed one is fetched at once.
 */
export async function saveSources(services: Services): Promise<boolean> {
  const { draft, saved: before } = useStore.getState().sources;
  const result = parseSources(draft ?? emptySources());
  if (!result.sources) {
    patch("sources", { errors: result.errors });
    return false;
  }
  const next = result.sources;
  try {
    services.storage.setItem(SOURCES_KEY, JSON.stringify(next));
  } catch (error) {
    showMessage("sources", "error", "The sources could not be saved", `This browser refused to store them (${error instanceof Error ? error.message : String(error)}). What you typed is still in the form.`);
    return false;
  }
  patch("sources", { saved: next, draft: next, errors: {} });
  const changed = KINDS.filter((kind) => next[fieldOf(kind)] !== (before?.[fieldOf(kind)] ?? ""));
  for (const kind of changed) if (!next[fieldOf(kind)] && !copyOf(kind)?.fromFile) stopUsing(services, kind);
  const fetching = changed.filter((kind) => next[fieldOf(kind)]);
  showMessage("sources", "success", "Sources saved", fetching.length ? "Fetching them now." : "");
  await Promise.all(fetching.map((kind) => refreshSource(services, kind)));
  // What came of the fetch (a failure has its own message).
  const fetched = fetching.flatMap((kind) => {
    const s = useStore.getState().sources[kind];
    if (s.problem || !s.copy) return [];
    return [`${SOURCE_NAMES[kind]}: ${s.count} ${kind === "catalog" ? (s.count === 1 ? "inspection" : "inspections") : s.count === 1 ? "entry" : "entries"} fetched.`];
  });
  if (fetching.length) showMessage("sources", "success", "Sources saved", fetched.join(" "));
  return true;
}

/** Stops using a source: its address and its kept copy go; the built-in catalog or wording is used alone. */
export function removeSource(services: Services, kind: SourceKind): void {
  const saved = useStore.getState().sources.saved ?? emptySources();
  const next = { ...saved, [fieldOf(kind)]: "" };
  try {
    services.storage.setItem(SOURCES_KEY, JSON.stringify(next));
  } catch {
    // The copy still goes; the address is cleared for this session.
  }
  patch("sources", (s) => ({ saved: next, draft: { ...(s.draft ?? emptySources()), [fieldOf(kind)]: "" }, errors: { ...s.errors, [fieldOf(kind)]: undefined } }));
  stopUsing(services, kind);
  showMessage("sources", "info", `${SOURCE_NAMES[kind]} is no longer used`, kind === "catalog" ? "Its inspections are no longer listed." : "The built-in wording is used again.");
}

/**
 * A library file on a network drive (or a synced SharePoint folder), chosen with the file picker:
 * read once and kept as the copy in use. It does not refresh by itself, so the source's address is
 * cleared (a refresh would replace it).
 */
export async function chooseSourceFile(services: Services, kind: SourceKind, file: { name: string; size: number; text: () => Promise<string> }): Promise<void> {
  const title = `“${file.name}” was not used`;
  const refuse = (failure: SourceFailure) => {
    const reason = describeFailure(failure);
    showMessage(topicOf(kind), "error", title, `${sentence(reason)}. ${copyInUse(kind, copyOf(kind))}`);
  };
  if (file.size > SOURCE_LIMIT_BYTES[kind]) return refuse({ kind: "too-big", limitBytes: SOURCE_LIMIT_BYTES[kind], bytes: file.size });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse({ kind: "invalid", message: "the file could not be read" });
  }
  const read = readSourceContent(kind, text);
  if (!read.ok) return refuse(read.failure);
  const saved = useStore.getState().sources.saved ?? emptySources();
  if (saved[fieldOf(kind)]) {
    const next = { ...saved, [fieldOf(kind)]: "" };
    try {
      services.storage.setItem(SOURCES_KEY, JSON.stringify(next));
    } catch {
      // Cleared for this session.
    }
    patch("sources", (s) => ({ saved: next, draft: { ...(s.draft ?? emptySources()), [fieldOf(kind)]: "" } }));
  }
  succeeded(services, kind, { from: file.name, fromFile: true, fetchedAt: services.now().toISOString(), content: read.value.content }, read.value);
  const count = read.value.kind === "catalog" ? read.value.inspections.length : read.value.snippets.length;
  showMessage(
    "sources",
    "success",
    `“${file.name}” is now ${SOURCE_NAMES[kind].toLowerCase()}`,
    `${count} ${kind === "catalog" ? (count === 1 ? "inspection" : "inspections") : count === 1 ? "entry" : "entries"} read. It will not refresh by itself: choose the file again when it changes.`,
  );
}
