/** The WordPort the task pane uses in Word: each method one user action, one Word.run. */
import type { Inspection } from "../domain/catalog/types";
import type { Plan, PlanControl } from "../domain/plan";
import { removeInserted, removeSection } from "./cleanup";
import { onDocumentChanged } from "./events";
import { readCapabilities, runAction } from "./host";
import { insertMissing, insertPlan, insertWording } from "./insert";
import type { HostCapabilities, InsertReceipt, InsertWhere, NamesToUpdate, SnapshotScope, TableSpec, WordingBlockRef, WordingTarget, WordPort } from "./port";
import { Highlighter, selectParagraph, selectTag } from "./select";
import { checkThisWord } from "./selfCheck";
import { replaceWording, selectWording } from "./replace";
import { readSections } from "./sectionsRead";
import { readSnapshot } from "./snapshot";
import { readStoredInspection, storeInspection } from "./storage";
import { appendTable, putTable } from "./table";
import { updateFields } from "./fields";
import type { FieldUpdate } from "../domain/fields";

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
    insertPlan: (plan: Plan, where: InsertWhere, inspection?: Inspection) => insertPlan(plan, where, capabilities(), inspection),
    insertMissing: (plan: Plan, inspection?: Inspection) => insertMissing(plan, capabilities(), inspection),
    insertWording: (control: PlanControl, target?: WordingTarget) => insertWording(control, capabilities(), target),
    replaceWording: (block: WordingBlockRef, control: PlanControl) => replaceWording(block, control, capabilities()),
    selectWording: (block: WordingBlockRef) => selectWording(block),
    removeInserted: (receipt: InsertReceipt) => runAction("remove-inserted", true, (context) => removeInserted(context, receipt, capabilities())),
    readSnapshot: (scope: SnapshotScope = "document") => (scope === "sections" ? readSections(capabilities()) : readSnapshot(capabilities())),
    selectTag: (tag: string, where?: "whole" | "start") => selectTag(tag, capabilities(), where),
    selectParagraph: (index: number) => selectParagraph(index),
    storeInspection: (inspection: Inspection) => storeInspection(inspection, capabilities()),
    readStoredInspection: () => readStoredInspection(capabilities()),
    highlight: (tags: string[], on: boolean) => highlighter.highlight(tags, on),
    appendTable: (title: string, rows: string[][]) => appendTable(title, rows, capabilities()),
    putTable: (table: TableSpec) => putTable(table, capabilities()),
    removeSection: (tag: string) => runAction("remove-section", true, (context) => removeSection(context, tag, capabilities())),
    updateFields: (updates: FieldUpdate[], names?: NamesToUpdate) => updateFields(updates, names),
    checkThisWord: (plans) => checkThisWord(plans, capabilities()),
    onDocumentChanged,
  };
}
