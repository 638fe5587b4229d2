/**
 * Text the office has not written is never an answer (issue 13):
 * - a prompt left for the author ("[give the reason]", "[Describe the arrangements…]", a missing
 *   value's marker such as "[PCC name]") makes the answer a placeholder;
 * - a default deferral wording (the PCC's or the force's voice) exactly as inserted is deferred, but not yet reviewed;
 * - any other standard wording exactly as inserted still counts, with a warning.
 * "Exactly as inserted" is a full match of the response against the wording's template, whatever
 * the placeholders were filled with.
 */
import { DEFERRED_WORDING_IDS, PLACEHOLDERS, markerFor, type PlaceholderName, type WordingSnippet } from "../wording";
import { templateSource } from "../wording/template";
import { cleanText } from "./text";

/** Square-bracketed prompts in templates are instructions to the author; so is any bracket opening with one of these verbs. */
const PROMPT_VERBS =
  /^\[\s*(?:describe|give|insert|add|state|explain|enter|provide|name|set out|list|summari[sz]e|include|outline|confirm|specify|detail|write|say|complete|update|delete|choose|select)\b/i;

/** A template as a pattern over cleaned text: each {value} matches any short run, [[optional]] parts may be absent. */
function templatePattern(template: string): RegExp {
  return new RegExp(`^${templateSource(cleanText(template)).source}$`, "i");
}

export interface StandardWordingLibrary {
  /** The prompts the wording's authors wrote, lower case, brackets included. */
  prompts: Set<string>;
  /** Response wording, each with its template as a pattern. */
  responses: Array<{ id: string; pattern: RegExp }>;
}

const cache = new WeakMap<readonly WordingSnippet[], StandardWordingLibrary>();

export function standardWordingLibrary(library: readonly WordingSnippet[]): StandardWordingLibrary {
  const hit = cache.get(library);
  if (hit) return hit;
  const prompts = new Set<string>();
  for (const s of library) for (const m of s.text.matchAll(/\[(?!\[)[^\]]+\](?!\])/g)) prompts.add(cleanText(m[0]).toLowerCase());
  for (const name of Object.keys(PLACEHOLDERS) as PlaceholderName[]) prompts.add(markerFor(name).toLowerCase());
  const responses = library.filter((s) => s.category === "response" || DEFERRED_WORDING_IDS.includes(s.id)).map((s) => ({ id: s.id, pattern: templatePattern(s.text) }));
  const built = { prompts, responses };
  cache.set(library, built);
  return built;
}

/** The prompts an answer still holds, as written. */
export function promptsLeft(text: string, library: StandardWordingLibrary): string[] {
  const found: string[] = [];
  for (const m of cleanText(text).matchAll(/\[[^\]\n]{1,200}\]/g)) {
    if (library.prompts.has(m[0].toLowerCase()) || PROMPT_VERBS.test(m[0])) found.push(m[0]);
  }
  return found;
}

/** The standard wording an answer is, exactly as inserted (placeholders filled), or null. */
export function uneditedWording(text: string, library: StandardWordingLibrary): string | null {
  const t = cleanText(text);
  if (!t || t.length > 2000) return null;
  return library.responses.find((r) => r.pattern.test(t))?.id ?? null;
}

export const isDefaultDeferral = (id: string | null) => id !== null && DEFERRED_WORDING_IDS.includes(id);
