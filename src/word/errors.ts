/**
 * Turns whatever Word (or the Office client library) throws into a WordActionError whose message
 * says, in plain words, what happened and what to do. The task pane shows `message` as is.
 */
import { WordActionError, type FailureCleanup } from "./port";

/** What the user was doing, as a verb phrase: "insert the response sections". */
export type ActionName = string;

/** Which Word versions have each WordApi set (WORD-SEMANTICS 61), for "update Word" messages. */
const SET_AVAILABILITY: Record<string, string> = {
  "1.1": "Word 2016 or later",
  "1.2": "Word 2016 or later, updated",
  "1.3": "Word 2019, Word 2021, Microsoft 365 or Word on the web",
  "1.4": "Microsoft 365 (Word version 2208 or later on Windows, 16.64 or later on Mac), Office 2024 or Word on the web",
};

export function whereSetIsAvailable(version: string): string {
  return SET_AVAILABILITY[version] ?? "a current version of Microsoft 365";
}

/** Codes we raise ourselves (Word's own codes pass through unchanged). */
export const OwnCodes = {
  noRecommendations: "NoRecommendations",
  unsupported: "RequirementNotMet",
  sectionMissing: "ItemNotFound",
  settingsSave: "SettingsSaveFailed",
  unknown: "Unknown",
} as const;

export function unsupportedSet(feature: string, version: string): WordActionError {
  return new WordActionError(
    `${feature} needs Word API ${version}, which this version of Word does not have. ` +
      `It works in ${whereSetIsAvailable(version)}.`,
    OwnCodes.unsupported,
  );
}

export function noRecommendations(): WordActionError {
  return new WordActionError(
    "This inspection has no recommendations to respond to, so nothing was inserted. " +
      "Choose another inspection, or add its recommendations to the catalog first.",
    OwnCodes.noRecommendations,
  );
}

export function sectionMissing(): WordActionError {
  return new WordActionError(
    "That section is no longer in the document. It may have been deleted; " +
      "use \"Insert missing sections\" to put it back, then try again.",
    OwnCodes.sectionMissing,
  );
}

export function paragraphMissing(): WordActionError {
  return new WordActionError(
    "That paragraph is no longer where it was: the document has changed since it was checked. " +
      "Check the document again, then try again.",
    OwnCodes.sectionMissing,
  );
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
export function toWordActionError(error: unknown, action: ActionName, writing: boolean): WordActionError {
  if (error instanceof WordActionError) return error;
  const code = errorCode(error) ?? OwnCodes.unknown;
  const { cause, advice } = describe(code, action, writing);
  const unchanged = writing && isRefusal(code) ? " Nothing was changed." : "";
  return new WordActionError(`${cause}${unchanged} ${advice}`, code, error);
}

const isRefusal = (code: string) => code === "GeneralException" || code === "AccessDenied" || code === "PermissionDenied";

/** What the document holds after a failed insert, in one sentence (cleanup.ts found it out). */
function afterFailure(cleanup: FailureCleanup): string {
  switch (cleanup.state) {
    case "unchanged":
      return "Nothing was added: the document is as it was.";
    case "empty-paragraph-left":
      return "Nothing was added, except possibly one empty paragraph where the content was to go; delete it if you see it.";
    case "left-behind":
      return `Word stopped part-way, and the add-in could not remove what it had added: ${cleanup.titles.map((t) => `“${t}”`).join(", ")}. Delete ${cleanup.titles.length === 1 ? "it" : "them"} before trying again.`;
    case "left-tracked":
      return `Word stopped part-way. Track Changes is on, so what the add-in had added (${cleanup.titles.map((t) => `“${t}”`).join(", ")}) is now marked as deleted: reject those insertions, or accept the deletions, before trying again.`;
  }
}

/**
 * An insert that failed part-way: what went wrong, what the document now holds, what to do.
 * A failed read-back of a nested control's parent means Word built something other than planned.
 */
export function insertFailure(error: unknown, action: ActionName, cleanup: FailureCleanup): WordActionError {
  const code = errorCode(error) ?? OwnCodes.unknown;
  const { cause, advice } =
    errorLocation(error).endsWith(".parentContentControl")
      ? { cause: `Word did not build the sections as planned, so the add-in did not ${action}.`, advice: "Put the cursor in an ordinary paragraph and try again; if it keeps happening, use “Check this copy of Word” in Help." }
      : describe(code, action, true);
  return new WordActionError(`${cause} ${afterFailure(cleanup)} ${advice}`, code, error, cleanup);
}

function describe(code: string, action: ActionName, writing: boolean): { cause: string; advice: string } {
  switch (code) {
    case "GeneralException":
    case "AccessDenied":
    case "PermissionDenied":
      return writing
        ? {
            cause: `Word would not let the add-in ${action}. The document may be read-only, open for viewing only, or protected (Restrict Editing or a locked section).`,
            advice: "Switch Word to Editing, or save an editable copy, then try again.",
          }
        : { cause: `Word could not ${action} (${code}).`, advice: "Close and reopen the document, then try again." };
    case "ApiNotFound":
      return { cause: `Word could not ${action}: this version of Word lacks a feature the add-in needs.`, advice: "Update Word (Microsoft 365, Word 2019 or later) and try again." };
    case "NotAllowed":
      return { cause: `Word could not ${action}: this version of Word (for example Word in a browser) does not allow it here.`, advice: "Try again in Word on your desktop." };
    case "ItemNotFound":
      return { cause: `Word could not ${action}: part of the document it needed is no longer there.`, advice: "Check the document again, then try again." };
    case "InvalidArgument":
      return { cause: `Word could not ${action}: Word refused the request here (InvalidArgument).`, advice: "Move the cursor to an ordinary paragraph of the document and try again." };
    case "ActivityLimitReached":
      return { cause: `Word could not ${action}: Word is busy.`, advice: "Wait a moment and try again." };
    default:
      return { cause: `Word could not ${action}: ${code}.`, advice: "Try again; if it keeps happening, save the document, reopen it and try once more." };
  }
}
