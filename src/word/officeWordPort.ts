/** The WordPort the task pane uses in Word: each method one user action, one Word.run. */
import type { Inspection } from "../domain/catalog/types";
import type { Plan } from "../domain/plan";
import type { DocumentSnapshot } from "../domain/snapshot";
import { onDocumentChanged } from "./events";
import { readCapabilities } from "./host";
import { insertMissing, insertPlan } from "./insert";
import type { HostCapabilities, InsertOutcome, InsertWhere, StoredInspectionRead, WordPort } from "./port";
import { Highlighter, selectParagraph, selectTag } from "./select";
import { readSnapshot } from "./snapshot";
import { readStoredInspection, storeInspection } from "./storage";
import { appendTable } from "./table";

/**
 * Uses the globals Word and Office, so call it after Office.onReady. Requirement sets are read once,
 * since they do not change while the pane is open.
 */
export function createOfficeWordPort(): WordPort {
  let caps: HostCapabilities | undefined;
  const capabilities = () => (caps ??= readCapabilities());
  const highlighter = new Highlighter();
  return {
    capabilities,
    insertPlan: (plan: Plan, where: InsertWhere): Promise<InsertOutcome> => insertPlan(plan, where, capabilities()),
    insertMissing: (plan: Plan): Promise<InsertOutcome> => insertMissing(plan, capabilities()),
    readSnapshot: async (): Promise<DocumentSnapshot> => (await readSnapshot(capabilities())).snapshot,
    selectTag: (tag: string) => selectTag(tag, capabilities()),
    selectParagraph: (index: number) => selectParagraph(index),
    storeInspection: (inspection: Inspection) => storeInspection(inspection, capabilities()),
    readStoredInspection: async () => (await readStoredInspection(capabilities())).inspection,
    readStoredInspectionDetailed: (): Promise<StoredInspectionRead> => readStoredInspection(capabilities()),
    highlight: (tags: string[], on: boolean) => highlighter.highlight(tags, on),
    appendTable: (title: string, rows: string[][]) => appendTable(title, rows, capabilities()),
    onDocumentChanged,
  };
}
