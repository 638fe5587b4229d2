/**
 * List labels ("3.", "a)", "iv.") the way Word shows them, computed from numbering.xml, so a
 * reviewer's "3." in an auto-numbered list is seen as coverage sees typed numbers.
 */
import { attr, child, kids, nameOf, parseOrdered, type XNode } from "./xml";

interface Level {
  start: number;
  fmt: string;
  text: string;
}

export interface Numbering {
  /** The label for the next paragraph of list numId at level ilvl; undefined for bullets and unknown lists. */
  next(numId: string, ilvl: number): string | undefined;
}

function roman(n: number): string {
  const map: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of map) while (n >= v) { out += s; n -= v; }
  return out;
}

function letters(n: number): string {
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

function format(n: number, fmt: string): string | undefined {
  switch (fmt) {
    case "decimal": case "decimalZero": return fmt === "decimalZero" && n < 10 ? `0${n}` : String(n);
    case "lowerLetter": return letters(n);
    case "upperLetter": return letters(n).toUpperCase();
    case "lowerRoman": return roman(n);
    case "upperRoman": return roman(n).toUpperCase();
    default: return undefined;
  }
}

function readLevels(abs: XNode): Level[] {
  const levels: Level[] = [];
  for (const l of kids(abs)) {
    if (nameOf(l) !== "w:lvl") continue;
    const i = Number(attr(l, "w:ilvl") ?? 0);
    levels[i] = {
      start: Number(attr(child(l, "w:start") ?? {}, "w:val") ?? 1),
      fmt: attr(child(l, "w:numFmt") ?? {}, "w:val") ?? "decimal",
      text: attr(child(l, "w:lvlText") ?? {}, "w:val") ?? `%${i + 1}.`,
    };
  }
  return levels;
}

export function readNumbering(xml: string | null): Numbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, { abs: string; starts: Map<number, number> }>();
  if (xml) {
    const root = parseOrdered(xml, "word/numbering.xml").find((n) => nameOf(n) === "w:numbering");
    for (const n of root ? kids(root) : []) {
      if (nameOf(n) === "w:abstractNum") abstracts.set(attr(n, "w:abstractNumId") ?? "", readLevels(n));
      if (nameOf(n) === "w:num") {
        const starts = new Map<number, number>();
        for (const o of kids(n)) {
          if (nameOf(o) !== "w:lvlOverride") continue;
          const so = child(o, "w:startOverride");
          if (so) starts.set(Number(attr(o, "w:ilvl") ?? 0), Number(attr(so, "w:val") ?? 1));
        }
        nums.set(attr(n, "w:numId") ?? "", { abs: attr(child(n, "w:abstractNumId") ?? {}, "w:val") ?? "", starts });
      }
    }
  }
  const counters = new Map<string, (number | undefined)[]>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const levels = num ? abstracts.get(num.abs) : undefined;
      if (!num || !levels || !levels[ilvl]) return undefined;
      const startOf = (i: number) => num.starts.get(i) ?? levels[i]?.start ?? 1;
      const c = counters.get(numId) ?? [];
      const cur = c[ilvl];
      c[ilvl] = cur === undefined ? startOf(ilvl) : cur + 1;
      // A higher level moving on restarts the levels below it.
      for (let i = ilvl + 1; i < c.length; i++) c[i] = undefined;
      counters.set(numId, c);
      if (format(1, levels[ilvl].fmt) === undefined) return undefined;
      return levels[ilvl].text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1;
        return format(c[i] ?? startOf(i), levels[i]?.fmt ?? "decimal") ?? "";
      });
    },
  };
}
