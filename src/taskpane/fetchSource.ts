/**
 * Fetches one of the office's sources (organisation catalog, wording library) for the pane: https
 * only, no cookies or credentials sent, given up after a timeout, and never more than a limit read
 * (refused at once from Content-Length, and counted while the body streams in, for a server that
 * sends no length or a wrong one). The result is data (text, or why not); the domain reads the
 * text (domain/sources/content.ts) and the pane words the failure.
 */
import { sourceUrlProblem, type SourceFailure } from "../domain/sources";

/** The part of a fetch Response used here (tests pass plain objects). */
export interface ResponseLike {
  ok: boolean;
  status: number;
  /** The final address after redirects (empty for a made-up response). */
  url?: string;
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<ResponseLike>;

export type FetchedText = { ok: true; text: string } | { ok: false; failure: SourceFailure };

export interface FetchLimits {
  maxBytes: number;
  timeoutMs?: number;
}

export const SOURCE_TIMEOUT_MS = 15_000;

class TooBig extends Error {}
class TimedOut extends Error {}

/** Reads the body as UTF-8, stopping (and cancelling the download) once it passes maxBytes. */
async function readLimited(response: ResponseLike, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) {
    // No stream to count (an old webview): the whole text, checked once it is here.
    const text = await response.text();
    if (new TextEncoder().encode(text).length > maxBytes) throw new TooBig();
    return text;
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new TooBig();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder("utf-8").decode(all);
}

/** Fetches `url`'s text within the limits; never throws. */
export async function fetchSourceText(fetchFn: FetchLike, url: string, limits: FetchLimits): Promise<FetchedText> {
  const problem = sourceUrlProblem(url);
  if (problem || !url.trim()) return { ok: false, failure: { kind: "not-allowed", problem: problem ?? "is empty" } };
  const timeoutMs = limits.timeoutMs ?? SOURCE_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Stops waiting at the deadline even if the fetch ignores the abort (and aborts it for the browser).
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimedOut());
    }, timeoutMs);
  });
  const work = async (): Promise<FetchedText> => {
    let response: ResponseLike;
    try {
      response = await fetchFn(url.trim(), { signal: controller.signal, credentials: "omit", cache: "no-cache", redirect: "follow", headers: { Accept: "application/json" } });
    } catch {
      if (controller.signal.aborted) throw new TimedOut();
      return { ok: false, failure: { kind: "unreachable" } };
    }
    if (response.url && !response.url.startsWith("https:")) return { ok: false, failure: { kind: "not-allowed", problem: "sent the add-in on to an address that is not https://" } };
    if (!response.ok) return { ok: false, failure: { kind: "status", status: response.status } };
    const length = Number(response.headers.get("content-length"));
    if (Number.isFinite(length) && length > limits.maxBytes) return { ok: false, failure: { kind: "too-big", limitBytes: limits.maxBytes, bytes: length } };
    try {
      return { ok: true, text: await readLimited(response, limits.maxBytes) };
    } catch (error) {
      if (error instanceof TooBig) return { ok: false, failure: { kind: "too-big", limitBytes: limits.maxBytes } };
      if (controller.signal.aborted) throw new TimedOut();
      return { ok: false, failure: { kind: "unreachable" } };
    }
  };
  try {
    return await Promise.race([work(), deadline]);
  } catch {
    return { ok: false, failure: { kind: "timeout", seconds: Math.ceil(timeoutMs / 1000) } };
  } finally {
    clearTimeout(timer);
  }
}
