/**
 * The text template language used by house styles and standard wording (compose/README.md):
 *   {name}          a value, e.g. {forceName}
 *   {name:format}   a formatted value, e.g. {publishedOn:long} -> "16 July 2021"
 *   [[ ... ]]       an optional part, left out when any value inside it is missing,
 *                   e.g. "[[#{portalId} – ]]{recommendationText}"
 * A missing value outside an optional part becomes a visible marker "[PCC name]" and is reported.
 */
import { formatLongDate, formatWeekdayDate } from "../deadline";
import { FORMATS, PLACEHOLDERS, isPlaceholderName, visibleIn, type PlaceholderName, type PlaceholderScope } from "./placeholders";

export type TemplateValues = Partial<Record<PlaceholderName, string | number | null>>;

export interface Filled {
  text: string;
  /** Placeholders that had no value, each once, in order of first use. */
  missing: PlaceholderName[];
}

type Token = { kind: "literal"; text: string } | { kind: "value"; name: string; format: string | null; raw: string };
type Piece = Token | { kind: "optional"; tokens: Token[] };

const PLACEHOLDER_RE = /\{([A-Za-z]+)(?::([A-Za-z]+))?\}/g;

function tokenise(text: string): { tokens: Token[]; errors: string[] } {
  const tokens: Token[] = [];
  const errors: string[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const index = m.index ?? 0;
    if (index > last) tokens.push({ kind: "literal", text: text.slice(last, index) });
    tokens.push({ kind: "value", name: m[1], format: m[2] ?? null, raw: m[0] });
    last = index + m[0].length;
  }
  if (last < text.length) tokens.push({ kind: "literal", text: text.slice(last) });
  for (const t of tokens) {
    if (t.kind === "literal" && /[{}]/.test(t.text)) {
      errors.push(`has a brace that is not part of a placeholder near "${t.text.trim().slice(0, 20)}" (write placeholders as {name})`);
    }
  }
  return { tokens, errors };
}

function parse(text: string): { pieces: Piece[]; errors: string[] } {
  const pieces: Piece[] = [];
  const errors: string[] = [];
  let rest = text;
  while (rest.length) {
    const open = rest.indexOf("[[");
    const close = rest.indexOf("]]");
    if (close !== -1 && (open === -1 || close < open)) {
      errors.push('has "]]" without a matching "[["');
      break;
    }
    if (open === -1) {
      const t = tokenise(rest);
      pieces.push(...t.tokens);
      errors.push(...t.errors);
      break;
    }
    const before = tokenise(rest.slice(0, open));
    pieces.push(...before.tokens);
    errors.push(...before.errors);
    const end = rest.indexOf("]]", open + 2);
    if (end === -1) {
      errors.push('has "[[" without a closing "]]"');
      break;
    }
    const inner = rest.slice(open + 2, end);
    if (inner.includes("[[")) errors.push("nests optional parts ([[ inside [[), which is not supported");
    const t = tokenise(inner);
    errors.push(...t.errors);
    if (!t.tokens.some((x) => x.kind === "value")) errors.push(`has an optional part "[[${inner}]]" with no placeholder in it`);
    pieces.push({ kind: "optional", tokens: t.tokens });
    rest = rest.slice(end + 2);
  }
  return { pieces, errors };
}

/** Problems with a template used in `scope`; empty when it is fine. Messages start lower case, to follow a location. */
export function checkTemplate(text: string, scope: PlaceholderScope): string[] {
  const { pieces, errors } = parse(text);
  const tokens = pieces.flatMap((p) => (p.kind === "optional" ? p.tokens : [p]));
  for (const t of tokens) {
    if (t.kind !== "value") continue;
    if (!isPlaceholderName(t.name)) {
      errors.push(`uses the unknown placeholder ${t.raw}`);
      continue;
    }
    const info = PLACEHOLDERS[t.name];
    if (!visibleIn(info.scope, scope)) {
      errors.push(`uses ${t.raw}, which is only available inside a ${info.scope === "part" ? "sub-part line" : "recommendation section"}`);
    }
    if (t.format !== null && !FORMATS[info.kind].includes(t.format)) {
      const allowed = FORMATS[info.kind];
      errors.push(`uses the format "${t.format}" in ${t.raw} (${allowed.length ? `use one of ${allowed.join(", ")}` : "it takes no format"})`);
    }
  }
  return errors;
}

/** The placeholders a template uses (known ones only). */
export function placeholdersIn(text: string): PlaceholderName[] {
  const names = [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]).filter(isPlaceholderName);
  return [...new Set(names)];
}

export function markerFor(name: PlaceholderName): string {
  return `[${PLACEHOLDERS[name].label}]`;
}

function present(v: string | number | null | undefined): v is string | number {
  return v !== null && v !== undefined && String(v).trim() !== "";
}

function format(name: string, raw: string | number, fmt: string | null): string {
  const info = isPlaceholderName(name) ? PLACEHOLDERS[name] : null;
  const s = String(raw);
  if (info?.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(s)) {
    if (fmt === "iso") return s;
    if (fmt === "short") return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
    if (fmt === "weekday") return formatWeekdayDate(s);
    return formatLongDate(s);
  }
  if (fmt === "capital") return s.charAt(0).toUpperCase() + s.slice(1);
  if (fmt === "lower") return s.toLowerCase();
  return s;
}

/**
 * Fills a template. Unknown placeholders (which validation rejects) are left as written, so a
 * mistake stays visible rather than vanishing.
 */
export function fillTemplate(text: string, values: TemplateValues): Filled {
  const { pieces } = parse(text);
  const missing: PlaceholderName[] = [];
  const value = (t: Extract<Token, { kind: "value" }>): string | null => {
    if (!isPlaceholderName(t.name)) return t.raw;
    const v = values[t.name];
    return present(v) ? format(t.name, v, t.format) : null;
  };
  let out = "";
  for (const p of pieces) {
    if (p.kind === "literal") out += p.text;
    else if (p.kind === "value") {
      const v = value(p);
      if (v === null && isPlaceholderName(p.name)) {
        if (!missing.includes(p.name)) missing.push(p.name);
        out += markerFor(p.name);
      } else out += v ?? "";
    } else {
      const parts = p.tokens.map((t) => (t.kind === "literal" ? t.text : value(t)));
      if (parts.every((x) => x !== null)) out += parts.join("");
    }
  }
  return { text: out, missing };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Whitespace of any kind and length (paragraph breaks included) as one space, ends trimmed. */
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A template as the source of a regular expression over texts filled from it: its words as written
 * (any run of whitespace matching any run), each {value} a short group of its own, each
 * [[optional part]] optional. `names` says which placeholder each group stands for (null for a
 * formatted or unknown one); `errors` are the template's own problems (checkTemplate).
 */
export function templateSource(template: string): { source: string; names: Array<PlaceholderName | null>; errors: string[] } {
  const { pieces, errors } = parse(template);
  const names: Array<PlaceholderName | null> = [];
  const part = (t: Token): string => {
    if (t.kind === "literal") return escapeRe(t.text).replace(/\s+/g, "\\s+");
    names.push(isPlaceholderName(t.name) && t.format === null ? t.name : null);
    return "([\\s\\S]{1,300}?)";
  };
  const source = pieces.map((p) => (p.kind === "optional" ? `(?:${p.tokens.map(part).join("")})?` : part(p))).join("");
  return { source, names, errors };
}

/**
 * The values a text was filled with, read back from its template: the reverse of fillTemplate for
 * a text the author has not edited (null when it does not match the template whole). Only values
 * written plainly ({name}, no format) are read; a value that appears twice must read the same both
 * times, or it is left out.
 */
export function templateValues(template: string, text: string): Partial<Record<PlaceholderName, string>> | null {
  const { source, names, errors } = templateSource(template);
  if (errors.length) return null;
  const m = new RegExp(`^${source.replace(/^(?:\\s\+)+|(?:\\s\+)+$/g, "")}$`).exec(squash(text));
  if (!m) return null;
  const out: Partial<Record<PlaceholderName, string>> = {};
  const clash = new Set<PlaceholderName>();
  names.forEach((name, i) => {
    const value = m[i + 1];
    if (!name || value === undefined) return;
    if (out[name] !== undefined && out[name] !== value) clash.add(name);
    out[name] = value;
  });
  for (const name of clash) delete out[name];
  return out;
}
