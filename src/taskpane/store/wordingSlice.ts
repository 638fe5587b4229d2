import type { StateCreator } from "zustand";
import type { WordingCategoryInfo, WordingSnippet } from "../../domain/wording/types";
import type { Store } from "./store";

/** A quick list beside the categories: the user's favourites or what they used last. */
export type WordingShelf = "favourites" | "recent";

export interface WordingState {
  /** Whether this user's saved wording (office library, favourites, role) has been read. */
  loaded: boolean;
  /** The office's own entries (imported or edited here); the built-in ones come on top of nothing. */
  office: WordingSnippet[];
  /** Categories the office added or renamed. */
  categories: WordingCategoryInfo[];
  /** This user maintains the office's wording (comms): sees drafts and retired entries, edits, imports. */
  editor: boolean;
  favourites: string[];
  /** Ids, most recent first. */
  recent: string[];
  query: string;
  /** A category id or a shelf; null for everything. */
  filter: string | WordingShelf | null;
  chosenId: string | null;
  /** The recommendation the wording is for (fills {number}, {addressees}…). */
  recId: string | null;
  /** The entry open in the editor form: an existing id, or "new". */
  editing: string | "new" | null;
  /** Why the last import was refused, in plain words. */
  importError: string | null;
}

export interface WordingSlice {
  wording: WordingState;
}

export const initialWording = (): WordingState => ({
  loaded: false,
  office: [],
  categories: [],
  editor: false,
  favourites: [],
  recent: [],
  query: "",
  filter: null,
  chosenId: null,
  recId: null,
  editing: null,
  importError: null,
});

export const createWordingSlice: StateCreator<Store, [], [], WordingSlice> = () => ({ wording: initialWording() });
