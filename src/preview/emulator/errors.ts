/** Errors the host answers with; they travel as Body.Error {Code, Message, Location, ActionIndex}. */
export type WordErrorCode =
  | "GeneralException"
  | "InvalidArgument"
  | "ItemNotFound"
  | "AccessDenied"
  | "NotAllowed"
  | "NotImplemented"
  | "SearchStringInvalidOrTooLong"
  | "SearchDialogIsOpen"
  | "ActivityLimitReached";

const MESSAGES: Record<WordErrorCode, string> = {
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  AccessDenied: "You cannot perform the requested operation.",
  NotAllowed: "The action isn't supported by Word in a browser.",
  NotImplemented: "The requested feature isn't implemented.",
  SearchStringInvalidOrTooLong: "The search string is invalid or exceeds the maximum of 255 characters.",
  SearchDialogIsOpen: "The search dialog is open.",
  ActivityLimitReached: "Activity limit has been reached.",
};

export class HostError extends Error {
  constructor(
    readonly code: WordErrorCode,
    /** Where it happened, Word style: "ContentControlCollection.getFirst". */
    readonly location: string,
    message?: string,
  ) {
    super(message ?? MESSAGES[code]);
  }
}

export function fail(code: WordErrorCode, location: string, message?: string): never {
  throw new HostError(code, location, message);
}
