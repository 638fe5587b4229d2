/**
 * The inspection stored in the document. WordApi 1.4: a custom XML part in our namespace, found
 * with getByNamespace and replaced with setXml (parts of others are never listed or touched,
 * WORD-SEMANTICS 49). Older Word: the Common API settings bag, saved with saveAsync (51). The Word
 * SettingCollection is never used, so there is one store per host (52).
 */
import type { Inspection } from "../domain/catalog/types";
import { XML_NAMESPACE } from "../domain/tags";
import { settingsSaveFailed } from "./errors";
import { runAction } from "./host";
import type { HostCapabilities, StoredInspectionRead } from "./port";

/** Key of the inspection in Office.context.document.settings (hosts without WordApi 1.4). */
export const SETTINGS_KEY = "ird.inspection";

let xmlCode: Promise<typeof import("../domain/catalog/inspectionXml")> | undefined;
/** The XML code (fast-xml-parser and the schema) is loaded on first use, not with the pane (bundle budget, issue 5). */
const loadXml = () => (xmlCode ??= import(/* webpackChunkName: "inspection-xml" */ "../domain/catalog/inspectionXml"));

export async function storeInspection(inspection: Inspection, caps: HostCapabilities): Promise<void> {
  const xml = await inspectionXml(inspection);
  if (!caps.customXml) return saveToSettings(xml);
  await runAction("store-inspection", true, async (context) => {
    const write = queueStoreWrite(context, caps, xml)!;
    await context.sync();
    write.afterFirstSync();
    await context.sync();
  });
}

/** Our parts, read in the first sync; `items` may be undefined on the web when none matches (WORD-SEMANTICS 67). */
const partsOf = (parts: Word.CustomXmlPartScopedCollection): Word.CustomXmlPart[] => parts.items ?? [];

/**
 * Storing the inspection inside another action's Word.run (one run per user action): queue the
 * read of our parts now, then the write after the first sync. Null on Word without WordApi 1.4,
 * where the inspection goes to the settings after the run instead (`saveToSettings`).
 */
export function queueStoreWrite(context: Word.RequestContext, caps: HostCapabilities, xml: string) {
  if (!caps.customXml) return null;
  const ours = context.document.customXmlParts.getByNamespace(XML_NAMESPACE).load("items/id");
  return {
    afterFirstSync() {
      const [first, ...copies] = partsOf(ours);
      if (first) first.setXml(xml);
      else context.document.customXmlParts.add(xml);
      // Copies of our part (a pasted-in document) would make the stored inspection ambiguous.
      for (const copy of copies) copy.delete();
    },
  };
}

/** The inspection as our stored XML (the XML code is loaded on first use). */
export async function inspectionXml(inspection: Inspection): Promise<string> {
  return (await loadXml()).inspectionToXml(inspection);
}

export function saveToSettings(xml: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settings: Office.Settings;
    try {
      settings = Office.context.document.settings;
      settings.set(SETTINGS_KEY, xml);
    } catch (error) {
      reject(settingsSaveFailed(false, error));
      return;
    }
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(settingsSaveFailed(true, result.error, result.error?.message));
    });
  });
}

async function readSettings(): Promise<StoredInspectionRead> {
  let xml: unknown;
  try {
    xml = Office.context.document.settings.get(SETTINGS_KEY);
  } catch {
    return { inspection: null, source: "none" };
  }
  if (typeof xml !== "string" || xml === "") return { inspection: null, source: "none" };
  const read = (await loadXml()).inspectionFromXml(xml);
  return { ...read, source: "settings" };
}

/**
 * Queues the reads of the stored inspection around the caller's syncs, so readSnapshot spends no
 * extra round trip on it: call `afterFirstSync` once the first sync has run, `result` after the second.
 */
export function queueStoredRead(context: Word.RequestContext, caps: HostCapabilities) {
  loadXml().catch(() => undefined); // fetched while Word reads; a failure surfaces where it is awaited
  if (!caps.customXml) return { afterFirstSync: () => undefined, needsSecondSync: () => false, result: readSettings };
  const ours = context.document.customXmlParts.getByNamespace(XML_NAMESPACE).load("items/id");
  let xmls: Array<OfficeExtension.ClientResult<string>> = [];
  return {
    afterFirstSync() {
      xmls = partsOf(ours).map((part) => part.getXml());
    },
    needsSecondSync: () => xmls.length > 0,
    async result(): Promise<StoredInspectionRead> {
      // A document drafted on older Word keeps its inspection in settings.
      if (xmls.length === 0) return readSettings();
      const { inspectionFromXml } = await loadXml();
      let problem = "";
      for (const xml of xmls) {
        const read = inspectionFromXml(xml.value);
        if (read.inspection) return { inspection: read.inspection, source: "customXml" };
        problem ||= read.problem;
      }
      return { inspection: null, problem, source: "customXml" };
    },
  };
}

export async function readStoredInspection(caps: HostCapabilities): Promise<StoredInspectionRead> {
  if (!caps.customXml) return readSettings();
  return runAction("read-stored-inspection", false, async (context) => {
    const read = queueStoredRead(context, caps);
    await context.sync();
    read.afterFirstSync();
    if (read.needsSecondSync()) await context.sync();
    return read.result();
  });
}
