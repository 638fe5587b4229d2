/**
 * An inspection being checked before it is saved: what the import read (or a saved inspection
 * reopened), in a shape a form can edit, and back. Items are one list in report order whatever
 * their kind, so reordering and changing kind are plain list edits; on saving, areas for
 * improvement go to their own list (coverage never counts them) and ids follow kind and number.
 * Pure: no DOM, no store.
 */
import { parseInspection } from "../catalog/schema";
import type { Inspection, Recommendation, RecommendationKind } from "../catalog/types";
import { makeShortTitle } from "./meta";

export interface DraftItem {
  /** Stable while editing (React key, where problems point); never saved. */
  key: string;
  kind: RecommendationKind;
  /** As typed; checked on saving. */
  number: string;
  /** The id it had when read, kept while kind and number stay as they were (documents use it in tags). */
  savedId: string | null;
  /** The kind it had when read: a change of kind gives it a new id (r, c or a and its number). */
  savedKind: RecommendationKind | null;
  savedPartIds: string[];
  portalId: string | null;
  text: string;
  /** Comma-separated, as the user edits them. */
  addressees: string;
  localResponseExpected: boolean;
  due: string;
  /** One sub-part per line. */
  parts: string;
}

/** An inspection's own fields as the catalog has them, and its items in the editable form. */
export interface InspectionDraft extends Pick<Inspection, "id" | "title" | "shortTitle" | "publishedOn" | "inspectorates" | "type" | "portalId" | "complete"> {
  items: DraftItem[];
  nextKey: number;
  /** The user typed in Short title: from then on it is theirs and no longer follows Title. */
  shortTitleEdited?: boolean;
}

export type DraftField = "id" | "title" | "shortTitle" | "publishedOn" | "items";

export interface DraftProblem {
  field: DraftField;
  /** The item the problem is about, if one. */
  itemKey?: string;
  message: string;
}

export const KIND_LABELS: Record<RecommendationKind, string> = {
  recommendation: "Recommendation",
  "cause-of-concern": "Cause of concern",
  "area-for-improvement": "Area for improvement",
};
const ID_PREFIX: Record<RecommendationKind, string> = { recommendation: "r", "cause-of-concern": "c", "area-for-improvement": "a" };

const kindOf = (r: Recommendation): RecommendationKind => r.kind ?? "recommendation";

function itemOf(r: Recommendation, key: string): DraftItem {
  return {
    key,
    kind: kindOf(r),
    number: String(r.number),
    savedId: r.id,
    savedKind: kindOf(r),
    savedPartIds: r.parts.map((p) => p.id),
    portalId: r.portalId,
    text: r.text,
    addressees: r.addressees.join(", "),
    localResponseExpected: r.localResponseExpected,
    due: r.due ?? "",
    parts: r.parts.map((p) => p.text).join("\n"),
  };
}

export function toDraft(inspection: Inspection): InspectionDraft {
  const recs = [...inspection.recommendations, ...(inspection.areasForImprovement ?? [])];
  return {
    id: inspection.id,
    title: inspection.title,
    shortTitle: inspection.shortTitle,
    publishedOn: inspection.publishedOn,
    inspectorates: inspection.inspectorates,
    type: inspection.type,
    portalId: inspection.portalId,
    complete: inspection.complete,
    items: recs.map((r, k) => itemOf(r, `i${k + 1}`)),
    nextKey: recs.length + 1,
  };
}

/**
 * Whether Short title still follows Title: the user has not typed in it, and it is what the import
 * made from the title (makeShortTitle). A reopened inspection with a short title of its own keeps it.
 */
export const shortTitleFollows = (draft: InspectionDraft): boolean => !draft.shortTitleEdited && draft.shortTitle.trim() === makeShortTitle(draft.title.trim());

/** A new Title; Short title follows it, made the same way as on import, until the user edits it. */
export function setTitle(draft: InspectionDraft, title: string): InspectionDraft {
  return { ...draft, title, ...(shortTitleFollows(draft) ? { shortTitle: makeShortTitle(title.trim()) } : {}) };
}

/** The user's own short title: it stays theirs whatever the title becomes. */
export function setShortTitle(draft: InspectionDraft, shortTitle: string): InspectionDraft {
  return { ...draft, shortTitle, shortTitleEdited: true };
}

const sameWords = (a: string, b: string) => a.trim().toLocaleLowerCase("en-GB") === b.trim().toLocaleLowerCase("en-GB");

/**
 * Another listed inspection (a different id, and not the one being edited) with the same short
 * title: saved as it is, the list would show two cards the user cannot tell apart.
 */
export function shortTitleTwin(inspection: Inspection, listed: readonly Inspection[], editingId: string | null = null): Inspection | undefined {
  return listed.find((other) => other.id !== inspection.id && other.id !== editingId && sameWords(other.shortTitle, inspection.shortTitle));
}

/** A short description of an item for labels and messages: "Recommendation 3". */
export const itemLabel = (item: DraftItem): string => `${KIND_LABELS[item.kind]} ${item.number.trim() || "(no number)"}`;

export function updateItem(draft: InspectionDraft, key: string, change: Partial<Omit<DraftItem, "key">>): InspectionDraft {
  return { ...draft, items: draft.items.map((i) => (i.key === key ? { ...i, ...change } : i)) };
}

const numbersOf = (draft: InspectionDraft, kind: RecommendationKind) => new Set(draft.items.filter((i) => i.kind === kind).map((i) => i.number.trim()));

/**
 * Splits an item's text at `at` (a character offset): the text after it becomes a new item just
 * below, of the same kind and addressees, taking the sub-parts (they follow the text they belong
 * to). It gets the next number if that is free, otherwise none until the user gives one.
 */
export function splitItem(draft: InspectionDraft, key: string, at: number): InspectionDraft {
  const index = draft.items.findIndex((i) => i.key === key);
  if (index < 0) return draft;
  const item = draft.items[index];
  const head = item.text.slice(0, at).trim();
  const tail = item.text.slice(at).trim();
  if (!head || !tail) return draft;
  const next = Number(item.number) + 1;
  const number = Number.isInteger(next) && !numbersOf(draft, item.kind).has(String(next)) ? String(next) : "";
  const first: DraftItem = { ...item, text: head, parts: "", savedPartIds: [] };
  const second: DraftItem = { ...item, key: `i${draft.nextKey}`, number, savedId: null, savedKind: null, savedPartIds: [], portalId: null, text: tail, due: "" };
  const items = [...draft.items];
  items.splice(index, 1, first, second);
  return { ...draft, items, nextKey: draft.nextKey + 1 };
}

/** Joins an item and the one below it (the report's one recommendation read as two). */
export function mergeWithNext(draft: InspectionDraft, key: string): InspectionDraft {
  const index = draft.items.findIndex((i) => i.key === key);
  if (index < 0 || index === draft.items.length - 1) return draft;
  const [a, b] = [draft.items[index], draft.items[index + 1]];
  const names = [...new Set([...splitNames(a.addressees), ...splitNames(b.addressees)])];
  const merged: DraftItem = {
    ...a,
    text: `${a.text.trim()} ${b.text.trim()}`.trim(),
    addressees: names.join(", "),
    localResponseExpected: a.localResponseExpected || b.localResponseExpected,
    due: a.due.trim() || b.due.trim(),
    parts: [a.parts, b.parts].filter((p) => p.trim()).join("\n"),
    savedPartIds: [...a.savedPartIds, ...b.savedPartIds],
  };
  const items = [...draft.items];
  items.splice(index, 2, merged);
  return { ...draft, items };
}

export function removeItem(draft: InspectionDraft, key: string): InspectionDraft {
  return { ...draft, items: draft.items.filter((i) => i.key !== key) };
}

export function moveItem(draft: InspectionDraft, key: string, by: -1 | 1): InspectionDraft {
  const index = draft.items.findIndex((i) => i.key === key);
  const to = index + by;
  if (index < 0 || to < 0 || to >= draft.items.length) return draft;
  const items = [...draft.items];
  [items[index], items[to]] = [items[to], items[index]];
  return { ...draft, items };
}

/** Numbers each kind 1, 2, 3… in list order. */
export function renumber(draft: InspectionDraft): InspectionDraft {
  const counts: Partial<Record<RecommendationKind, number>> = {};
  return {
    ...draft,
    items: draft.items.map((i) => {
      counts[i.kind] = (counts[i.kind] ?? 0) + 1;
      return { ...i, number: String(counts[i.kind]) };
    }),
  };
}

export function addItem(draft: InspectionDraft, kind: RecommendationKind = "recommendation"): InspectionDraft {
  const taken = numbersOf(draft, kind);
  let n = 1;
  while (taken.has(String(n))) n++;
  const item: DraftItem = {
    key: `i${draft.nextKey}`,
    kind,
    number: String(n),
    savedId: null,
    savedKind: null,
    savedPartIds: [],
    portalId: null,
    text: "",
    addressees: "",
    localResponseExpected: true,
    due: "",
    parts: "",
  };
  return { ...draft, items: [...draft.items, item], nextKey: draft.nextKey + 1 };
}

const splitNames = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Tags carry the ids between colons (ird:section:<inspection>:<rec>): plain letters, digits, - . _ only. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The inspection the draft describes, or every problem that stops it being saved. */
export function fromDraft(draft: InspectionDraft): { inspection: Inspection; problems?: undefined } | { inspection?: undefined; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const title = draft.title.trim();
  const id = draft.id.trim();
  if (!title) problems.push({ field: "title", message: "Give the inspection a title." });
  if (!id) problems.push({ field: "id", message: "Give the inspection an id, e.g. hmicfrs-peel-xshire-2025." });
  else if (!SAFE_ID.test(id)) problems.push({ field: "id", message: "Use only letters, digits, hyphens, dots and underscores in the id (no spaces or colons)." });
  if (!isRealDate(draft.publishedOn.trim())) problems.push({ field: "publishedOn", message: "Give the publication date as a real date (YYYY-MM-DD)." });
  if (draft.items.length === 0) problems.push({ field: "items", message: "There are no recommendations: add at least one." });

  const seen = new Map<string, DraftItem>();
  const recs: { rec: Recommendation; kind: RecommendationKind }[] = [];
  for (const item of draft.items) {
    const label = itemLabel(item);
    const text = item.text.trim();
    const n = Number(item.number.trim());
    const numbered = /^\d+$/.test(item.number.trim()) && n > 0;
    if (!numbered) problems.push({ field: "items", itemKey: item.key, message: `${label}: give it a whole number from 1 (or choose Number in order).` });
    if (!text) problems.push({ field: "items", itemKey: item.key, message: `${label}: the text is empty; type it or delete the item.` });
    if (!numbered || !text) continue;
    const derived = `${ID_PREFIX[item.kind]}${n}`;
    const keepId = item.savedId !== null && SAFE_ID.test(item.savedId) && item.savedId !== "" && sameKindAndNumber(item);
    const recId = keepId ? item.savedId! : derived;
    const clash = seen.get(`${item.kind}:${n}`) ?? seen.get(`id:${recId}`);
    if (clash) {
      problems.push({ field: "items", itemKey: item.key, message: `${label} appears twice: change the number of one of them (or choose Number in order).` });
      continue;
    }
    seen.set(`${item.kind}:${n}`, item);
    seen.set(`id:${recId}`, item);
    const parts = item.parts
      .split("\n")
      .map((p) => p.trim())
      .filter(Boolean);
    const partIds = keepId && item.savedPartIds.length === parts.length ? item.savedPartIds : parts.map((_, k) => `${recId}.${k + 1}`);
    const names = splitNames(item.addressees);
    recs.push({
      kind: item.kind,
      rec: {
        id: recId,
        ...(item.kind === "recommendation" ? {} : { kind: item.kind }),
        number: n,
        portalId: item.portalId,
        text,
        addressees: names,
        localResponseExpected: item.localResponseExpected,
        due: item.due.trim() || null,
        parts: parts.map((p, k) => ({ id: partIds[k], text: p })),
      },
    });
  }
  if (problems.length) return { problems };

  const areas = recs.filter((r) => r.kind === "area-for-improvement").map((r) => r.rec);
  const inspection: Inspection = {
    id,
    title,
    shortTitle: draft.shortTitle.trim() || makeShortTitle(title),
    publishedOn: draft.publishedOn.trim(),
    inspectorates: draft.inspectorates.length ? draft.inspectorates : ["HMICFRS"],
    type: draft.type,
    portalId: draft.portalId,
    complete: draft.complete,
    recommendations: recs.filter((r) => r.kind !== "area-for-improvement").map((r) => r.rec),
    ...(areas.length ? { areasForImprovement: areas } : {}),
  };
  const checked = parseInspection(inspection);
  if (!checked.inspection) return { problems: [{ field: "items", message: `The inspection is not valid: ${checked.error}.` }] };
  return { inspection: checked.inspection };
}

/** The saved id still names this item: its kind and number are what the id was made from, or it never followed them. */
function sameKindAndNumber(item: DraftItem): boolean {
  if (item.savedKind !== item.kind) return false;
  const m = /^([rca])(\d+)$/.exec(item.savedId ?? "");
  if (!m) return true; // a catalog's own id scheme ("rec-1"): kept while the kind stays
  return m[1] === ID_PREFIX[item.kind] && m[2] === item.number.trim();
}
