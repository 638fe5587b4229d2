/**
 * Responses that answer a recommendation part by part: "(a) ...", "b) ...", "2.1 ...", "iii. ...".
 * Each labelled piece is that part's response, so "(b) Disclosure scheme: to follow" leaves part
 * (b) unanswered even though it names the part's topic.
 */
import { judgeResponse, type ResponseVerdict } from "./answered";
import type { PartProfile } from "./profile";
import { contentWords } from "./text";

/** "(a)", "a)", "a.", "(iv)", "iv.", "2.1", "(3)", "3)", "3." at the start of a line. */
const PART_LABEL = /^(?:\((\w{1,4})\)|(\d{1,2})\.(\d{1,2})\.?|(\w{1,4})[.)])\s+/;
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

type Scheme = "letter" | "roman" | "number";

function schemeOf(label: string): Scheme | null {
  if (/^\d+$/.test(label)) return "number";
  if (label === "i") return "roman";
  if (/^[a-z]$/i.test(label)) return "letter";
  return ROMAN.includes(label.toLowerCase()) ? "roman" : null;
}

/** The part index a label stands for under the document's scheme (set by its first label). */
function indexOf(label: string, scheme: Scheme): number {
  const l = label.toLowerCase();
  if (scheme === "number") return /^\d+$/.test(l) ? Number(l) - 1 : -1;
  if (scheme === "roman") return ROMAN.indexOf(l);
  return /^[a-z]$/.test(l) ? l.charCodeAt(0) - 97 : -1;
}

/**
 * Each labelled part's text in a response (lines joined by "\n"), and the text before the first
 * label, when at least two different parts are labelled; null when it does not answer part by part.
 */
export function labelledParts(response: string, recNumber: number, partCount: number): { parts: Map<number, string>; rest: string } | null {
  const chunks = new Map<number, string[]>();
  const rest: string[] = [];
  let scheme: Scheme | null = null;
  let current = -1;
  for (const line of response.split("\n")) {
    const m = PART_LABEL.exec(line);
    let index = -1;
    if (m) {
      if (m[2] !== undefined) index = Number(m[2]) === recNumber ? Number(m[3]) - 1 : -1;
      else {
        const label = m[1] ?? m[4];
        scheme ??= schemeOf(label);
        index = scheme ? indexOf(label, scheme) : -1;
      }
    }
    if (index >= 0 && index < partCount) {
      current = index;
      chunks.set(index, [...(chunks.get(index) ?? []), line.slice(m![0].length)]);
    } else if (current >= 0) chunks.get(current)!.push(line);
    else rest.push(line);
  }
  if (chunks.size < 2) return null;
  return { parts: new Map([...chunks].map(([i, lines]) => [i, lines.join("\n")])), rest: rest.join("\n") };
}

/**
 * A labelled part's response, judged without the words that only name the part ("Disclosure
 * scheme: to follow" is still to follow).
 */
export function judgePart(text: string, part: PartProfile): ResponseVerdict {
  const own = text
    .split(/(?<=[:\-–])\s+/)
    .filter((piece) => {
      const ws = contentWords(piece);
      return !(ws.length > 0 && ws.length <= 8 && ws.every((w) => part.bag.has(w)));
    })
    .join(" ");
  return judgeResponse(own);
}
