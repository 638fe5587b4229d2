/**
 * A WordPort for component tests: records every call, answers from a canned document snapshot,
 * and can be told to fail the next call of a method the way the Office adapter does (with a
 * WordActionError). It does not pretend to render plans: tests set the snapshot they want read.
 */
import type { Inspection } from "../../src/domain/catalog/types";
import type { Plan, PlanControl } from "../../src/domain/plan";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import type { FieldUpdate } from "../../src/domain/fields";
import { paragraphEdits } from "../../src/domain/names";
import { parseTag, recommendationOfTag } from "../../src/domain/tags";
import {
  WordActionError,
  type HostCapabilities,
  type FieldsUpdated,
  type InsertOutcome,
  type InsertReceipt,
  type NamesToUpdate,
  type Removal,
  type SnapshotScope,
  type WordFailure,
  type InsertWhere,
  type SelfCheckResult,
  type StoredInspectionRead,
  type TablePut,
  type TableSpec,
  type WordPort,
  type WordingBlockRef,
  type WordingReplaced,
  type WordingTarget,
} from "../../src/word/port";

export type PortCall =
  | { method: "insertPlan"; plan: Plan; where: InsertWhere; inspection?: Inspection }
  | { method: "insertMissing"; plan: Plan; inspection?: Inspection }
  | { method: "insertWording"; control: PlanControl; target?: WordingTarget }
  | { method: "replaceWording"; block: WordingBlockRef; control: PlanControl }
  | { method: "selectWording"; block: WordingBlockRef }
  | { method: "removeInserted"; receipt: InsertReceipt }
  | { method: "checkThisWord"; names: string[] }
  | { method: "readSnapshot"; scope: SnapshotScope }
  | { method: "selectTag"; tag: string; where: "whole" | "start" }
  | { method: "selectParagraph"; index: number }
  | { method: "storeInspection"; inspection: Inspection }
  | { method: "readStoredInspection" }
  | { method: "highlight"; tags: string[]; on: boolean }
  | { method: "appendTable"; title: string; rows: string[][] }
  | { method: "putTable"; table: TableSpec }
  | { method: "removeSection"; tag: string }
  | { method: "updateFields"; updates: FieldUpdate[]; names?: NamesToUpdate };

type Method = PortCall["method"];

export interface FakePortOptions {
  snapshot?: DocumentSnapshot;
  /** What a read of only the add-in's sections returns (default: `snapshot`). */
  sectionsSnapshot?: DocumentSnapshot;
  storedInspection?: Inspection | null;
  /** Where inserts land when asked for the cursor (e.g. "end" to mimic a cursor in a table). */
  cursorLandsAt?: InsertWhere;
}

export const emptySnapshot = (): DocumentSnapshot => ({ paragraphs: [], controls: [], storedInspection: null });

export class FakeWordPort implements WordPort {
  readonly calls: PortCall[] = [];
  snapshot: DocumentSnapshot;
  sectionsSnapshot: DocumentSnapshot | undefined;
  storedInspection: Inspection | null;
  cursorLandsAt: InsertWhere;
  private failures = new Map<Method, WordActionError>();
  private pending = new Map<Method, Array<() => void>>();
  private held = new Set<Method>();
  private listeners = new Set<() => void>();
  /** Why the stored inspection could not be used, as the adapter would say (readStoredInspection). */
  storedProblem: string | undefined;

  constructor(options: FakePortOptions = {}) {
    this.snapshot = options.snapshot ?? emptySnapshot();
    this.sectionsSnapshot = options.sectionsSnapshot;
    this.storedInspection = options.storedInspection ?? null;
    this.cursorLandsAt = options.cursorLandsAt ?? "cursor";
  }

  /** The next call of `method` rejects with this failure (as the adapter reports Word errors; the pane words it). */
  failNext(method: Method, failure: WordFailure, code = "GeneralException"): void {
    this.failures.set(method, new WordActionError(failure, code));
  }

  /** Calls of `method` wait until release(method): lets a test see progress indicators. */
  hold(method: Method): void {
    this.held.add(method);
  }

  /**
   * Lets held calls of `method` go on: all of them (and later ones unheld), or only the "first" or
   * "last" one still waiting (the method stays held), to make calls finish out of order.
   */
  release(method: Method, which: "all" | "first" | "last" = "all"): void {
    const waiting = this.pending.get(method) ?? [];
    if (which !== "all") {
      const resume = which === "first" ? waiting.shift() : waiting.pop();
      resume?.();
      return;
    }
    this.held.delete(method);
    for (const resume of waiting) resume();
    this.pending.delete(method);
  }

  /** Simulates the user typing in the document. */
  emitDocumentChanged(): void {
    for (const l of this.listeners) l();
  }

  callsOf<M extends Method>(method: M): Extract<PortCall, { method: M }>[] {
    return this.calls.filter((c): c is Extract<PortCall, { method: M }> => c.method === method);
  }

  private async enter(call: PortCall): Promise<void> {
    this.calls.push(call);
    if (this.held.has(call.method)) await new Promise<void>((resolve) => this.pending.set(call.method, [...(this.pending.get(call.method) ?? []), resolve]));
    const failure = this.failures.get(call.method);
    if (failure) {
      this.failures.delete(call.method);
      throw failure;
    }
  }

  private existingSectionTags(): Set<string> {
    return new Set(this.snapshot.controls.map((c) => c.tag).filter((t) => parseTag(t)?.kind === "section"));
  }

  private outcome(plan: Plan, placedAt: InsertWhere, stored: InsertOutcome["stored"] = "not-asked"): InsertOutcome {
    const existing = this.existingSectionTags();
    const sections = plan.nodes.flatMap((n) => (n.kind === "control" && parseTag(n.tag)?.kind === "section" ? [n.tag] : []));
    // Both kinds of insert leave sections the document already has alone (InsertOutcome.skipped).
    const skipped = sections.filter((t) => existing.has(t));
    const inserted = sections.filter((t) => !skipped.includes(t));
    // As the Word port: the plan's other top-level blocks (the letter around the sections) the document lacks.
    const present = new Set(this.snapshot.controls.map((c) => c.tag));
    const blocks = plan.nodes.filter((n) => n.kind === "control" && parseTag(n.tag)?.kind !== "section" && !present.has(n.tag)).length;
    return {
      placement: placedAt === "cursor" ? { at: "cursor" } : { at: "end", reason: this.cursorLandsAt === "end" ? "cursor-in-table" : "requested" },
      inserted,
      skipped,
      blocks,
      verified: true,
      problems: [],
      receipt: inserted.length ? { controlIds: inserted.map((_, i) => i + 1), allControlIds: inserted.map((_, i) => i + 1) } : null,
      stored,
    };
  }

  capabilities(): HostCapabilities {
    return { wordApi: "1.4", customXml: true, wordApi13: true, platform: "windows" };
  }

  async insertPlan(plan: Plan, where: InsertWhere, inspection?: Inspection): Promise<InsertOutcome> {
    await this.enter({ method: "insertPlan", plan, where, inspection });
    if (inspection) this.storedInspection = inspection;
    return this.outcome(plan, where === "cursor" ? this.cursorLandsAt : "end", inspection ? "custom-xml" : "not-asked");
  }

  async insertMissing(plan: Plan, inspection?: Inspection): Promise<InsertOutcome> {
    await this.enter({ method: "insertMissing", plan, inspection });
    if (inspection) this.storedInspection = inspection;
    return this.outcome(plan, "end", inspection ? "custom-xml" : "not-asked");
  }

  /** Set to make the next wording insert at the cursor refused, as the adapter refuses one in locked text. */
  wordingRefusal: Extract<InsertOutcome["placement"], { at: "refused" }> | null = null;

  async insertWording(control: PlanControl, target?: WordingTarget): Promise<InsertOutcome> {
    await this.enter({ method: "insertWording", control, ...(target ? { target } : {}) });
    if (!target && this.wordingRefusal) {
      const placement = this.wordingRefusal;
      this.wordingRefusal = null;
      return { ...this.outcome({ inspectionId: "", nodes: [] }, "cursor"), placement, receipt: null };
    }
    if (target?.at === "response") return { ...this.outcome({ inspectionId: "", nodes: [] }, "cursor"), placement: { at: "in-response", responseTag: target.responseTag }, blocks: 1, receipt: { controlIds: [99], allControlIds: [99] } };
    return { ...this.outcome({ inspectionId: "", nodes: [] }, "cursor"), blocks: 1, receipt: { controlIds: [99], allControlIds: [99] } };
  }

  /** Replaces the block's control in the snapshot (new tag, title and text), as Word would; a later read sees it updated. */
  async replaceWording(block: WordingBlockRef, control: PlanControl): Promise<WordingReplaced> {
    await this.enter({ method: "replaceWording", block, control });
    const cc = this.snapshot.controls.find((c) => c.id === block.id && c.tag === block.tag);
    if (!cc) throw new WordActionError({ kind: "word", action: "update-wording", writing: true }, "ItemNotFound");
    const before = cc.text.split("\r");
    const texts = control.children.flatMap((c) => (c.kind === "paragraph" ? [c.text] : []));
    Object.assign(cc, { tag: control.tag, title: control.title, text: texts.join("\r") });
    return { before, verified: true, problems: [] };
  }

  async selectWording(block: WordingBlockRef): Promise<void> {
    await this.enter({ method: "selectWording", block });
  }

  /** Set to make "Remove what was just inserted" report blocks Word kept as tracked deletions. */
  removalTracked = 0;

  async removeInserted(receipt: InsertReceipt): Promise<Removal> {
    await this.enter({ method: "removeInserted", receipt });
    return { removed: receipt.controlIds.length, tracked: this.removalTracked };
  }

  async checkThisWord(plans: Array<{ name: string; plan: Plan }>): Promise<SelfCheckResult> {
    await this.enter({ method: "checkThisWord", names: plans.map((p) => p.name) });
    return { passed: true, lines: plans.map((p) => ({ name: p.name, passed: true, built: 1, problems: [], leftSomething: false })) };
  }

  async readSnapshot(scope: SnapshotScope = "document"): Promise<DocumentSnapshot> {
    await this.enter({ method: "readSnapshot", scope });
    return JSON.parse(JSON.stringify(scope === "sections" ? (this.sectionsSnapshot ?? this.snapshot) : this.snapshot)) as DocumentSnapshot;
  }

  async selectTag(tag: string, where: "whole" | "start" = "whole"): Promise<void> {
    await this.enter({ method: "selectTag", tag, where });
  }

  async selectParagraph(index: number): Promise<void> {
    await this.enter({ method: "selectParagraph", index });
  }

  async storeInspection(inspection: Inspection): Promise<void> {
    await this.enter({ method: "storeInspection", inspection });
    this.storedInspection = inspection;
  }

  async readStoredInspection(): Promise<StoredInspectionRead> {
    await this.enter({ method: "readStoredInspection" });
    if (this.storedProblem) return { inspection: null, problem: this.storedProblem, source: "customXml" };
    return { inspection: this.storedInspection, source: this.storedInspection ? "customXml" : "none" };
  }

  async highlight(tags: string[], on: boolean): Promise<void> {
    await this.enter({ method: "highlight", tags, on });
  }

  async appendTable(title: string, rows: string[][]): Promise<void> {
    await this.enter({ method: "appendTable", title, rows });
  }

  /** putTable says "updated" when the snapshot holds a control with the table's tag (and then it does). */
  async putTable(table: TableSpec): Promise<TablePut> {
    await this.enter({ method: "putTable", table });
    if (this.snapshot.controls.some((c) => c.tag === table.tag)) return { done: "updated" };
    this.snapshot.controls.push({ tag: table.tag, title: "Coverage table", text: table.title, placeholderText: "" });
    return { done: "added", at: "after-sections" };
  }

  /** Sets the fields' text in the snapshot, and replaces the names in the named controls' lines, as Word would. */
  async updateFields(updates: FieldUpdate[], names?: NamesToUpdate): Promise<FieldsUpdated> {
    await this.enter({ method: "updateFields", updates, names });
    let updated = 0;
    for (const c of this.snapshot.controls) {
      if (names?.tags.includes(c.tag))
        c.text = c.text
          .split("\r")
          .map((line) => {
            const edits = paragraphEdits(line, names.update);
            updated += edits.length;
            return edits.reduce((text, e) => text.slice(0, e.start) + e.to + text.slice(e.start + e.from.length), line);
          })
          .join("\r");
      const u = updates.find((x) => x.tag === c.tag);
      if (!u) continue;
      c.text = u.paragraphs.join("\r");
      updated++;
    }
    return { updated, skipped: 0 };
  }

  /** Set to make "Remove section" report a tracked deletion. */
  sectionRemovalTracked = false;

  /** Takes the section's controls (the section, its response and text) out of the snapshot. */
  async removeSection(tag: string): Promise<Removal> {
    await this.enter({ method: "removeSection", tag });
    const rec = recommendationOfTag(tag);
    const inSection = (t: string) => t === tag || (rec !== null && JSON.stringify(recommendationOfTag(t)) === JSON.stringify(rec));
    if (!this.sectionRemovalTracked)
      this.snapshot = {
        ...this.snapshot,
        controls: this.snapshot.controls.filter((c) => !inSection(c.tag)),
        paragraphs: this.snapshot.paragraphs.filter((p) => !p.controlTags?.some(inSection)),
      };
    return { removed: 1, tracked: this.sectionRemovalTracked ? 1 : 0 };
  }

  onDocumentChanged(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
