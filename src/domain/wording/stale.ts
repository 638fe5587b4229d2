/**
 * Wording blocks in a document whose entry has moved on: a newer approved version, or retired.
 * Works on the tags the document holds (ird:wording:<id>@<version>), from the pane or the CLI.
 */
import { parseTag } from "../tags";
import { entryState } from "./library";
import type { WordingSnippet } from "./types";

export type StaleWording =
  | { tag: string; id: string; version: number; kind: "newer"; current: WordingSnippet }
  | { tag: string; id: string; version: number; kind: "retired" };

/** The stale blocks among these tags, in the order given (a tag that is not wording, or is up to date, is left out). */
export function staleWording(tags: readonly string[], library: readonly WordingSnippet[]): StaleWording[] {
  return tags.flatMap((tag): StaleWording[] => {
    const parsed = parseTag(tag);
    if (parsed?.kind !== "wording") return [];
    const version = Number(parsed.version);
    const state = entryState(library, parsed.wordingId);
    if (!state || !Number.isInteger(version)) return [];
    if (state.retired) return [{ tag, id: state.id, version, kind: "retired" }];
    if (state.current && state.current.version > version) return [{ tag, id: state.id, version, kind: "newer", current: state.current }];
    return [];
  });
}
