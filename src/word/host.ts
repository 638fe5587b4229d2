/**
 * What the host can do (requirement sets) and the one way this adapter runs a batch: a single
 * Word.run per user action, every failure turned into a WordActionError.
 */
import type { HostCapabilities, HostPlatform, WordAction } from "./port";
import { toWordActionError, unsupportedSet } from "./errors";

/** Versions we know of, newest first; strings because "1.10" is not "1.1" (WORD-SEMANTICS 59). */
const WORD_API_VERSIONS = ["1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3", "1.2", "1.1"];

export function isWordApi(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("WordApi", version);
  } catch {
    // No Office context at all (not in Word): nothing is supported.
    return false;
  }
}

export function readCapabilities(): HostCapabilities {
  const wordApi = WORD_API_VERSIONS.find((v) => isWordApi(v)) ?? "1.1";
  return { wordApi, customXml: isWordApi("1.4"), wordApi13: isWordApi("1.3"), platform: readPlatform() };
}

/** Whether the host's WordApi level is at least `version` ("1.10" is above "1.9", WORD-SEMANTICS 59). */
export function hasWordApi(caps: HostCapabilities, version: string): boolean {
  const have = caps.wordApi.split(".").map(Number);
  const want = version.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** Office.context.platform; Word on the web refuses some content-control edits (WORD-SEMANTICS 66). */
function readPlatform(): HostPlatform {
  try {
    // Office.PlatformType's values are these strings.
    switch (String(Office.context.platform)) {
      case "OfficeOnline":
        return "web";
      case "PC":
        return "windows";
      case "Mac":
        return "mac";
      default:
        return "other";
    }
  } catch {
    return "other";
  }
}

/** Refuses before touching Word when the host lacks the basic set the manifest asks for. */
export function requireWordApi11(action: WordAction): void {
  if (!isWordApi("1.1")) throw unsupportedSet(action, "1.1");
}

/**
 * Runs one user action in one Word.run. `writing` says whether the action changes the document,
 * which decides how a GeneralException/AccessDenied is explained (read-only document).
 */
export async function runAction<T>(
  action: WordAction,
  writing: boolean,
  batch: (context: Word.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    throw toWordActionError(error, action, writing);
  }
}

/**
 * Runs a read-only user action in a context whose proxies are not tracked (WORD-SEMANTICS 72):
 * Word.run would track every loaded item and then send one more request releasing them all, as
 * large as the read itself on a long document. The batch must not keep proxies past its return.
 */
export async function runRead<T>(action: WordAction, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await batch(new Word.RequestContext());
  } catch (error) {
    throw toWordActionError(error, action, false);
  }
}
