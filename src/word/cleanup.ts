/**
 * Taking an insert back out. Word has no rollback within a batch (WORD-SEMANTICS 16) and no undo
 * grouping (70), so the add-in removes what it made itself:
 *
 * - after a failed insert batch, in the same Word.run: every body control that was not there in
 *   the first sync was made by this insert (the builder keeps everything it makes inside controls,
 *   build.ts); the outermost of them are unlocked and deleted with their content;
 * - on request ("Remove what was just inserted"), from the insert's receipt of control ids.
 *
 * Deleting only the outermost controls matters: deleting a nested one first could take its parent
 * with it (65) and the next delete would then fail.
 */
import { changedSinceInsert, errorLocation, sectionMissing } from "./errors";
import { hasWordApi } from "./host";
import type { FailureCleanup, HostCapabilities, InsertReceipt, Removal } from "./port";

/**
 * Queues the read of the user's Track Changes mode, for the next sync. From WordApi 1.4 Word says
 * it (`known`); `on` is then the mode to restore around a paused write, or undefined when tracking
 * is off. Below 1.4 Word cannot say, so nothing can be paused.
 */
export function queueTrackingMode(context: Word.RequestContext, caps: HostCapabilities) {
  const document = hasWordApi(caps, "1.4") ? context.document.load("changeTrackingMode") : undefined;
  return {
    known: () => document !== undefined,
    on: (): Word.Document["changeTrackingMode"] | undefined => (document && document.changeTrackingMode !== "Off" ? document.changeTrackingMode : undefined),
  };
}

/**
 * Queues `write` with Track Changes turned off around it when `mode` (the user's tracking mode) is
 * given, restoring it in the same sync, and syncs. If Word stops, tracking is restored in one more
 * sync before the failure is passed on: the user's tracking is never left off.
 */
export async function syncWithTrackingPaused(context: Word.RequestContext, mode: Word.Document["changeTrackingMode"] | undefined, write: () => void): Promise<void> {
  if (mode) context.document.changeTrackingMode = "Off";
  write();
  if (mode) context.document.changeTrackingMode = mode;
  try {
    await context.sync();
  } catch (error) {
    if (mode) {
      context.document.changeTrackingMode = mode;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Unlocks every control in `all` and deletes the outermost ones (not inside another of `all`).
 * With Track Changes on, Word would keep each deleted control as a tracked deletion (WORD-SEMANTICS
 * 55): from WordApi 1.4 tracking is turned off for the deletes and back on in the same sync (the
 * insert being taken back was the add-in's own). Below 1.4 Word cannot say whether it tracks, so
 * one more read counts what is still there.
 */
async function removeControls(
  context: Word.RequestContext,
  all: Word.ContentControl[],
  caps: HostCapabilities,
  expected?: Map<number, string[]>,
  /** False for the user's own deliberate removal ("Remove section"): Word tracks it as it tracks their edits. */
  pauseTracking = true,
): Promise<Removal> {
  if (all.length === 0) return { removed: 0, tracked: 0 };
  const ids = new Set(all.map((cc) => cc.id));
  const inner = all.map((cc) => cc.contentControls.load("items/id"));
  all.forEach((cc) => cc.load("cannotEdit,cannotDelete"));
  const now = expected ? all.filter((cc) => expected.has(cc.id)).map((cc) => ({ id: cc.id, paragraphs: cc.paragraphs.load("items/text") })) : [];
  const tracking = queueTrackingMode(context, caps);
  await context.sync();
  // Typed into since the insert, or partly deleted: removing it would lose the user's words.
  const changed = now.some(({ id, paragraphs }) => {
    const before = expected?.get(id) ?? [];
    return paragraphs.items.length !== before.length || paragraphs.items.some((p, i) => p.text !== before[i]);
  });
  // A block already gone (the user deleted it, or an earlier removal stopped part-way) holds
  // nothing to lose: the rest still goes.
  if (changed) throw changedSinceInsert();
  const nested = new Set(inner.flatMap((list) => list.items.map((cc) => cc.id)).filter((id) => ids.has(id)));
  for (const cc of all) {
    if (cc.cannotEdit) cc.cannotEdit = false;
    if (cc.cannotDelete) cc.cannotDelete = false;
  }
  const outer = all.filter((cc) => !nested.has(cc.id));
  const mode = tracking.on();
  const pause = mode !== undefined && pauseTracking;
  await syncWithTrackingPaused(context, pause ? mode : undefined, () => outer.forEach((cc) => cc.delete(false)));
  if (tracking.known()) return { removed: outer.length, tracked: mode !== undefined && !pause ? outer.length : 0 };
  const left = context.document.body.contentControls.load("items/id");
  await context.sync();
  const still = new Set(left.items.map((cc) => cc.id));
  return { removed: outer.length, tracked: outer.filter((cc) => still.has(cc.id)).length };
}

/**
 * After a failed insert batch: removes every body control that was not there before (`before`: the
 * ids the first sync read). Says what the document now holds; never throws. The builder opens
 * every group (an empty paragraph, wrapped at once) before anything else, so a paragraph outside
 * our controls is left only when Word refused one of those first wraps: fewer new controls than
 * groups, and the failure at Paragraph.insertContentControl.
 */
export async function cleanUpAfterFailure(
  context: Word.RequestContext,
  before: Set<number>,
  /** `fills`: the insert wrapped an empty response's own paragraph (wording, placeWording.ts): what it made is emptied and unwrapped, not deleted (65). */
  failure: { error: unknown; groups: number; fills?: boolean },
  caps: HostCapabilities,
): Promise<FailureCleanup> {
  let titles: string[] = [];
  try {
    const now = context.document.body.contentControls.load("items/id,items/title,items/contentControls/items/id");
    await context.sync();
    const made = now.items.filter((cc) => !before.has(cc.id));
    if (failure.fills) {
      // Nothing was inserted beside the paragraph: once what wraps it is gone, the response is as it was.
      titles = made.map((cc) => cc.title || "untitled");
      if (made.length > 0) await emptyFills(context, made.map((cc) => cc.id), caps);
      return { state: "unchanged" };
    }
    // Should any be left, the outermost name them all (an insert makes dozens of nested controls).
    const inside = new Set(made.flatMap((cc) => cc.contentControls.items.map((inner) => inner.id)));
    titles = made.filter((cc) => !inside.has(cc.id)).map((cc) => cc.title || "untitled");
    // Fewer new controls than groups: Word stopped while opening one, so its empty paragraph may be
    // there (not if inserting that paragraph was what failed). The message says "possibly".
    const strayParagraph = made.length < failure.groups && !errorLocation(failure.error).endsWith("insertParagraph");
    const removal = await removeControls(context, made, caps);
    if (removal.tracked > 0) return { state: "left-tracked", titles };
    return strayParagraph ? { state: "empty-paragraph-left" } : { state: "unchanged" };
  } catch {
    return titles.length > 0 ? { state: "left-behind", titles } : { state: "unchanged" };
  }
}

/** Removes the controls with these ids that are still in the body; returns how many blocks went. */
export async function removeByIds(context: Word.RequestContext, ids: number[], caps: HostCapabilities, expected?: Map<number, string[]>): Promise<Removal> {
  const wanted = new Set(ids);
  const now = context.document.body.contentControls.load("items/id");
  await context.sync();
  return removeControls(context, now.items.filter((cc) => wanted.has(cc.id)), caps, expected);
}

/** "Remove what was just inserted": only while it is as inserted (the receipt's texts), so nothing typed since is lost. */
export function removeInserted(context: Word.RequestContext, receipt: InsertReceipt, caps: HostCapabilities): Promise<Removal> {
  const expected = receipt.texts ? new Map(receipt.controlIds.map((id, i) => [id, receipt.texts![i]])) : undefined;
  if (receipt.fills?.length) return emptyFills(context, receipt.fills, caps, expected);
  return removeByIds(context, receipt.allControlIds, caps, expected);
}

/**
 * Takes back wording that took the place of an empty response's starter paragraph (insert.ts): the
 * response holds only that block, and deleting it would take the response too (WORD-SEMANTICS 65).
 * So the block is emptied (`insertText("", "Replace")`, one empty paragraph left, 18/22) and
 * unwrapped (`delete(true)`, 36): the response holds its empty starter paragraph again. Only while
 * the block is as inserted. Under Track Changes from WordApi 1.4 tracking is paused, as for a delete.
 */
async function emptyFills(context: Word.RequestContext, ids: number[], caps: HostCapabilities, expected?: Map<number, string[]>): Promise<Removal> {
  const now = context.document.body.contentControls.load("items/id");
  await context.sync();
  const found = now.items.filter((cc) => ids.includes(cc.id));
  const reads = found.map((cc) => ({ cc, paragraphs: cc.paragraphs.load("items/text") }));
  const tracking = queueTrackingMode(context, caps);
  await context.sync();
  const changed = reads.some(({ cc, paragraphs }) => {
    const before = expected?.get(cc.id);
    return before !== undefined && (paragraphs.items.length !== before.length || paragraphs.items.some((p, i) => p.text !== before[i]));
  });
  if (changed) throw changedSinceInsert();
  await syncWithTrackingPaused(context, tracking.on(), () => {
    for (const cc of found) {
      cc.cannotDelete = false;
      cc.insertText("", "Replace");
      cc.delete(true);
    }
  });
  return { removed: found.length, tracked: 0 };
}

/**
 * "Remove section": the one section with this tag, with everything in it (the response typed into
 * it too; the pane asks first). Its nested controls are read in the same load (WORD-SEMANTICS 6)
 * so every lock (cannotDelete on the section, cannotEdit on its recommendation text) is cleared
 * before the delete. With Track Changes on, Word keeps it as a tracked deletion (55), as it would
 * the user's own delete: `tracked` says so.
 */
export async function removeSection(context: Word.RequestContext, tag: string, caps: HostCapabilities): Promise<Removal> {
  const found = context.document.body.contentControls.getByTag(tag).load("items/id,items/contentControls/items/id");
  await context.sync();
  const section = found.items[0];
  if (!section) throw sectionMissing();
  return removeControls(context, [section, ...section.contentControls.items], caps, undefined, false);
}
