/** Selectors: plain functions of the state (and an argument), usable in hooks, actions and tests. */
import type { Inspection } from "../../domain/catalog/types";
import { deadlineStatus } from "../../domain/deadline";
import { isDone, type RecommendationCoverage } from "../../domain/coverage/types";
import type { Store } from "./store";
import type { StyleEntry } from "./draftingSlice";

export const selectedInspection = (s: Store): Inspection | null =>
  s.catalog.inspections.find((i) => i.id === s.catalog.selectedId) ?? null;

const normalise = (text: string) =>
  text
    .toLocaleLowerCase("en-GB")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[–—-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Inspections whose titles, id, type, inspectorates or recommendation texts contain every word of the query. */
export const filteredInspections = (s: Store): Inspection[] => {
  const words = normalise(s.catalog.query).split(" ").filter(Boolean);
  if (words.length === 0) return s.catalog.inspections;
  return s.catalog.inspections.filter((i) => {
    const texts = [...i.recommendations, ...(i.areasForImprovement ?? [])].flatMap((r) => [r.text, ...r.parts.map((p) => p.text)]);
    const hay = normalise([i.shortTitle, i.title, i.id, i.type, i.inspectorates.join(" "), i.publishedOn, ...texts].join(" "));
    return words.every((w) => hay.includes(w));
  });
};

/**
 * Inspections (e.g. those matching the search) by what needs attention: those whose 56-day deadline is still to come,
 * due soonest first; then those past it, most recently due first.
 */
export const byDeadline = (inspections: Inspection[], today: Date): { due: Inspection[]; past: Inspection[] } => {
  const dated = inspections.map((inspection) => ({ inspection, daysLeft: deadlineStatus(inspection.publishedOn, today).daysLeft }));
  const byTitle = (a: Inspection, b: Inspection) => a.shortTitle.localeCompare(b.shortTitle, "en-GB");
  const due = dated.filter((d) => d.daysLeft >= 0).sort((a, b) => a.daysLeft - b.daysLeft || byTitle(a.inspection, b.inspection));
  const past = dated.filter((d) => d.daysLeft < 0).sort((a, b) => b.daysLeft - a.daysLeft || byTitle(a.inspection, b.inspection));
  return { due: due.map((d) => d.inspection), past: past.map((d) => d.inspection) };
};

export const isOwn = (s: Store, inspectionId: string): boolean => s.catalog.own.includes(inspectionId);

export const isFromDocument = (s: Store, inspectionId: string): boolean => s.catalog.fromDocument.includes(inspectionId);

export const activeStyle = (s: Store): StyleEntry | null =>
  s.drafting.styles.find((e) => e.style.id === s.drafting.styleId) ?? s.drafting.styles[0] ?? null;

/** The coverage report, but only if it belongs to the inspection now selected. */
export const currentReport = (s: Store) =>
  s.coverage.report && s.coverage.report.inspectionId === s.catalog.selectedId ? s.coverage.report : null;

export const visibleCoverageItems = (s: Store): RecommendationCoverage[] => {
  const report = currentReport(s);
  if (!report) return [];
  // "Show only what needs attention": exactly the rows the headline does not count as done (issue 13).
  return s.coverage.onlyUnanswered ? report.items.filter((i) => !isDone(i)) : report.items;
};

export const isBusy = (s: Store): boolean => s.drafting.busy !== null || s.coverage.scanning || s.coverage.exporting;
