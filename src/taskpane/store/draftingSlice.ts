import type { StateCreator } from "zustand";
import type { InsertOutcome, InsertWhere } from "../../word/port";
import type { HouseStyle } from "../domainApi";
import type { Store } from "./store";

export interface StyleEntry {
  style: HouseStyle;
  /** Added by this office (pasted or imported), as opposed to shipped with the add-in. */
  custom: boolean;
}

/** What is in flight, so the right button shows progress and the others stay usable. */
export type DraftingTask = { kind: "full" } | { kind: "missing" } | { kind: "section"; recId: string } | { kind: "wording"; wordingId: string } | { kind: "remove" };

/** An insert is composed ("preparing", can be cancelled), then Word applies it ("applying", cannot). */
export type InsertStage = "preparing" | "applying";

export interface DraftingState {
  styles: StyleEntry[];
  styleId: string | null;
  /** The user picked (or added) the style themselves: saving settings then leaves it alone (issue 13). */
  styleChosen: boolean;
  where: InsertWhere;
  busy: DraftingTask | null;
  /** Where the running full, missing or section insert is; null for wording and when idle. */
  insertStage: InsertStage | null;
  lastOutcome: InsertOutcome | null;
  /** JSON the user pasted for a new house style; kept until it is accepted. */
  styleDraft: string;
  styleDraftError: string | null;
  /** Asked before inserting: the document already holds the response to `first` (its title). */
  secondInspection: { first: string; second: string } | null;
}

export interface DraftingSlice {
  drafting: DraftingState;
}

export const initialDrafting = (): DraftingState => ({
  styles: [],
  styleId: null,
  styleChosen: false,
  where: "cursor",
  busy: null,
  insertStage: null,
  lastOutcome: null,
  styleDraft: "",
  styleDraftError: null,
  secondInspection: null,
});

export const createDraftingSlice: StateCreator<Store, [], [], DraftingSlice> = () => ({ drafting: initialDrafting() });
