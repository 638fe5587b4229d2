/**
 * Finding wording as you type: full-text search (MiniSearch) over titles, bodies, tags and the
 * category's name, forgiving of typos ("recomendation") and of unfinished words ("partn").
 */
import MiniSearch from "minisearch";
import type { WordingSnippet } from "./types";

export interface WordingSearch {
  /** Ids of the entries that match, best first; every entry in its order for an empty query. */
  search(query: string): string[];
}

interface Doc {
  id: string;
  title: string;
  text: string;
  tags: string;
  category: string;
}

export function createWordingSearch(entries: ReadonlyArray<Pick<WordingSnippet, "id" | "title" | "text" | "category" | "tags">>, categoryLabel: (id: string) => string): WordingSearch {
  const index = new MiniSearch<Doc>({
    fields: ["title", "tags", "category", "text"],
    storeFields: [],
    // Template punctuation is no part of a word: {forceName} and [give the reason] index their words.
    tokenize: (text) => text.split(/[^\p{L}\p{N}']+/u).filter(Boolean),
    processTerm: (term) => term.toLocaleLowerCase("en-GB").replace(/'s$/, "").replace(/'/g, ""),
    searchOptions: {
      boost: { title: 3, tags: 2, category: 1.5, text: 1 },
      prefix: true,
      // One edit in a short word, about one in five in a longer one.
      fuzzy: (term) => (term.length < 4 ? 0 : term.length < 8 ? 1 : 0.2),
      combineWith: "AND",
    },
  });
  index.addAll(entries.map((s) => ({ id: s.id, title: s.title, text: s.text, tags: (s.tags ?? []).join(" "), category: categoryLabel(s.category) })));
  const all = entries.map((s) => s.id);
  return {
    search(query) {
      const q = query.trim();
      if (!q) return all;
      // Every word must match (typing more narrows the list); fuzzy matching forgives a typo in each.
      return index.search(q).map((h) => String(h.id));
    },
  };
}
