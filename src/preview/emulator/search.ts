/**
 * search(text, options) on Body, Paragraph, Range and ContentControl (WORD-SEMANTICS 41–45).
 * The library sends options either as flags (_Search2, when the host supports WordApiSearchFlags)
 * or as a SearchOptions object built with SetProperty actions; both arrive here.
 */
import type { HostCtx, HostObj, ObjOf, TypeDef } from "./hostObjects";
import type { ParagraphNode, RangeRef } from "./modelTypes";

/** Bits as the library's _getSearchFlags sets them. */
const F = { matchCase: 1, matchWholeWord: 2, matchWildcards: 4, matchPrefix: 8, matchSuffix: 16, ignorePunct: 32, ignoreSpace: 64 } as const;
type OptionName = keyof typeof F;

export function flagsOf(opts: unknown): number {
  if (typeof opts === "number") return opts;
  if (!opts || typeof opts !== "object") return 0;
  const o = (("t" in opts && (opts as HostObj).t === "SearchOptions" ? (opts as ObjOf<"SearchOptions">).opts : opts) ?? {}) as Record<string, unknown>;
  let flags = 0;
  for (const [name, bit] of Object.entries(F)) if (o[name]) flags |= bit;
  return flags;
}

/** The SearchOptions object (ObjectPathType NewObject "Microsoft.WordServices.SearchOptions"). */
export const SearchOptionsType: TypeDef<ObjOf<"SearchOptions">> = {
  props: Object.fromEntries(
    (Object.keys(F) as OptionName[]).map((name) => [
      name[0].toUpperCase() + name.slice(1),
      { get: (o: ObjOf<"SearchOptions">) => Boolean(o.opts[name]), set: (o: ObjOf<"SearchOptions">, v: unknown) => void (o.opts[name] = Boolean(v)) },
    ]),
  ),
};

class Invalid extends Error {}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A paragraph mark in the joined text the search runs over. */
const MARK = "\r";

/**
 * WORD-SEMANTICS 44 (DOC, search-option-guidance "Search for special characters"): codes that
 * work without wildcards. Word's Find rejects an unknown code, so the emulator does too.
 */
function specialCode(code: string): string {
  const table: Record<string, string> = { p: MARK, t: "\\t", "?": `[^${MARK}]`, "#": "\\d", $: "\\p{L}", "^": "\\^", w: "[ \\t\\u00a0]+", s: "\\u00a0", l: "\\v" };
  if (code in table) return table[code];
  throw new Invalid();
}

/** Literal search text as regex units (one per character or ^code), so ignoreSpace/Punct can go between. */
function literalUnits(text: string, flags: number): string[] {
  const units: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "^") {
      const num = /^\d{1,3}/.exec(text.slice(i + 1));
      if (num) {
        units.push(escapeRe(String.fromCharCode(Number(num[0])).replace("\n", MARK)));
        i += num[0].length;
        continue;
      }
      if (i + 1 >= text.length) throw new Invalid();
      units.push(specialCode(text[++i]));
    } else if (flags & F.ignoreSpace && /\s/.test(c)) continue;
    else units.push(escapeRe(c));
  }
  return units;
}

/**
 * Word wildcards: ? * < > [set] [!set] [a-z] {n,m} @ ( ). WORD-SEMANTICS 44: a literal special
 * character is escaped by brackets ("[{]"), not by a backslash. Unbalanced patterns are invalid.
 */
function wildcardSource(text: string): string {
  let out = "";
  let groups = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[") {
      const close = text.indexOf("]", i + 2);
      if (close < 0) throw new Invalid();
      let inner = text.slice(i + 1, close);
      const negate = inner.startsWith("!") && inner.length > 1;
      if (negate) inner = inner.slice(1);
      const body = inner.replace(/[\\\]^]/g, "\\$&");
      out += inner.length === 1 && !negate ? escapeRe(inner) : `[${negate ? "^" : ""}${body}]`;
      i = close;
    } else if (c === "{") {
      const close = text.indexOf("}", i);
      const m = /^\{(\d+)(,(\d*))?\}$/.exec(text.slice(i, close + 1));
      if (close < 0 || !m || !out) throw new Invalid();
      out += m[0];
      i = close;
    } else if (c === "^") {
      const num = /^\d{1,3}/.exec(text.slice(i + 1));
      if (num) {
        out += escapeRe(String.fromCharCode(Number(num[0])).replace("\n", MARK));
        i += num[0].length;
      } else if (text[i + 1] === "t" || text[i + 1] === "^") out += text[++i] === "t" ? "\\t" : "\\^";
      else throw new Invalid(); // ^p, ^?, ^# are not valid with wildcards (Word wants ^13)
    } else if (c === "?") out += `[^${MARK}]`;
    else if (c === "*") out += `[^${MARK}]*?`;
    else if (c === "@") {
      if (!out) throw new Invalid();
      out += "+";
    } else if (c === "<") out += "(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])";
    else if (c === ">") out += "(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])";
    else if (c === "(") {
      groups++;
      out += "(";
    } else if (c === ")") {
      if (--groups < 0) throw new Invalid();
      out += ")";
    } else if (c === "]" || c === "}") throw new Invalid();
    else out += escapeRe(c);
  }
  if (groups !== 0) throw new Invalid();
  return out;
}

const WORD = "[\\p{L}\\p{N}_]";

function patternOf(text: string, flags: number): RegExp {
  let source: string;
  if (flags & F.matchWildcards) source = wildcardSource(text);
  else {
    const gap = flags & (F.ignorePunct | F.ignoreSpace) ? `[${flags & F.ignoreSpace ? "\\s" : ""}${flags & F.ignorePunct ? "\\p{P}" : ""}]*` : "";
    const units = literalUnits(text, flags);
    if (!units.length) throw new Invalid();
    source = units.join(gap);
  }
  if (flags & (F.matchWholeWord | F.matchPrefix)) source = `(?<!${WORD})${source}`;
  if (flags & (F.matchWholeWord | F.matchSuffix)) source = `${source}(?!${WORD})`;
  // WORD-SEMANTICS 41: case-insensitive unless matchCase. Wildcard searches are case-sensitive in
  // Word (its Find dialog turns Match case on with wildcards): the stricter reading.
  const ci = !(flags & F.matchCase) && !(flags & F.matchWildcards);
  return new RegExp(source, `gu${ci ? "i" : ""}`);
}

export function searchIn(ctx: HostCtx, paras: ParagraphNode[], text: unknown, opts: unknown, location: string): HostObj {
  // WORD-SEMANTICS 45 (DOC): while the user has the Find dialog open, search fails.
  if (ctx.options.findDialogOpen) ctx.error("SearchDialogIsOpen", location);
  const s = typeof text === "string" ? text : "";
  // WORD-SEMANTICS 42/43: at most 255 characters, counted as sent, so [x] escapes count too.
  if (s.length === 0 || s.length > 255) ctx.error("SearchStringInvalidOrTooLong", location);
  let re: RegExp;
  try {
    re = patternOf(s, flagsOf(opts));
  } catch {
    return ctx.error("SearchStringInvalidOrTooLong", location);
  }
  // Search the paragraphs joined by their marks, so ^p can match across them.
  const starts: number[] = [];
  let joined = "";
  for (const p of paras) {
    starts.push(joined.length);
    joined += p.text + MARK;
  }
  const paraAt = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > offset) i--;
    return i;
  };
  const hits: RangeRef[] = [];
  for (const m of joined.matchAll(re)) {
    if (m[0].length === 0) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const a = paraAt(start);
    const b = paraAt(end - 1);
    const para = paras[a];
    // A match within one paragraph (its mark included) is a text range; across paragraphs, a run of them.
    if (a === b) hits.push({ kind: "text", para, start: start - starts[a], end: Math.min(end - starts[a], para.text.length) });
    else hits.push({ kind: "span", from: para, to: paras[b] });
  }
  return { t: "RangeCollection", list: () => hits };
}
