/**
 * Names inside sentences. A whole line made only of settings is a tagged field (fields.ts); a name
 * inside a sentence ("I, Jane Smith, Police and Crime Commissioner for Kent, …") is not. After the
 * office's settings change, the old values the user had before (remembered on their machine, and
 * the "[PCC name]" markers a draft shows for a value not set then) are found in the add-in's own
 * letter blocks and approved wording, and only those words are replaced (issue 13). Text the user
 * typed in a response or a comments box is never touched.
 *
 * Word finds the words (search, WORD-SEMANTICS 41–45); this module says which of its finds to
 * replace, so the same rules hold in the pane's count and in the document.
 */
import type { OfficeSettings } from "./settings/types";
import { fieldTemplate, linesOf } from "./fields";
import { parseTag, TAG_PREFIX } from "./tags";
import { PLACEHOLDERS, type PlaceholderName } from "./wording/placeholders";
import { DEFERRED_WORDING_IDS, findWording } from "./wording";
import { fillTemplate, markerFor, templateValues } from "./wording/template";
import type { WordingSnippet } from "./wording/types";
import { wordingValues } from "./wording/values";

/** One value as the document shows it before and after the change. */
export interface NameChange {
  from: string;
  to: string;
}

export interface NameUpdate {
  changes: NameChange[];
  /**
   * Today's values: where one of these is found, it wins over a shorter old value inside it (a
   * force name "Kent Police" keeps its "Kent" when the police area changes), and a value already
   * updated is not updated twice ("Kent" → "Kent and Medway").
   */
  keep: string[];
}

/** Word's search takes at most 255 characters (WORD-SEMANTICS 42); a name is far shorter. */
export const MAX_NAME_SEARCH = 255;
/** How many earlier settings are remembered on the user's machine. */
export const NAME_HISTORY_LIMIT = 8;

type Settings = Partial<OfficeSettings>;

/** The settings values that may sit inside a sentence (the address has several lines: never). */
const NAME_PLACEHOLDERS = (Object.keys(PLACEHOLDERS) as PlaceholderName[]).filter(
  (n) => "fromSettings" in PLACEHOLDERS[n] && PLACEHOLDERS[n].fromSettings === true && n !== "officeAddress",
);
const FORMS = ["", ":capital", ":lower"] as const;

/** A value as a template shows it: the value in a form, or its marker ("[PCC name]") when unset. */
function shown(name: PlaceholderName, form: string, settings: Settings): string {
  return fillTemplate(`{${name}${form}}`, wordingValues({ settings })).text;
}

/** A value read from the document, in a form. */
const shownValue = (value: string, form: string) => fillTemplate(`{pccName${form}}`, { pccName: value }).text;

/**
 * The names the add-in's own wording in the document was filled with, read back from each block's
 * template (the library's entry of that id and version; the default answers too, while unedited).
 * So a document drafted on another machine, or before any earlier settings were remembered, still
 * has its old names found. `inspectedForce` is the force's name.
 */
export function valuesInDocument(controls: ReadonlyArray<{ tag: string; text: string }>, library: readonly WordingSnippet[]): Array<Partial<Record<PlaceholderName, string>>> {
  const out: Array<Partial<Record<PlaceholderName, string>>> = [];
  const deferrals = DEFERRED_WORDING_IDS.map((id) => findWording(library, id)).filter((s): s is WordingSnippet => s !== null);
  for (const c of controls) {
    if (c.text.length > 5000) continue;
    const tag = parseTag(c.tag);
    const templates =
      tag?.kind === "wording" ? [findWording(library, tag.wordingId, { version: Number(tag.version) }) ?? findWording(library, tag.wordingId)].filter((s): s is WordingSnippet => s !== null) : tag?.kind === "response" ? deferrals : [];
    for (const snippet of templates) {
      const values = templateValues(snippet.text, c.text);
      if (!values) continue;
      const named: Partial<Record<PlaceholderName, string>> = {};
      for (const name of NAME_PLACEHOLDERS) if (values[name] !== undefined) named[name] = values[name];
      if (values.inspectedForce !== undefined && named.forceName === undefined) named.forceName = values.inspectedForce;
      if (Object.keys(named).length) out.push(named);
      break;
    }
  }
  return out;
}

/**
 * What to replace, from the user's earlier settings (and the values `found` in the document's own
 * wording) to today's. An old value that is also one of
 * today's values, or that would become two different things, is left alone: replacing it could
 * change a name that is still right.
 */
export function nameUpdate(earlier: readonly Settings[], current: Settings, found: ReadonlyArray<Partial<Record<PlaceholderName, string>>> = []): NameUpdate {
  const keep = new Set<string>();
  const targets = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to || from.trim() === "" || /[\r\n]/.test(from) || from.length > MAX_NAME_SEARCH) return;
    (targets.get(from) ?? targets.set(from, new Set()).get(from)!).add(to);
  };
  for (const name of NAME_PLACEHOLDERS) {
    const marker = markerFor(name);
    for (const form of FORMS) {
      const now = shown(name, form, current);
      if (now !== marker) keep.add(now);
      // A draft made before the value was set shows its marker where the value now goes.
      if (now !== marker && form === "") add(marker, now);
      for (const before of earlier) {
        const then = shown(name, form, before);
        if (then !== marker) add(then, now);
      }
      // Values read back from the add-in's own wording in the document: each for its own name only.
      for (const values of found) {
        const then = values[name];
        if (then !== undefined && then !== marker) add(shownValue(then, form), now);
      }
    }
  }
  const changes: NameChange[] = [];
  for (const [from, tos] of targets) if (tos.size === 1 && !keep.has(from)) changes.push({ from, to: [...tos][0] });
  return { changes, keep: [...keep].filter((k) => k.trim() !== "") };
}

/** One replacement in a paragraph: the `occurrence`th find of `from` (Word's search order), at `start`. */
export interface NameEdit extends NameChange {
  occurrence: number;
  start: number;
}

/** Non-overlapping finds of `needle`, left to right, as Word's search returns them. */
function findsOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1 && needle !== ""; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** How many times Word's search finds `value` in `text`. */
export const findCount = (text: string, value: string) => findsOf(text, value).length;

/**
 * The replacements in one paragraph, last first (so each leaves the places of the others as they
 * were). Where finds overlap, the longer wins, and today's values win over old ones.
 */
export function paragraphEdits(text: string, update: NameUpdate): NameEdit[] {
  const finds: Array<{ start: number; end: number; change: NameChange | null; occurrence: number }> = [];
  for (const change of update.changes) findsOf(text, change.from).forEach((start, occurrence) => finds.push({ start, end: start + change.from.length, change, occurrence }));
  if (finds.length === 0) return [];
  for (const k of update.keep) for (const start of findsOf(text, k)) finds.push({ start, end: start + k.length, change: null, occurrence: -1 });
  finds.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || (a.change ? 1 : 0) - (b.change ? 1 : 0));
  const taken: typeof finds = [];
  for (const f of finds) {
    const clash = taken.find((t) => f.start < t.end && t.start < f.end);
    if (!clash) taken.push(f);
    else if (f.end - f.start > clash.end - clash.start || (f.end - f.start === clash.end - clash.start && !f.change && clash.change)) {
      // A longer find (or today's value, at the same length) replaces the one it overlaps.
      taken.splice(taken.indexOf(clash), 1, f);
    }
  }
  return taken
    .filter((t): t is typeof t & { change: NameChange } => t.change !== null)
    .map((t) => ({ ...t.change, occurrence: t.occurrence, start: t.start }))
    .sort((a, b) => b.start - a.start);
}

/** Word's search text for a literal value: "^" starts a special code, so it is doubled (WORD-SEMANTICS 44). */
export const searchTextFor = (value: string) => value.replace(/\^/g, "^^");

/**
 * The add-in's own text, where names are updated: a letter block it wrote (not a comments box the
 * user fills, which has placeholder text; not a recommendation's text or the coverage table) and a
 * block of approved wording. Fields are updated whole (fields.ts), sections hold the user's answers.
 */
export function isNameScope(control: { tag: string; placeholderText: string }): boolean {
  if (!control.tag.startsWith(TAG_PREFIX) || control.placeholderText.trim() !== "") return false;
  const parsed = parseTag(control.tag);
  if (!parsed) return false;
  if (parsed.kind === "wording") return true;
  return parsed.kind === "other" && !/^(?:rec-text|coverage-table):/.test(parsed.name);
}

/**
 * How many names the update would change in these controls (the pane's "N places"), on how many
 * lines (paragraphs: one line can hold several names, so 21 places may be 11 lines), with the tags
 * of the controls that hold them. A field's own lines (its control is among `controls`) are counted
 * once, as a field. An answer is
 * the office's own unless it is still the add-in's text exactly as inserted (`unedited`, e.g. the
 * default deferral): then it is the add-in's, and its names follow too, but only while its text
 * stays what was read (`answers`).
 */
export function nameEditsIn(
  controls: ReadonlyArray<{ tag: string; text: string; placeholderText: string }>,
  update: NameUpdate,
  unedited: (answer: string) => boolean = () => false,
): { places: number; lines: number; tags: string[]; answers: Record<string, string> } {
  const answers: Record<string, string> = {};
  if (update.changes.length === 0) return { places: 0, lines: 0, tags: [], answers };
  const fields = controls.filter((c) => fieldTemplate(c.tag) !== null).flatMap((c) => linesOf(c.text));
  // An answer that holds approved wording: the wording's own block is counted instead.
  const wordingTexts = controls.filter((w) => parseTag(w.tag)?.kind === "wording" && w.text.trim() !== "").map((w) => w.text);
  let places = 0;
  let lines = 0;
  const tags = new Set<string>();
  for (const c of controls) {
    const answer = parseTag(c.tag)?.kind === "response" && unedited(c.text) && !wordingTexts.some((w) => c.text.includes(w));
    if (!answer && !isNameScope(c)) continue;
    for (const line of linesOf(c.text)) {
      const asField = fields.indexOf(line);
      if (!answer && asField !== -1) {
        fields.splice(asField, 1);
        continue;
      }
      const edits = paragraphEdits(line, update).length;
      if (edits === 0) continue;
      tags.add(c.tag);
      if (answer) answers[c.tag] = c.text;
      places += edits;
      lines++;
    }
  }
  return { places, lines, tags: [...tags], answers };
}

/** Settings remembered before a save: the newest first, without repeats, at most NAME_HISTORY_LIMIT. */
export function rememberSettings(history: readonly Settings[], saved: Settings): Settings[] {
  const key = (s: Settings) => JSON.stringify(NAME_PLACEHOLDERS.map((n) => shown(n, "", s)));
  const seen = new Set<string>();
  return [saved, ...history].filter((s) => {
    const k = key(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).slice(0, NAME_HISTORY_LIMIT);
}
