/**
 * The Office port with its code fetched on first use (issue 12): the pane's first screen never
 * calls Word, so the adapter (building, reading, selecting: most of src/word) stays out of the
 * start-up bundle. The two calls that must answer at once, capabilities and onDocumentChanged, are
 * small and load with it; every other method waits for the adapter's chunk, then runs as usual.
 */
import { onDocumentChanged } from "./events";
import { readCapabilities } from "./host";
import type { HostCapabilities, WordPort } from "./port";

type Later = Exclude<keyof WordPort, "capabilities" | "onDocumentChanged">;

/** Call after Office.onReady, like createOfficeWordPort. */
export function createLazyOfficeWordPort(): WordPort {
  let port: Promise<WordPort> | undefined;
  const loaded = () =>
    (port ??= import(/* webpackChunkName: "word" */ "./officeWordPort").then(
      (m) => m.createOfficeWordPort(),
      (error: unknown) => {
        port = undefined; // a failed download is tried again on the next action
        throw error;
      },
    ));
  const later = <K extends Later>(name: K): WordPort[K] => {
    const call = (...args: unknown[]) => loaded().then((p) => (p[name] as (...a: unknown[]) => Promise<unknown>)(...args));
    return call as WordPort[K];
  };
  let caps: HostCapabilities | undefined;
  return {
    capabilities: () => (caps ??= readCapabilities()),
    onDocumentChanged,
    insertPlan: later("insertPlan"),
    insertMissing: later("insertMissing"),
    insertWording: later("insertWording"),
    replaceWording: later("replaceWording"),
    selectWording: later("selectWording"),
    removeInserted: later("removeInserted"),
    readSnapshot: later("readSnapshot"),
    selectTag: later("selectTag"),
    selectParagraph: later("selectParagraph"),
    storeInspection: later("storeInspection"),
    readStoredInspection: later("readStoredInspection"),
    highlight: later("highlight"),
    appendTable: later("appendTable"),
    putTable: later("putTable"),
    removeSection: later("removeSection"),
    updateFields: later("updateFields"),
    checkThisWord: later("checkThisWord"),
  };
}
