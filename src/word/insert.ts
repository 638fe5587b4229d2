/**
 * Inserting a plan (the whole thing, only the sections a document lacks, or one block of wording).
 * Each is one Word.run of two syncs whatever the number of recommendations: the first reads where
 * things go and what is already there; the second builds (build.ts), verifies what Word built
 * (verify.ts) and stores the inspection. A failed second sync is cleaned up in the same run
 * (cleanup.ts), so the error says truthfully what the document holds.
 */
import type { Inspection } from "../domain/catalog/types";
import type { Plan, PlanControl, PlanNode } from "../domain/plan";
import { olderLetterBlocksBelongTo, olderLetterBlockTag, parseTag } from "../domain/tags";
import { assertBuildable, pendingTag, SectionBuilder, type BuiltGroup, type GroupStyle } from "./build";
import { cleanUpAfterFailure } from "./cleanup";
import { insertFailure, noRecommendations } from "./errors";
import { requireWordApi11, runAction } from "./host";
import { probeCursor, probeEnd, queueBodyControls, type BodyControls, type Decision, type Spot } from "./place";
import { probeWordingAtCursor, probeWordingTarget, type WordingChoice } from "./placeWording";
import type { HostCapabilities, InsertOutcome, InsertWhere, Placement, StoredResult, WordAction, WordingTarget } from "./port";
import type { Place } from "./render";
import { inspectionXml, queueStoreWrite, saveToSettings } from "./storage";
import { queueVerification } from "./verify";

const isSection = (node: PlanNode): node is PlanControl => node.kind === "control" && parseTag(node.tag)?.kind === "section";

/** Section tags of a plan, in order (top level and nested). */
export function sectionTags(nodes: PlanNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === "control" ? [...(isSection(n) ? [n.tag] : []), ...sectionTags(n.children)] : []));
}

/** Every top-level node of a plan is a tagged control (compose makes them so); anything else is refused before Word is touched. */
function topLevelControls(plan: Plan): PlanControl[] {
  return plan.nodes.map((n) => {
    if (n.kind !== "control") throw new Error("A plan's top-level blocks must be content controls.");
    assertBuildable(n);
    return n;
  });
}

/** A place for one run of blocks, with what the group's outermost control should sit in (undefined: not checked). */
interface GroupPlan {
  nodes: PlanControl[];
  place: Place;
  expectedParent: string | null | undefined;
  /** A style the group's paragraphs take instead of the plan's (wording joining a response). */
  style?: GroupStyle;
  /** The group wraps an existing empty paragraph (an empty response's), rather than a new one (placeWording.ts). */
  fills?: boolean;
}

interface BuildResult {
  placement: Placement;
  groups: GroupPlan[];
}

/**
 * The shared second half of every insert: builds the groups, verifies, stores the inspection,
 * syncs once, and cleans up if that sync fails.
 */
async function buildAndVerify(
  context: Word.RequestContext,
  caps: HostCapabilities,
  action: WordAction,
  body: BodyControls,
  groups: GroupPlan[],
  store: ReturnType<typeof queueStoreWrite>,
) {
  const nonce = Math.random().toString(36).slice(2, 10);
  const builder = new SectionBuilder({ wordApi13: caps.wordApi13, placeholders: caps.platform !== "web" });
  const opened: BuiltGroup[] = groups.map((g, i) => builder.openGroup(g.nodes, g.place, pendingTag(nonce, i), g.style));
  opened.forEach((g) => builder.fillGroup(g));
  builder.lockAndTag();
  const verification = queueVerification(
    builder.built,
    opened.map((group, i) => ({ group, expectedParent: groups[i].expectedParent })),
    caps.wordApi13,
  );
  builder.unwrap();
  store?.afterFirstSync();
  try {
    await context.sync();
  } catch (error) {
    const fills = groups.some((g) => g.fills);
    const cleanup = await cleanUpAfterFailure(context, body.ids, { error, groups: opened.length, fills }, caps);
    throw insertFailure(error, action, cleanup);
  }
  return { problems: verification.problems(), receipt: verification.receipt() };
}

/** Prepares the inspection's XML before Word is touched (its code loads on first use). */
async function storedXml(inspection: Inspection | undefined): Promise<string | null> {
  return inspection ? inspectionXml(inspection) : null;
}

/** The settings bag (Word without WordApi 1.4) is saved after the run: it is not part of a batch. */
async function finishStore(xml: string | null, caps: HostCapabilities): Promise<StoredResult> {
  if (xml === null) return "not-asked";
  if (caps.customXml) return "custom-xml";
  try {
    await saveToSettings(xml);
    return "settings";
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

/** What nothing-to-do looks like: the placement the pane reports. */
type Nothing = { nothing: Placement };

/**
 * Runs one insert of a plan whose section tags are `tags`: `probe` queues the reads that decide
 * where things go, `nothingToDo` answers (before any further read) when the document already has
 * everything, and `choose` decides what goes where. The first sync also reads the body's controls
 * (what exists, ids for the clean-up) and our stored part.
 */
async function runInsert(
  caps: HostCapabilities,
  action: WordAction,
  tags: string[],
  inspection: Inspection | undefined,
  probe: (context: Word.RequestContext, controls: () => BodyControls) => Decision,
  choose: (spot: Spot, body: BodyControls) => BuildResult,
  nothingToDo: (body: BodyControls) => Nothing | null = () => null,
): Promise<InsertOutcome> {
  requireWordApi11("insert-sections");
  const xml = await storedXml(inspection);
  const result = await runAction(action, true, async (context) => {
    const controls = queueBodyControls(context, caps);
    const decision = probe(context, controls);
    const store = xml === null ? null : queueStoreWrite(context, caps, xml);
    await context.sync();
    const body = controls();
    const done = nothingToDo(body);
    if (done) {
      if (store) {
        store.afterFirstSync();
        await context.sync();
      }
      return { placement: done.nothing, groups: [] as GroupPlan[], built: null };
    }
    if (decision.needsRead()) await context.sync();
    const chosen = choose(decision.spot(), body);
    // Nothing to build (wording refused at the cursor): one sync, the document untouched.
    if (chosen.groups.length === 0 && !store) return { ...chosen, built: null };
    return { ...chosen, built: await buildAndVerify(context, caps, action, body, chosen.groups, store) };
  });
  const stored = await finishStore(xml, caps);
  const nodes = result.groups.flatMap((g) => g.nodes);
  const inserted = nodes.filter(isSection).map((n) => n.tag);
  return {
    placement: result.placement,
    inserted,
    skipped: tags.filter((t) => !inserted.includes(t)),
    blocks: nodes.length - inserted.length,
    verified: (result.built?.problems.length ?? 0) === 0,
    problems: result.built?.problems ?? [],
    receipt: result.built?.receipt ?? null,
    stored,
  };
}

/** A plan's top-level blocks and section tags; a plan with no section is refused before Word is touched. */
function sectionsOf(plan: Plan): { nodes: PlanControl[]; tags: string[] } {
  const nodes = topLevelControls(plan);
  const tags = sectionTags(plan.nodes);
  if (tags.length === 0) throw noRecommendations();
  return { nodes, tags };
}

/**
 * Top-level blocks not yet in the document. A letter's wording blocks (opening, closing) count too:
 * inserting the full response again, to fill in missing sections, must not repeat them. (Wording
 * the user inserts on its own, insertWording, may appear any number of times.) A letter drafted by
 * an older version has its blocks tagged without the inspection: they count as this inspection's
 * when the document answers no other (tags.ts olderLetterBlocksBelongTo).
 */
function notPresent(nodes: PlanControl[], body: BodyControls, inspectionId: string): PlanControl[] {
  const older = olderLetterBlocksBelongTo(inspectionId, body.items.map((cc) => cc.tag));
  return nodes.filter((n) => {
    if (body.byTag(n.tag)) return false;
    const olderTag = older ? olderLetterBlockTag(n.tag, inspectionId) : null;
    return !(olderTag && body.byTag(olderTag));
  });
}

export async function insertPlan(plan: Plan, where: InsertWhere, caps: HostCapabilities, inspection?: Inspection): Promise<InsertOutcome> {
  const { nodes, tags } = sectionsOf(plan);
  return runInsert(
    caps,
    "insert-sections",
    tags,
    inspection,
    (context, controls) => (where === "cursor" ? probeCursor(context, caps, controls) : probeEnd(context, caps, controls)),
    (spot, body) => {
      const expectedParent = spot.placement.at === "after-section" ? undefined : null;
      return { placement: spot.placement, groups: [{ nodes: notPresent(nodes, body, plan.inspectionId), place: spot.place, expectedParent }] };
    },
    (body) => (notPresent(nodes, body, plan.inspectionId).some(isSection) ? null : { nothing: where === "end" ? { at: "end", reason: "requested" } : { at: "cursor" } }),
  );
}

/**
 * Only the sections the document lacks, each right after the nearest earlier section it has (or
 * before the nearest later one): consecutive missing sections form one group at one place. With
 * no neighbour at all they go at the end.
 */
export async function insertMissing(plan: Plan, caps: HostCapabilities, inspection?: Inspection): Promise<InsertOutcome> {
  const { nodes, tags } = sectionsOf(plan);
  return runInsert(
    caps,
    "insert-missing",
    tags,
    inspection,
    (context, controls) => {
      // The end matters (and costs a read) only when no block of the plan is in the document yet.
      const end = probeEnd(context, caps, controls);
      return { needsRead: () => !nodes.some((n) => controls().byTag(n.tag)) && end.needsRead(), spot: end.spot };
    },
    (end, body) => {
      const groups: GroupPlan[] = [];
      let atEnd = 0;
      let current: GroupPlan | null = null;
      nodes.forEach((node, i) => {
        const present = body.byTag(node.tag);
        if (present || !isSection(node)) {
          current = null;
          return;
        }
        if (current) {
          current.nodes.push(node);
          return;
        }
        const before = nodes.slice(0, i).reverse().map((n) => body.byTag(n.tag)).find(Boolean);
        const after = nodes.slice(i + 1).map((n) => body.byTag(n.tag)).find(Boolean);
        let place: Place;
        if (before) place = (text) => before.insertParagraph(text, "After");
        else if (after) place = (text) => after.insertParagraph(text, "Before");
        else place = end.place;
        if (!before && !after) atEnd++;
        current = { nodes: [node], place, expectedParent: before || after ? undefined : null };
        groups.push(current);
      });
      const placement: Placement = body.items.some((cc) => tags.includes(cc.tag)) ? { at: "neighbours", atEnd } : end.placement;
      return { placement, groups };
    },
    (body) => (nodes.some((n) => isSection(n) && !body.byTag(n.tag)) ? null : { nothing: { at: "neighbours", atEnd: 0 } }),
  );
}

/**
 * One block of approved wording at the cursor, or at `target` (placeWording.ts): two syncs, or
 * one when it cannot go at the cursor (nothing is inserted; the outcome names the nearest place).
 */
export async function insertWording(control: PlanControl, caps: HostCapabilities, target?: WordingTarget): Promise<InsertOutcome> {
  assertBuildable(control);
  let choice: WordingChoice | undefined;
  const outcome = await runInsert(
    caps,
    "insert-wording",
    [],
    undefined,
    (context, controls) => {
      const decision = target ? probeWordingTarget(context, caps, controls, target) : probeWordingAtCursor(context, caps, controls);
      return {
        needsRead: () => false,
        spot(): Spot {
          choice = decision.spot();
          if ("refused" in choice) return { placement: { at: "refused", reason: choice.refused, nearest: choice.nearest }, place: () => { throw new Error("nothing is inserted"); } };
          return choice;
        },
      };
    },
    (spot) => {
      if (!choice || "refused" in choice) return { placement: spot.placement, groups: [] };
      const expectedParent = spot.placement.at === "in-response" ? spot.placement.responseTag : spot.placement.at === "after-section" ? undefined : null;
      // Holding only the response's content, the block must not be deleted on its own (WORD-SEMANTICS 65): its text stays editable.
      const node = choice.alone ? { ...control, cannotDelete: true } : control;
      return { placement: spot.placement, groups: [{ nodes: [node], place: spot.place, expectedParent, ...(choice.style ? { style: choice.style } : {}), ...(choice.fills ? { fills: true } : {}) }] };
    },
  );
  const fills = choice !== undefined && !("refused" in choice) && choice.fills;
  if (fills && outcome.receipt) outcome.receipt.fills = [...outcome.receipt.controlIds];
  return outcome;
}
