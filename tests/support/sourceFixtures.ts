/**
 * An organisation catalog and an office wording library, made up for the tests of Settings › Sources,
 * and a fake fetch that answers them (or fails as a server or network would).
 */
// From Node itself, so the fake works in jsdom too (which has neither).
import { ReadableStream } from "node:stream/web";
import { TextEncoder } from "node:util";
import type { FetchLike, ResponseLike } from "../../src/taskpane/fetchSource";

export const ORG_CATALOG_URL = "https://opcc.example.org/ird/catalog.json";
export const ORG_WORDING_URL = "https://opcc.example.org/ird/wording-library.json";

export const orgInspection = (id = "opcc-eastmoor-custody-2021", shortTitle = "Eastmoor custody (organisation)") => ({
  id,
  title: "An inspection of custody in Eastmoor",
  shortTitle,
  publishedOn: "2021-08-02",
  inspectorates: ["HMICFRS"],
  type: "thematic",
  portalId: null,
  complete: true,
  recommendations: [
    {
      id: "r1",
      number: 1,
      portalId: null,
      // Markup in the text stays text.
      text: "By 31 March 2022, chief constables should make sure detainees are told of their rights <script>alert('x')</script> in writing.",
      addressees: ["chief constables"],
      localResponseExpected: true,
      due: "By 31 March 2022",
      parts: [],
    },
  ],
});

export const orgCatalogText = (inspections: unknown[] = [orgInspection()]) => JSON.stringify({ schemaVersion: 1, inspections });

export const orgWordingText = () =>
  JSON.stringify({
    format: "ird-wording",
    formatVersion: 1,
    snippets: [
      { id: "org-opening", version: 1, title: "Eastmoor opening", category: "opening", status: "approved", text: "The Commissioner thanks the inspectorate for <b>this</b> report." },
      { id: "org-closing", version: 1, title: "Eastmoor closing (draft)", category: "closing", status: "draft", text: "Draft closing." },
    ],
  });

/** A response whose body streams in the given chunks (and records whether it was cancelled). */
export function streamed(chunks: string[], init: { status?: number; headers?: Record<string, string>; url?: string } = {}): ResponseLike & { cancelled: () => boolean } {
  let cancelled = false;
  let i = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]));
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  const headers = new Map(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const status = init.status ?? 200;
  return {
    ok: status >= 200 && status < 300,
    status,
    url: init.url ?? "",
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
    body: body as unknown as globalThis.ReadableStream<Uint8Array>,
    text: () => Promise.reject(new Error("read the stream")),
    cancelled: () => cancelled,
  };
}

/** What a fake server answers for a URL: a body, a response, or a failure ("offline", "hang"). */
export type Answer = string | ResponseLike | "offline" | "hang";

/** A fetch that answers from `answers` (changeable during a test) and records each call. */
export function fakeFetch(answers: Record<string, Answer>): FetchLike & { calls: string[]; answers: Record<string, Answer> } {
  const calls: string[] = [];
  const fn = (async (url: string) => {
    calls.push(url);
    const answer = answers[url];
    if (answer === undefined) return streamed(["Not found"], { status: 404 });
    if (answer === "offline") throw new TypeError("Failed to fetch");
    if (answer === "hang") return new Promise<never>(() => undefined);
    if (typeof answer === "string") return streamed([answer], { headers: { "content-type": "application/json", "content-length": String(new TextEncoder().encode(answer).length) } });
    return answer;
  }) as unknown as FetchLike & { calls: string[]; answers: Record<string, Answer> };
  fn.calls = calls;
  fn.answers = answers;
  return fn;
}
