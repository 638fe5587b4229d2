import type { StateCreator } from "zustand";
import type { WordingCategoryInfo, WordingSnippet } from "../../domain/wording/types";
import type { StaleBlock } from "../../domain/wording/blocks";
import type { WordingRefusal, WordingTarget } from "../../word/port";
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
  /**
   * The office's library from its URL or shared file (Settings › Sources), copy in use: when set it
   * replaces the built-in library (`office` still comes on top). Null: the built-in library is used.
   */
  organisation: WordingSnippet[] | null;
  /** Categories that library adds or renames. */
  organisationCategories: WordingCategoryInfo[];
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
  /** Wording in the open document whose entry has a newer approved version or was retired (null: not checked yet). */
  stale: StaleBlock[] | null;
  /** Whether the document is being read for stale wording, or a block updated. */
  staleBusy: boolean;
  /** Blocks (control ids) the user chose to keep as they are, for as long as this document is open. */
  kept: number[];
  /** The block whose update is being previewed (its control id). */
  updating: number | null;
  /** Wording Word could not put at the cursor, and the nearest place the pane offers instead. */
  offer: { wordingId: string; reason: WordingRefusal; nearest: WordingTarget } | null;
}

export interface WordingSlice {
  wording: WordingState;
}

export const initialWording = (): WordingState => ({
  loaded: false,
  office: [],
  categories: [],
  organisation: null,
  organisationCategories: [],
  editor: false,
  favourites: [],
  recent: [],
  query: "",
  filter: null,
  chosenId: null,
  recId: null,
  editing: null,
  importError: null,
  stale: null,
  staleBusy: false,
  kept: [],
  updating: null,
  offer: null,
});

export const createWordingSlice: StateCreator<Store, [], [], WordingSlice> = () => ({ wording: initialWording() });
