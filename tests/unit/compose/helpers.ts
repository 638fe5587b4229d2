/** Test helpers: the real catalog, and a plan flattened to what a reader of the document sees. */
import catalog from "../../../assets/catalog.json";
import { parseCatalog, type Inspection } from "../../../src/domain/catalog";
import type { OfficeSettings } from "../../../src/domain/settings/types";
import type { Plan, PlanControl, PlanNode } from "../../../src/domain/plan";

const inspections = parseCatalog(catalog).inspections;

export function inspection(id: string): Inspection {
  const found = inspections.find((i) => i.id === id);
  if (!found) throw new Error(`catalog has no ${id}`);
  return found;
}

export const exampleshire: OfficeSettings = {
  pccName: "Alex Morgan",
  pccTitle: "Police and Crime Commissioner for Exampleshire",
  forceName: "Exampleshire Constabulary",
  policeArea: "Exampleshire",
  officeName: "Office of the Police and Crime Commissioner for Exampleshire",
  signatory: "Alex Morgan",
  defaultStyleId: "narrative-letter",
};

/** 8 September 2021, local time. */
export const TODAY = new Date(2021, 8, 8, 10, 30);

export interface Line {
  text: string;
  style: string;
  /** Tags of the controls around the paragraph, outermost first. */
  tags: string[];
}

/** Every paragraph in document order with the controls around it. */
export function lines(nodes: readonly PlanNode[], tags: string[] = []): Line[] {
  return nodes.flatMap((n) => (n.kind === "paragraph" ? [{ text: n.text, style: n.style, tags }] : lines(n.children, [...tags, n.tag])));
}

export const texts = (plan: Plan | readonly PlanNode[]) => lines("nodes" in plan ? plan.nodes : plan).map((l) => l.text);

/** Every control in document order, nested ones included. */
export function controls(nodes: readonly PlanNode[]): PlanControl[] {
  return nodes.flatMap((n) => (n.kind === "control" ? [n, ...controls(n.children)] : []));
}

export function control(plan: Plan | readonly PlanNode[], tag: string): PlanControl {
  const found = controls("nodes" in plan ? plan.nodes : plan).find((c) => c.tag === tag);
  if (!found) throw new Error(`no control tagged ${tag}`);
  return found;
}

/** Asserts `expected` appear in `actual` in this order (other lines may come between). */
export function expectInOrder(actual: readonly string[], expected: readonly string[]): void {
  let from = 0;
  for (const e of expected) {
    const at = actual.indexOf(e, from);
    if (at === -1) throw new Error(`expected line not found after position ${from}: ${JSON.stringify(e)}\nlines:\n${actual.join("\n")}`);
    from = at + 1;
  }
}
