/**
 * A WordPort for component tests: records every call, answers from a canned document snapshot,
 * and can be told to fail the next call of a method the way the Office adapter does (with a
 * WordActionError). It does not pretend to render plans: tests set the snapshot they want read.
 */
import type { Inspection } from "../../src/domain/catalog/types";
import type { Plan } from "../../src/domain/plan";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { parseTag } from "../../src/domain/tags";
import { WordActionError, type HostCapabilities, type InsertOutcome, type InsertWhere, type WordPort } from "../../src/word/port";

export type PortCall =
  | { method: "insertPlan"; plan: Plan; where: InsertWhere }
  | { method: "insertMissing"; plan: Plan }
  | { method: "insertWording"; text: string; tag: string }
  | { method: "readSnapshot" }
  | { method: "selectTag"; tag: string }
  | { method: "selectParagraph"; index: number }
  | { method: "storeInspection"; inspection: Inspection }
  | { method: "readStoredInspection" }
  | { method: "highlight"; tags: string[]; on: boolean }
  | { method: "appendTable"; title: string; rows: string[][] };

type Method = PortCall["method"];

export interface FakePortOptions {
  snapshot?: DocumentSnapshot;
  storedInspection?: Inspection | null;
  /** Where inserts land when asked for the cursor (e.g. "end" to mimic a cursor in a table). */
  cursorLandsAt?: InsertWhere;
  /** Offer the proposed insertWording method (absent in the real port today). */
  withInsertWording?: boolean;
}

export const emptySnapshot = (): DocumentSnapshot => ({ paragraphs: [], controls: [], storedInspection: null });

export class FakeWordPort implements WordPort {
  readonly calls: PortCall[] = [];
  snapshot: DocumentSnapshot;
  storedInspection: Inspection | null;
  cursorLandsAt: InsertWhere;
  private failures = new Map<Method, WordActionError>();
  private pending = new Map<Method, Array<() => void>>();
  private held = new Set<Method>();
  private listeners = new Set<() => void>();
  insertWording?: (text: string, tag: string) => Promise<void>;

  constructor(options: FakePortOptions = {}) {
    this.snapshot = options.snapshot ?? emptySnapshot();
    this.storedInspection = options.storedInspection ?? null;
    this.cursorLandsAt = options.cursorLandsAt ?? "cursor";
    if (options.withInsertWording) {
      this.insertWording = async (text, tag) => {
        await this.enter({ method: "insertWording", text, tag });
      };
    }
  }

  /** The next call of `method` rejects with this message (as the adapter reports Word errors). */
  failNext(method: Method, message: string, code = "GeneralException"): void {
    this.failures.set(method, new WordActionError(message, code));
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

  private outcome(plan: Plan, placedAt: InsertWhere): InsertOutcome {
    const existing = this.existingSectionTags();
    const sections = plan.nodes.flatMap((n) => (n.kind === "control" && parseTag(n.tag)?.kind === "section" ? [n.tag] : []));
    // Both kinds of insert leave sections the document already has alone (InsertOutcome.skipped).
    const skipped = sections.filter((t) => existing.has(t));
    return {
      placedAt,
      inserted: sections.filter((t) => !skipped.includes(t)),
      skipped,
      note: placedAt === "end" && this.cursorLandsAt === "end" ? "The cursor was inside a table, so the response went to the end of the document." : undefined,
    };
  }

  capabilities(): HostCapabilities {
    return { wordApi: "1.4", customXml: true, wordApi13: true };
  }

  async insertPlan(plan: Plan, where: InsertWhere): Promise<InsertOutcome> {
    await this.enter({ method: "insertPlan", plan, where });
    return this.outcome(plan, where === "cursor" ? this.cursorLandsAt : "end");
  }

  async insertMissing(plan: Plan): Promise<InsertOutcome> {
    await this.enter({ method: "insertMissing", plan });
    return this.outcome(plan, "end");
  }

  async readSnapshot(): Promise<DocumentSnapshot> {
    await this.enter({ method: "readSnapshot" });
    return JSON.parse(JSON.stringify(this.snapshot)) as DocumentSnapshot;
  }

  async selectTag(tag: string): Promise<void> {
    await this.enter({ method: "selectTag", tag });
  }

  async selectParagraph(index: number): Promise<void> {
    await this.enter({ method: "selectParagraph", index });
  }

  async storeInspection(inspection: Inspection): Promise<void> {
    await this.enter({ method: "storeInspection", inspection });
    this.storedInspection = inspection;
  }

  async readStoredInspection(): Promise<Inspection | null> {
    await this.enter({ method: "readStoredInspection" });
    return this.storedInspection;
  }

  async highlight(tags: string[], on: boolean): Promise<void> {
    await this.enter({ method: "highlight", tags, on });
  }

  async appendTable(title: string, rows: string[][]): Promise<void> {
    await this.enter({ method: "appendTable", title, rows });
  }

  onDocumentChanged(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
