/**
 * Standard wording: the built-in library, lookup by id and approval, and filling placeholders.
 * Public API for the task pane and compose.
 */
import letters from "../../../assets/wording/letters.json";
import responses from "../../../assets/wording/responses.json";
import topics from "../../../assets/wording/topics.json";
import { parseWordingFile } from "./schema";
import { fillTemplate, type Filled } from "./template";
import type { WordingCategory, WordingSnippet } from "./types";
import { wordingValues, type WordingContext } from "./values";

export * from "./types";
export { checkSnippet, parseWordingFile, wordingEntrySchema, wordingFileText, wordingSnippetSchema, WORDING_LIMITS, type WordingFileRead } from "./schema";
export { BUILT_IN_CATEGORIES, categoryLabel, categoryScope, mergeCategories } from "./categories";
export * from "./library";
export { createWordingSearch, type WordingSearch } from "./search";
export { previewWording, type PreviewSegment, type WordingPreview } from "./preview";
export { staleWording, type StaleWording } from "./stale";
export { checkTemplate, fillTemplate, markerFor, placeholdersIn, type Filled, type TemplateValues } from "./template";
export { PLACEHOLDERS, FORMATS, isPlaceholderName, type PlaceholderName, type PlaceholderScope } from "./placeholders";
export { joinAddressees, localIsoDate, wordingValues, type WordingContext } from "./values";

/** The response used for a recommendation addressed only to other (national) bodies. */
export const DEFERRED_WORDING_ID = "response-addressed-elsewhere";
/** The same default deferral in the force's voice, for styles whose responses are the force's ("Force response:"). */
export const FORCE_DEFERRED_WORDING_ID = "response-addressed-elsewhere-force";
/** Every built-in default deferral: coverage treats each, unedited, as deferred but not yet reviewed. */
export const DEFERRED_WORDING_IDS: readonly string[] = [DEFERRED_WORDING_ID, FORCE_DEFERRED_WORDING_ID];

function loadBuiltIn(): WordingSnippet[] {
  const all: WordingSnippet[] = [];
  for (const [name, file] of [["letters", letters], ["responses", responses], ["topics", topics]] as const) {
    const { snippets, problems } = parseWordingFile(file);
    // Built-in data is ours: a broken entry is a bug to catch in tests, not something to skip quietly.
    if (problems.length) throw new Error(`assets/wording/${name}.json: ${problems.map((p) => `${p.label} ${p.message}`).join("; ")}`);
    all.push(...snippets);
  }
  return all;
}

export const builtInWording: readonly WordingSnippet[] = loadBuiltIn();

/**
 * The snippet to use for `id`: the highest approved version, or with `includeDrafts` the highest
 * version of any status. A specific `version` returns exactly that one. Null when there is none.
 */
export function findWording(
  library: readonly WordingSnippet[],
  id: string,
  opts: { version?: number; includeDrafts?: boolean } = {},
): WordingSnippet | null {
  const candidates = library
    .filter((s) => s.id === id)
    .filter((s) => (opts.version !== undefined ? s.version === opts.version : opts.includeDrafts || s.status === "approved"));
  return candidates.reduce<WordingSnippet | null>((best, s) => (!best || s.version > best.version ? s : best), null);
}

/** The latest version of each snippet in a category, for the wording picker; approved only unless asked. */
export function wordingFor(
  library: readonly WordingSnippet[],
  category: WordingCategory,
  opts: { includeDrafts?: boolean } = {},
): WordingSnippet[] {
  const ids = [...new Set(library.filter((s) => s.category === category).map((s) => s.id))];
  return ids.map((id) => findWording(library, id, opts)).filter((s): s is WordingSnippet => s !== null);
}

/**
 * A snippet's text with its placeholders filled. Missing values (e.g. settings not filled in) show
 * as a visible marker such as "[PCC name]" and are listed in `missing`, so the pane can say
 * "fill in the PCC name in Settings" rather than leave "{pccName}" in the letter.
 */
export function fillWording(snippet: Pick<WordingSnippet, "text">, context: WordingContext): Filled {
  return fillTemplate(snippet.text, wordingValues(context));
}

/** Splits filled wording into paragraphs (blank-line separated). */
export function wordingParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
export { emptyForm, formOf, readWordingForm, type WordingForm, type WordingFormField } from "./form";
