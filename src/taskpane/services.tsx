/**
 * Everything the task pane needs from outside React: Word (through the port only), the clock,
 * the browser storage Office gives add-ins, downloads and the built-in catalog. Components take
 * it from context; module-level actions take it as their first argument, so tests pass fakes.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { WordPort } from "../word/port";
import type { Composer } from "./domainApi";
import type { FetchLike } from "./fetchSource";

/** The part of Web Storage we use (localStorage in Office). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface Services {
  port: WordPort;
  /** Today, for deadlines and letter dates; injected so tests control it. */
  now: () => Date;
  storage: KeyValueStorage;
  /** Offers a file to the user (a Blob download in the browser). */
  download: (fileName: string, blob: Blob) => void;
  /** The built-in catalog JSON (unvalidated). */
  loadCatalog: () => Promise<unknown>;
  /** Least time between two automatic coverage scans while the user types. */
  scanIntervalMs: number;
  /**
   * Loads the code that composes a response (default: the lazily loaded domain chunk). Composing
   * is the part of an insert the user can still cancel; tests pass a slow loader to reach it.
   */
  loadComposer?: () => Promise<Composer>;
  /** Reads the office's sources from their https addresses (default: the browser's fetch); tests pass a fake. */
  fetch?: FetchLike;
  /** How long a source may take to answer (default 15 s). */
  sourceTimeoutMs?: number;
}

/** Triggers a browser download of `blob` through a temporary link. */
export function browserDownload(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some hosts start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** localStorage can be missing or throw (private mode, blocked storage): fall back to memory. */
export function safeStorage(): KeyValueStorage {
  try {
    const probe = "ird.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, String(v)),
      removeItem: (k) => void memory.delete(k),
    };
  }
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside <ServicesProvider>");
  return services;
}
