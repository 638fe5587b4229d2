/**
 * The wording library as people use it: the built-in wording with the office's own on top, what
 * an officer or a comms editor sees of it, and which version of an entry is current.
 */
import type { ApprovalStatus, WordingSnippet } from "./types";

const key = (s: Pick<WordingSnippet, "id" | "version">) => `${s.id}@${s.version}`;

/** Built-in wording plus the office's: the same id and version from the office replaces ours. */
export function mergeLibraries(builtIn: readonly WordingSnippet[], office: readonly WordingSnippet[]): WordingSnippet[] {
  const byKey = new Map(builtIn.map((s) => [key(s), s]));
  for (const s of office) byKey.set(key(s), s);
  return [...byKey.values()];
}

/** Every version of one entry, newest first. */
export function versionsOf(library: readonly WordingSnippet[], id: string): WordingSnippet[] {
  return library.filter((s) => s.id === id).sort((a, b) => b.version - a.version);
}

/**
 * Where an entry stands: the approved text to use now (null when there is none), whether it has
 * been retired (its newest decided version, approved or retired, is retired), and its newest version
 * of any status (what an editor works on).
 */
export interface EntryState {
  id: string;
  current: WordingSnippet | null;
  retired: boolean;
  latest: WordingSnippet;
}

export function entryState(library: readonly WordingSnippet[], id: string): EntryState | null {
  const versions = versionsOf(library, id);
  if (versions.length === 0) return null;
  const decided = versions.find((s) => s.status !== "draft");
  const retired = decided?.status === "retired";
  return { id, current: retired ? null : (versions.find((s) => s.status === "approved") ?? null), retired, latest: versions[0] };
}

export type WordingRole = "officer" | "editor";

/**
 * The entries a person is shown, one per id: officers the current approved text of entries not
 * retired; comms editors the newest version of every entry, whatever its status.
 */
export function visibleEntries(library: readonly WordingSnippet[], role: WordingRole): WordingSnippet[] {
  const ids = [...new Set(library.map((s) => s.id))];
  return ids.flatMap((id) => {
    const state = entryState(library, id)!;
    if (role === "editor") return [state.latest];
    return state.current ? [state.current] : [];
  });
}

/** The version number an edit of this entry gets: a draft is edited in place, anything decided gets a new version. */
export function versionForEdit(library: readonly WordingSnippet[], id: string): number {
  const latest = versionsOf(library, id)[0];
  if (!latest) return 1;
  return latest.status === "draft" ? latest.version : latest.version + 1;
}

/** Replaces (same id and version) or adds one snippet in the office's own list. */
export function putSnippet(office: readonly WordingSnippet[], snippet: WordingSnippet): WordingSnippet[] {
  return [...office.filter((s) => key(s) !== key(snippet)), snippet];
}

export function withStatus(snippet: WordingSnippet, status: ApprovalStatus): WordingSnippet {
  return { ...snippet, status };
}

/**
 * Placeholder names people write from habit, mapped to the template language's own
 * (placeholders.ts): {force} is {forceName}, {inspection.title} is {inspectionTitle}…
 */
export const PLACEHOLDER_ALIASES: Readonly<Record<string, string>> = {
  force: "forceName",
  "inspection.title": "inspectionTitle",
  "inspection.published": "publishedOn:long",
  "inspection.due": "dueOn:long",
  "recommendation.number": "number",
  "recommendation.addressee": "addressees",
  "recommendation.addressees": "addressees",
  "recommendation.text": "recommendationText",
  pcc: "pccName",
};

/** Rewrites alias placeholders to their template names, so an editor may type either. */
export function normalisePlaceholders(text: string): string {
  return text.replace(/\{([A-Za-z.]+)\}/g, (whole, name: string) => (name in PLACEHOLDER_ALIASES ? `{${PLACEHOLDER_ALIASES[name]}}` : whole));
}
