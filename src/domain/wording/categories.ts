/** The built-in wording categories, in the order the pane lists them; a library file may add or rename. */
import type { WordingCategoryInfo } from "./types";

export const BUILT_IN_CATEGORIES: readonly WordingCategoryInfo[] = [
  { id: "opening", label: "Opening", scope: "document" },
  // The id predates the other categories; kept so existing files and house styles still read.
  { id: "s55-statement", label: "Statutory (section 55)", scope: "document" },
  { id: "response", label: "Recommendation response", scope: "recommendation" },
  { id: "partnership", label: "Partnership", scope: "recommendation" },
  { id: "victims", label: "Victims' services", scope: "recommendation" },
  { id: "deferral", label: "Deferral to another body", scope: "recommendation" },
  { id: "closing", label: "Closing", scope: "document" },
  { id: "sign-off", label: "Sign-off", scope: "document" },
];

/** The built-in categories with the office's additions and renamings (same id: the office's wins), built-in order first. */
export function mergeCategories(own: readonly WordingCategoryInfo[] = []): WordingCategoryInfo[] {
  const byId = new Map(BUILT_IN_CATEGORIES.map((c) => [c.id, c]));
  for (const c of own) byId.set(c.id, c);
  return [...byId.values()];
}

export function categoryLabel(categories: readonly WordingCategoryInfo[], id: string): string {
  return categories.find((c) => c.id === id)?.label ?? id;
}

/** Recommendation categories may use {number}, {addressees}…; a category not listed is document-wide. */
export function categoryScope(categories: readonly WordingCategoryInfo[], id: string): "document" | "recommendation" {
  return categories.find((c) => c.id === id)?.scope ?? "document";
}
