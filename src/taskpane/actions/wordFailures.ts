/**
 * What the user reads when Word fails: the port reports facts (WordActionError.failure, Word's
 * code, what an insert's clean-up left), and this is the one place they become words.
 */
import type { FailureCleanup, WordAction, WordActionError } from "../../word/port";

/** What the user was doing, as the verb phrase a sentence needs ("Word could not …"). */
const DOING: Record<WordAction, string> = {
  "insert-sections": "insert the response sections",
  "insert-missing": "insert the missing sections",
  "insert-wording": "insert the wording",
  "remove-inserted": "remove what was just inserted",
  "read-document": "read the document",
  "go-to-section": "go to that section",
  "go-to-paragraph": "go to that paragraph",
  highlight: "highlight the sections",
  "clear-highlight": "clear the highlight",
  "add-table": "add the table",
  "store-inspection": "store the inspection in the document",
  "read-stored-inspection": "read the inspection stored in the document",
  "check-blank": "check the document is blank",
  "remove-check-section": "remove the check's section",
  "remove-section": "remove the section",
  "update-table": "update the coverage table",
  "update-fields": "update the names and details in the document",
  "update-wording": "update the wording",
};

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

/** The features an "unsupported" failure can name, as the start of a sentence. */
const FEATURE: Partial<Record<WordAction, string>> = {
  "insert-sections": "Inserting response sections",
  "insert-missing": "Inserting response sections",
  "insert-wording": "Inserting wording",
  "add-table": "Adding a table",
};

const isRefusal = (code: string) => code === "GeneralException" || code === "AccessDenied" || code === "PermissionDenied";

/**
 * Writes whose batch changes several things and that the adapter does not take back when Word
 * stops part-way: what ran before the failing action stays done (WORD-SEMANTICS 16), so "Nothing
 * was changed" could contradict the document. What the document may hold instead.
 */
const MAY_BE_PARTLY_DONE: Partial<Record<WordAction, string>> = {
  "add-table": "Word may have added part of the table (its heading, or the table without its header row) at the end of the document before it stopped; delete it if you see it.",
  "remove-inserted": "Word may have removed part of it before it stopped; check the document.",
  "remove-check-section": "Word may have removed part of the test section before it stopped; check the document.",
  "remove-section": "Word may have unlocked the section before it stopped; check the document.",
  "update-table": "Word may have emptied the coverage table before it stopped; choose Update coverage table again.",
  "update-fields": "Word may have updated some of them before it stopped; save the settings again to see what is left.",
  "update-wording": "Word may have replaced part of the wording before it stopped; check the block, and use Undo in Word if it is not right.",
  highlight: "Word may have highlighted some of the sections before it stopped.",
  "clear-highlight": "Word may have cleared the highlight from some of the sections before it stopped.",
};

/** What the document holds after a failed insert, in one sentence. */
function afterFailure(cleanup: FailureCleanup): string {
  const titles = (list: string[]) => list.map((t) => `“${t}”`).join(", ");
  switch (cleanup.state) {
    case "unchanged":
      return "Nothing was added: the document is as it was.";
    case "empty-paragraph-left":
      return "Nothing was added, except possibly one empty paragraph where the content was to go; delete it if you see it.";
    case "left-behind":
      return `Word stopped part-way, and the add-in could not remove what it had added: ${titles(cleanup.titles)}. Delete ${cleanup.titles.length === 1 ? "it" : "them"} before trying again.`;
    case "left-tracked":
      return `Word stopped part-way. Track Changes is on, so what the add-in had added (${titles(cleanup.titles)}) is now marked as deleted: reject those insertions, or accept the deletions, before trying again.`;
  }
}

function describe(code: string, doing: string, writing: boolean): { cause: string; advice: string } {
  switch (code) {
    case "GeneralException":
    case "AccessDenied":
    case "PermissionDenied":
      return writing
        ? {
            cause: `Word would not let the add-in ${doing}. The document may be read-only, open for viewing only, or protected (Restrict Editing or a locked section).`,
            advice: "Switch Word to Editing, or save an editable copy, then try again.",
          }
        : { cause: `Word could not ${doing} (${code}).`, advice: "Close and reopen the document, then try again." };
    case "ApiNotFound":
      return { cause: `Word could not ${doing}: this version of Word lacks a feature the add-in needs.`, advice: "Update Word (Microsoft 365, Word 2019 or later) and try again." };
    case "NotAllowed":
      return { cause: `Word could not ${doing}: this version of Word (for example Word in a browser) does not allow it here.`, advice: "Try again in Word on your desktop." };
    case "ItemNotFound":
      return { cause: `Word could not ${doing}: part of the document it needed is no longer there.`, advice: "Check the document again, then try again." };
    case "InvalidArgument":
      return { cause: `Word could not ${doing}: Word refused the request here (InvalidArgument).`, advice: "Move the cursor to an ordinary paragraph of the document and try again." };
    case "ActivityLimitReached":
      return { cause: `Word could not ${doing}: Word is busy.`, advice: "Wait a moment and try again." };
    default:
      return { cause: `Word could not ${doing}: ${code}.`, advice: "Try again; if it keeps happening, save the document, reopen it and try once more." };
  }
}

/** The sentence (cause, what the document holds, what to do) for a failure the port reported. */
export function wordFailureText(error: WordActionError): string {
  const f = error.failure;
  switch (f.kind) {
    case "unsupported":
      return `${FEATURE[f.action] ?? `To ${DOING[f.action]}`} needs Word API ${f.version}, which this version of Word does not have. It works in ${whereSetIsAvailable(f.version)}.`;
    case "no-recommendations":
      return "This inspection has no recommendations to respond to, so nothing was inserted. Choose another inspection, or add its recommendations to the catalog first.";
    case "section-missing":
      return 'That section is no longer in the document. It may have been deleted; use "Insert missing sections" to put it back, then try again.';
    case "paragraph-missing":
      return "That paragraph is no longer where it was: the document has changed since it was checked. Check the document again, then try again.";
    case "changed-since-insert":
      return "What was inserted has changed since (something was typed into it or deleted), so the add-in removed nothing: your words are safe. Delete the sections you no longer want by hand.";
    case "not-blank":
      return "The check runs only in a new blank document, so nothing of yours is touched. Open a new blank document (File › New › Blank document), open the add-in there and run the check again.";
    case "settings-save":
      return f.available
        ? `Word could not ${DOING["store-inspection"]}: saving the add-in's settings failed${f.detail ? ` (${f.detail})` : ""}. The sections are still in the document; try again, or save the document and try again.`
        : `Word could not ${DOING["store-inspection"]}: its settings are not available here.`;
    case "built-otherwise": {
      const cause = `Word did not build the sections as planned, so the add-in did not ${DOING[f.action]}.`;
      const advice = "Put the cursor in an ordinary paragraph and try again; if it keeps happening, use “Check this copy of Word” in Help.";
      return [cause, error.cleanup ? afterFailure(error.cleanup) : "", advice].filter(Boolean).join(" ");
    }
    case "word": {
      const { cause, advice } = describe(error.code, DOING[f.action], f.writing);
      // A failed insert says what its clean-up left; a write Word may have done in part says so;
      // any other refused write changed nothing.
      const partly = f.writing ? MAY_BE_PARTLY_DONE[f.action] : undefined;
      const holds = error.cleanup ? afterFailure(error.cleanup) : (partly ?? (f.writing && isRefusal(error.code) ? "Nothing was changed." : ""));
      return [cause, holds, advice].filter(Boolean).join(" ");
    }
  }
}
