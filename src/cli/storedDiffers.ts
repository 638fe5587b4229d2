/** How the inspection stored in a document differs from the catalog's, in a few words, or null. */
import type { Inspection, Recommendation } from "../domain/catalog";

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

function recDiffers(stored: Recommendation, known: Recommendation): string | null {
  if (stored.number !== known.number) return `${known.id}'s number`;
  if (!same(stored.text, known.text)) return `${known.id}'s text`;
  const parts = (r: Recommendation) => r.parts.map((p) => `${p.id}\u0000${p.text.replace(/\s+/g, " ").trim()}`).join("\u0001");
  if (parts(stored) !== parts(known)) return `${known.id}'s parts`;
  return null;
}

/** Only what coverage checks: which recommendations there are, their numbers, texts and parts. */
export function storedDiffers(stored: Inspection, known: Inspection): string | null {
  const found: string[] = [];
  const storedById = new Map(stored.recommendations.map((r) => [r.id, r]));
  const knownIds = new Set(known.recommendations.map((r) => r.id));
  const missing = known.recommendations.filter((r) => !storedById.has(r.id)).map((r) => r.id);
  const extra = stored.recommendations.filter((r) => !knownIds.has(r.id)).map((r) => r.id);
  if (stored.recommendations.length !== known.recommendations.length) {
    found.push(`${stored.recommendations.length} recommendation${stored.recommendations.length === 1 ? "" : "s"} stored, ${known.recommendations.length} in the catalog`);
  }
  if (missing.length) found.push(`not stored: ${missing.join(", ")}`);
  if (extra.length) found.push(`not in the catalog: ${extra.join(", ")}`);
  for (const k of known.recommendations) {
    const s = storedById.get(k.id);
    const d = s ? recDiffers(s, k) : null;
    if (d) found.push(`${d} differs`);
  }
  if (!found.length) return null;
  return found.length > 4 ? `${found.slice(0, 4).join("; ")}; and ${found.length - 4} more` : found.join("; ");
}
