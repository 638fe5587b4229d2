/** Why a source was not refreshed, as data (the fetch layer's result) and in plain words (the pane's). */
import type { SourceCopy, SourceKind } from "./schema";

export type SourceFailure =
  /** The address is not one the pane may read (not https, credentials in it). */
  | { kind: "not-allowed"; problem: string }
  /** The request never got an answer: offline, the server unknown, or it does not allow the pane to read it (CORS). */
  | { kind: "unreachable" }
  | { kind: "status"; status: number }
  | { kind: "timeout"; seconds: number }
  /** Larger than the limit: `bytes` when the server said so (Content-Length), else found while reading. */
  | { kind: "too-big"; limitBytes: number; bytes?: number }
  | { kind: "not-json"; html: boolean }
  | { kind: "invalid"; message: string };

const mb = (bytes: number) => `${(bytes / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;

const STATUS_WORDS: Record<number, string> = {
  401: "asks for a sign-in the add-in cannot give",
  403: "refused to give the file to the add-in",
  404: "has no file at that address",
  410: "has no file at that address any more",
  429: "is too busy to answer now",
};

/** The reason, as the end of a sentence starting "…could not be refreshed: ". */
export function describeFailure(failure: SourceFailure): string {
  switch (failure.kind) {
    case "not-allowed":
      return `the address ${failure.problem}`;
    case "unreachable":
      return "the server could not be reached. You may be offline, or the server does not allow the add-in to read the file (a web server must send the Access-Control-Allow-Origin header)";
    case "status": {
      const words = STATUS_WORDS[failure.status] ?? (failure.status >= 500 ? "had a problem of its own" : "did not give the file");
      return `the server ${words} (HTTP ${failure.status})`;
    }
    case "timeout":
      return `the server did not answer within ${failure.seconds} second${failure.seconds === 1 ? "" : "s"}`;
    case "too-big":
      return failure.bytes !== undefined
        ? `the file is too large (${mb(failure.bytes)}; at most ${mb(failure.limitBytes)} is read)`
        : `the file is larger than the ${mb(failure.limitBytes)} the add-in reads`;
    case "not-json":
      return failure.html
        ? "the address gave a web page, not a JSON file (perhaps a sign-in page or a file viewer: use the file's direct download address)"
        : "the file is not valid JSON";
    case "invalid":
      return failure.message;
  }
}

export const SOURCE_NAMES: Record<SourceKind, string> = { catalog: "Your organisation's catalog", wording: "Your office's wording library" };

/** "30 November 2026 at 19:40", in the user's time zone. */
export function whenFetched(iso: string): string {
  const d = new Date(iso);
  const day = d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return `${day} at ${time}`;
}

/** What stays in use after a failed refresh, as a sentence. */
export function copyInUse(kind: SourceKind, copy: Omit<SourceCopy, "content"> | null): string {
  if (!copy) {
    return kind === "catalog"
      ? "No copy has been fetched yet, so none of its inspections are listed."
      : "No copy has been fetched yet, so the built-in wording is used.";
  }
  return copy.fromFile ? `The copy read from “${copy.from}” on ${whenFetched(copy.fetchedAt)} is still in use.` : `The copy fetched on ${whenFetched(copy.fetchedAt)} is still in use.`;
}

/** "30 Nov 2026 10:02", in the user's time zone: short enough for a one-line banner. */
export function whenFetchedShort(iso: string): string {
  const d = new Date(iso);
  const day = d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
  const time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return `${day} ${time}`;
}

/** What stays in use after a failed refresh, in a few words for the banner (the reason is in Settings › Sources). */
export function copyInUseBrief(kind: SourceKind, copy: Omit<SourceCopy, "content"> | null): string {
  if (!copy) return kind === "catalog" ? "none of its inspections are listed yet" : "the built-in wording is used";
  return copy.fromFile ? `using the copy read from “${copy.from}” on ${whenFetchedShort(copy.fetchedAt)}` : `using the copy from ${whenFetchedShort(copy.fetchedAt)}`;
}
