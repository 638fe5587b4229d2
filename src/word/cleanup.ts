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
import { errorLocation } from "./errors";
import type { FailureCleanup } from "./port";

/** Unlocks every control in `all` and deletes the outermost ones (not inside another of `all`). */
async function removeControls(context: Word.RequestContext, all: Word.ContentControl[]): Promise<number> {
  if (all.length === 0) return 0;
  const ids = new Set(all.map((cc) => cc.id));
  const inner = all.map((cc) => cc.contentControls.load("items/id"));
  all.forEach((cc) => cc.load("cannotEdit,cannotDelete"));
  await context.sync();
  const nested = new Set(inner.flatMap((list) => list.items.map((cc) => cc.id)).filter((id) => ids.has(id)));
  for (const cc of all) {
    if (cc.cannotEdit) cc.cannotEdit = false;
    if (cc.cannotDelete) cc.cannotDelete = false;
  }
  const outer = all.filter((cc) => !nested.has(cc.id));
  for (const cc of outer) cc.delete(false);
  await context.sync();
  return outer.length;
}

/**
 * After a failed insert batch: removes every body control that was not there before (`before`: the
 * ids the first sync read). Says what the document now holds; never throws. The builder opens
 * every group (an empty paragraph, wrapped at once) before anything else, so a paragraph outside
 * our controls is left only when Word refused one of those first wraps: fewer new controls than
 * groups, and the failure at Paragraph.insertContentControl.
 */
export async function cleanUpAfterFailure(context: Word.RequestContext, before: Set<number>, failure: { error: unknown; groups: number }): Promise<FailureCleanup> {
  let titles: string[] = [];
  try {
    const now = context.document.body.contentControls.load("items/id,items/title");
    await context.sync();
    const made = now.items.filter((cc) => !before.has(cc.id));
    titles = made.map((cc) => cc.title || "untitled");
    // Fewer new controls than groups: Word stopped while opening one, so its empty paragraph may be
    // there (not if inserting that paragraph was what failed). The message says "possibly".
    const strayParagraph = made.length < failure.groups && !errorLocation(failure.error).endsWith("insertParagraph");
    await removeControls(context, made);
    return strayParagraph ? { state: "empty-paragraph-left" } : { state: "unchanged" };
  } catch {
    return titles.length > 0 ? { state: "left-behind", titles } : { state: "unchanged" };
  }
}

/** Removes the controls with these ids that are still in the body; returns how many blocks went. */
export async function removeByIds(context: Word.RequestContext, ids: number[]): Promise<number> {
  const wanted = new Set(ids);
  const now = context.document.body.contentControls.load("items/id");
  await context.sync();
  return removeControls(context, now.items.filter((cc) => wanted.has(cc.id)));
}
