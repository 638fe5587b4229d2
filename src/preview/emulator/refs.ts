/** Kept references (ObjectPathType ReferenceId): what `_KeepReference` hands out, `_RemoveReference` drops. */
import type { HostObj } from "./hostObjects";

/** Kept references live for the whole host, like Word's. */
export class ReferenceTable {
  private next = 1;
  private byId = new Map<string, HostObj>();
  add(obj: HostObj): string {
    const id = `{ref-${this.next++}}`;
    this.byId.set(id, obj);
    return id;
  }
  get(id: string): HostObj | undefined {
    return this.byId.get(id);
  }
  remove(id: string): void {
    this.byId.delete(id);
  }
  clear(): void {
    this.byId.clear();
  }
  values(): IterableIterator<HostObj> {
    return this.byId.values();
  }
  get size(): number {
    return this.byId.size;
  }
}
