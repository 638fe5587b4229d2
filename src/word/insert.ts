/**
 * Inserting a plan (the whole thing, or only the sections a document lacks). Each is one Word.run:
 * one sync that reads where things go, one sync that writes, whatever the number of
 * recommendations. Every insert after the first lands inside content this same batch created,
 * so if Word refuses (read-only document, protected place) it refuses the first write, before
 * anything changed: Word has no rollback within a batch (WORD-SEMANTICS 16).
 */
import type { Plan, PlanControl, PlanNode } from "../domain/plan";
import { parseTag } from "../domain/tags";
import { noRecommendations } from "./errors";
import { requireWordApi11, runAction } from "./host";
import { probeCursor, probeEnd } from "./locate";
import type { HostCapabilities, InsertOutcome, InsertWhere } from "./port";
import { PlanRenderer, type Place } from "./render";

const isSection = (node: PlanNode): node is PlanControl => node.kind === "control" && parseTag(node.tag)?.kind === "section";

/** Section tags of a plan, in order (top level and nested). */
export function sectionTags(nodes: PlanNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === "control" ? [...(isSection(n) ? [n.tag] : []), ...sectionTags(n.children)] : []));
}

const hasWording = (nodes: PlanNode[]): boolean =>
  nodes.some((n) => n.kind === "control" && (parseTag(n.tag)?.kind === "wording" || hasWording(n.children)));

/** Refuses, before touching Word, a plan with nothing to respond to (an inspection without recommendations). */
function refuseEmpty(plan: Plan, wordingAllowed: boolean): string[] {
  const tags = sectionTags(plan.nodes);
  if (tags.length === 0 && !(wordingAllowed && hasWording(plan.nodes))) throw noRecommendations();
  requireWordApi11("Inserting response sections");
  return tags;
}

export async function insertPlan(plan: Plan, where: InsertWhere, caps: HostCapabilities): Promise<InsertOutcome> {
  const tags = refuseEmpty(plan, true);
  // Approved wording alone (no sections) may go into the response the cursor is in.
  const intoResponse = tags.length === 0;
  return runAction(intoResponse ? "insert the wording" : "insert the response sections", true, async (context) => {
    const decide =
      where === "cursor"
        ? probeCursor(context, caps, intoResponse)
        : (() => {
            const end = probeEnd(context, caps);
            return () => ({ placedAt: "end" as const, place: end(), note: undefined });
          })();
    // Sections and blocks the document already has are not inserted twice (tags stay unique for
    // selectTag and coverage); approved wording may appear any number of times.
    const existing = context.document.body.contentControls.load("items/tag");
    await context.sync();
    const present = new Set(existing.items.map((cc) => cc.tag));
    const isKept = (n: PlanNode) => !(n.kind === "control" && present.has(n.tag) && parseTag(n.tag)?.kind !== "wording");
    const nodes = plan.nodes.filter(isKept);
    const skipped = tags.filter((t) => present.has(t));
    const inserted = tags.filter((t) => !present.has(t));
    if (nodes.length === 0 || (!intoResponse && inserted.length === 0)) {
      return { placedAt: where, inserted: [], skipped, note: "Every section is already in the document; nothing was added." };
    }
    const spot = decide();
    const renderer = new PlanRenderer(context, { wordApi13: caps.wordApi13 });
    renderer.renderSequence(nodes, spot.place);
    renderer.finish();
    await context.sync();
    // Sections left alone are reported through `skipped`; the note says only where things went.
    const note = spot.note ?? "";
    return { placedAt: spot.placedAt, inserted, skipped, ...(note ? { note } : {}) };
  });
}

/** Where one missing top-level section goes, relative to what the document (or this run) has. */
function placeFor(
  nodes: PlanNode[],
  index: number,
  present: Map<string, Word.ContentControl[]>,
  made: Map<string, Word.ContentControl>,
): Place | null {
  for (let j = index - 1; j >= 0; j--) {
    const n = nodes[j];
    if (n.kind !== "control") continue;
    const anchor = made.get(n.tag) ?? present.get(n.tag)?.at(-1);
    if (anchor) return (text) => anchor.insertParagraph(text, "After");
  }
  for (let j = index + 1; j < nodes.length; j++) {
    const n = nodes[j];
    if (n.kind !== "control") continue;
    const anchor = present.get(n.tag)?.[0];
    if (anchor) return (text) => anchor.insertParagraph(text, "Before");
  }
  return null;
}

export async function insertMissing(plan: Plan, caps: HostCapabilities): Promise<InsertOutcome> {
  const allTags = refuseEmpty(plan, false);
  return runAction("insert the missing sections", true, async (context) => {
    // Body controls only: a tag in a header or footnote is not a section of the response.
    const controls = context.document.body.contentControls.load("items/tag");
    const end = probeEnd(context, caps);
    await context.sync();

    const present = new Map<string, Word.ContentControl[]>();
    for (const cc of controls.items) present.set(cc.tag, [...(present.get(cc.tag) ?? []), cc]);
    const skipped = allTags.filter((t) => present.has(t));
    const missing = plan.nodes.map((n, i) => ({ n, i })).filter(({ n }) => isSection(n) && !present.has((n as PlanControl).tag));
    if (missing.length === 0) {
      return { placedAt: "cursor", inserted: [], skipped, note: "Every section is already in the document; nothing was added." };
    }

    const renderer = new PlanRenderer(context, { wordApi13: caps.wordApi13 });
    const made = new Map<string, Word.ContentControl>();
    let atEnd = 0;
    for (const { n, i } of missing) {
      // Only the first section can lack a neighbour: every later one follows one made here.
      let place = placeFor(plan.nodes, i, present, made);
      if (!place) {
        atEnd++;
        place = end();
      }
      const section = n as PlanControl;
      renderer.renderNode(section, place);
      const control = renderer.controls.find((c) => c.tag === section.tag)?.control;
      if (control) made.set(section.tag, control);
    }
    renderer.finish();
    await context.sync();

    const inserted = missing.map(({ n }) => (n as PlanControl).tag);
    const planTagsPresent = plan.nodes.some((n) => n.kind === "control" && present.has(n.tag));
    const note =
      !planTagsPresent
        ? `Added ${inserted.length} missing section${inserted.length === 1 ? "" : "s"} at the end of the document.`
        : `Added ${inserted.length} missing section${inserted.length === 1 ? "" : "s"}, each next to its neighbours in recommendation order.`;
    return { placedAt: atEnd > 0 ? "end" : "cursor", inserted, skipped, note };
  });
}
