/**
 * A document that already answers one inspection: before sections of another go in, the pane asks
 * (issue 13), so a response is not mixed into the wrong letter by a click on the wrong inspection.
 */
import type { Inspection } from "../../domain/catalog/types";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { parseTag } from "../../domain/tags";
import type { Services } from "../services";
import { patch, useStore } from "../store/store";

/** The ids of the other inspections whose sections the document holds, in document order. */
export function otherInspectionsIn(snapshot: Pick<DocumentSnapshot, "controls">, inspectionId: string): string[] {
  const ids: string[] = [];
  for (const c of snapshot.controls) {
    const t = parseTag(c.tag);
    if (t?.kind === "section" && t.inspectionId !== inspectionId && !ids.includes(t.inspectionId)) ids.push(t.inspectionId);
  }
  return ids;
}

/** An inspection's name as the user knows it: its short title where the pane knows it, else the document's stored one, else its id. */
function nameOf(id: string, snapshot: DocumentSnapshot): string {
  const known = useStore.getState().catalog.inspections.find((i) => i.id === id) ?? (snapshot.storedInspection?.id === id ? snapshot.storedInspection : undefined);
  return known?.shortTitle ?? id;
}

let answer: ((yes: boolean) => void) | null = null;
/** Answers already given while this pane is open ("as well": yes), by the inspections involved. */
const agreedBy = new WeakMap<Services, Set<string>>();

/** The question's answer, once the user gives it (the dialog calls answerSecondInspection). */
function ask(first: string, second: string): Promise<boolean> {
  answer?.(false);
  return new Promise((resolve) => {
    answer = resolve;
    patch("drafting", { secondInspection: { first, second } });
  });
}

export function answerSecondInspection(yes: boolean): void {
  const resolve = answer;
  answer = null;
  patch("drafting", { secondInspection: null });
  resolve?.(yes);
}

/**
 * Whether to go on with an insert for `inspection`: yes straight away when the document holds no
 * other inspection's sections (or the user already said yes for these); otherwise the user's answer.
 * Reads only the add-in's own controls, at a cost that does not grow with the document. On yes,
 * the sections read (the insert matches their house style); on no, null.
 */
export async function mayInsertFor(services: Services, inspection: Inspection): Promise<DocumentSnapshot | null> {
  const snapshot = await services.port.readSnapshot("sections");
  const others = otherInspectionsIn(snapshot, inspection.id);
  if (others.length === 0) return snapshot;
  const key = `${inspection.id}|${others.join(",")}`;
  let agreed = agreedBy.get(services);
  if (!agreed) agreedBy.set(services, (agreed = new Set()));
  if (agreed.has(key)) return snapshot;
  const first = others.map((id) => nameOf(id, snapshot)).join(" and ");
  const yes = await ask(first, inspection.shortTitle);
  if (yes) agreed.add(key);
  return yes ? snapshot : null;
}
