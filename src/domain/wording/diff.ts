/**
 * A word-level difference between two texts, for the preview before stale wording is updated:
 * which words stay, which go and which come in. Paragraph breaks are words of their own, so a
 * split or joined paragraph shows. Longest common subsequence over words; wording is short, and
 * past a size where that would be slow the whole text is shown as replaced instead.
 */

export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

/** Above this many word pairs the difference is not worked out word by word. */
const MAX_CELLS = 250_000;

/** Words, the spaces between them, and paragraph breaks ("\n"), each a token of its own. */
function tokens(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) out.push("\n");
    out.push(...(p.match(/[^\s]+|[^\S\n]+/g) ?? []));
  });
  return out;
}

/** Compares words as they are and any run of spaces as one space. */
const key = (token: string) => (token !== "\n" && token.trim() === "" ? " " : token);

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  const last = parts.at(-1);
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * The difference from `before` to `after`, each given as its paragraphs. Reading the "same" and
 * "removed" parts in order gives `before`'s words; "same" and "added" give `after`'s.
 */
export function wordDiff(before: readonly string[], after: readonly string[]): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const parts: DiffPart[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (a.length) push(parts, "removed", a.join(""));
    if (b.length) push(parts, "added", b.join(""));
    return parts;
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = key(a[i]) === key(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]) === key(b[j])) {
      push(parts, "same", b[j]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push(parts, "removed", a[i++]);
    else push(parts, "added", b[j++]);
  }
  while (i < a.length) push(parts, "removed", a[i++]);
  while (j < b.length) push(parts, "added", b[j++]);
  return joinChanges(parts);
}

/**
 * A space kept between two changes reads as noise ("report;" kept " " "we note"): a run of changes
 * with only spaces kept between them becomes one removed and one added part, in that order.
 */
function joinChanges(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let k = 0;
  while (k < parts.length) {
    if (parts[k].kind === "same") {
      push(out, "same", parts[k++].text);
      continue;
    }
    let removed = "";
    let added = "";
    for (;;) {
      const part = parts[k];
      if (part.kind === "removed") removed += part.text;
      else if (part.kind === "added") added += part.text;
      else {
        removed += part.text;
        added += part.text;
      }
      k++;
      const next = parts[k];
      const spaceThenChange = next?.kind === "same" && /^[^\S\n]+$/.test(next.text) && parts[k + 1] && parts[k + 1].kind !== "same";
      if (!next || (next.kind === "same" && !spaceThenChange)) break;
    }
    // Only spacing changed: nothing to mark.
    if (!removed.trim() && !added.trim()) push(out, "same", added || removed);
    else {
      if (removed) push(out, "removed", removed);
      if (added) push(out, "added", added);
    }
  }
  return out;
}

/** Whether two texts (as paragraphs) say the same words, ignoring spacing and empty paragraphs. */
export function sameWording(a: readonly string[], b: readonly string[]): boolean {
  const norm = (ps: readonly string[]) =>
    ps
      .map((p) => p.replace(/[\s\u00a0]+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
  return norm(a) === norm(b);
}
