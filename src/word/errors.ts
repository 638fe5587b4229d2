/**
 * Turns whatever Word (or the Office client library) throws into a WordActionError: facts (what
 * the user was doing, Word's code, what the document holds after a failed insert), which the pane
 * words once (src/taskpane/actions/wordFailures.ts).
 */
import { WordActionError, type FailureCleanup, type WordAction } from "./port";

/** Codes we raise ourselves (Word's own codes pass through unchanged). */
export const OwnCodes = {
  noRecommendations: "NoRecommendations",
  unsupported: "RequirementNotMet",
  sectionMissing: "ItemNotFound",
  settingsSave: "SettingsSaveFailed",
  notBlank: "NotBlank",
  changedSinceInsert: "ChangedSinceInsert",
  unknown: "Unknown",
} as const;

export function unsupportedSet(action: WordAction, version: string): WordActionError {
  return new WordActionError({ kind: "unsupported", action, version }, OwnCodes.unsupported);
}

export const noRecommendations = (): WordActionError => new WordActionError({ kind: "no-recommendations" }, OwnCodes.noRecommendations);
export const sectionMissing = (): WordActionError => new WordActionError({ kind: "section-missing" }, OwnCodes.sectionMissing);
export const paragraphMissing = (): WordActionError => new WordActionError({ kind: "paragraph-missing" }, OwnCodes.sectionMissing);
export const notBlank = (): WordActionError => new WordActionError({ kind: "not-blank" }, OwnCodes.notBlank);
export const changedSinceInsert = (): WordActionError => new WordActionError({ kind: "changed-since-insert" }, OwnCodes.changedSinceInsert);

export function settingsSaveFailed(available: boolean, cause: unknown, detail?: string): WordActionError {
  return new WordActionError({ kind: "settings-save", available, ...(detail ? { detail } : {}) }, OwnCodes.settingsSave, cause);
}

/** The code carried by an OfficeExtension.Error, or by anything error-like. */
export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && code) return code;
  }
  return undefined;
}

/** Where Word says a batch failed (WORD-SEMANTICS 14), e.g. "Paragraph.insertContentControl"; "" when it does not say. */
export function errorLocation(error: unknown): string {
  const info = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo;
  return typeof info?.errorLocation === "string" ? info.errorLocation : "";
}

/**
 * Maps a failure of `action` to a WordActionError. `writing` says whether the action changes the
 * document, since Word reports a read-only document only when something tries to write
 * (WORD-SEMANTICS 56: GeneralException or AccessDenied at sync).
 */
export function toWordActionError(error: unknown, action: WordAction, writing: boolean): WordActionError {
  if (error instanceof WordActionError) return error;
  return new WordActionError({ kind: "word", action, writing }, errorCode(error) ?? OwnCodes.unknown, error);
}

/**
 * An insert that failed part-way, with what the document now holds. A failed read-back of a
 * nested control's parent means Word built something other than planned.
 */
export function insertFailure(error: unknown, action: WordAction, cleanup: FailureCleanup): WordActionError {
  const code = errorCode(error) ?? OwnCodes.unknown;
  const failure = errorLocation(error).endsWith(".parentContentControl") ? ({ kind: "built-otherwise", action } as const) : ({ kind: "word", action, writing: true } as const);
  return new WordActionError(failure, code, error, cleanup);
}
