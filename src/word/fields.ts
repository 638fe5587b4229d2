/**
 * "Update names and details in this document": replaces the text of the add-in's field controls
 * (ird:field:…, domain/fields.ts) and, inside the add-in's own letter blocks and approved wording,
 * the old names the settings no longer give (domain/names.ts), and nothing else. One Word.run,
 * four syncs whatever the document's size: the controls, their paragraphs, the finds, the writes.
 * A lock is cleared and restored in the same batch (WORD-SEMANTICS 30).
 */
import { fieldTemplate, linesOf, type FieldUpdate } from "../domain/fields";
import { findCount, paragraphEdits, searchTextFor } from "../domain/names";
import { paragraphText } from "./render";
import { requireWordApi11, runAction } from "./host";
import type { FieldsUpdated, NamesToUpdate } from "./port";

/** The same paragraphs, however the host joined them. */
const sameText = (a: string, b: string) => linesOf(a).join("\n") === linesOf(b).join("\n");

export async function updateFields(updates: readonly FieldUpdate[], names?: NamesToUpdate): Promise<FieldsUpdated> {
  requireWordApi11("update-fields");
  const nameTags = names && names.update.changes.length > 0 ? names.tags : [];
  if (updates.length === 0 && nameTags.length === 0) return { updated: 0, skipped: 0 };
  return runAction("update-fields", true, async (context) => {
    const controls = context.document.body.contentControls;
    const found = updates.map((u) => ({ u, list: controls.getByTag(u.tag).load("items/id,items/cannotEdit") }));
    const scopes = nameTags.map((tag) => controls.getByTag(tag).load(names?.answers?.[tag] === undefined ? "items/id,items/cannotEdit" : "items/id,items/cannotEdit,items/text"));
    await context.sync();

    // The paragraphs of each control that holds names, with the control each paragraph sits in
    // directly: a field's own line is updated whole, below.
    // An answer the office has edited since the pane read it is theirs now: left as it is.
    const sameAsRead = (tag: string, cc: Word.ContentControl) => names?.answers?.[tag] === undefined || sameText(cc.text, names.answers[tag]);
    const paragraphs = scopes.flatMap((list, i) =>
      list.items.filter((cc) => sameAsRead(nameTags[i], cc)).map((cc) => ({ cc, tag: nameTags[i], paras: cc.paragraphs.load("items/text,items/parentContentControl/tag") })),
    );
    if (paragraphs.length > 0) await context.sync();

    const planned: Array<{ para: Word.Paragraph; edits: ReturnType<typeof paragraphEdits>; finds: Map<string, Word.RangeCollection> }> = [];
    const scopeTags = new Set(nameTags);
    for (const { tag, paras } of paragraphs)
      for (const para of paras.items) {
        const parent = para.parentContentControl.tag;
        // A field's line is updated whole; a block inside another one (wording in an answer) once, as its own.
        if (fieldTemplate(parent) !== null || (parent !== tag && scopeTags.has(parent))) continue;
        const edits = paragraphEdits(para.text, names!.update);
        if (edits.length === 0) continue;
        const finds = new Map<string, Word.RangeCollection>();
        for (const e of edits) if (!finds.has(e.from)) finds.set(e.from, para.search(searchTextFor(e.from), { matchCase: true }).load("items/text"));
        planned.push({ para, edits, finds });
      }
    if (planned.length > 0) await context.sync();

    const unlocked = new Set<Word.ContentControl>();
    const unlock = (cc: Word.ContentControl) => {
      if (cc.cannotEdit && !unlocked.has(cc)) {
        cc.cannotEdit = false;
        unlocked.add(cc);
      }
    };
    for (const { cc } of paragraphs) unlock(cc);
    let updated = 0;
    let skipped = 0;
    for (const { para, edits, finds } of planned) {
      // Word found what was read, or the paragraph is left alone: a different count means Word
      // matched differently (straight and curly quotes alike, say), and a guess could change a word
      // that is not the name.
      const agrees = edits.every((e) => {
        const items = finds.get(e.from)!.items;
        return items.length === findCount(para.text, e.from) && items[e.occurrence].text === e.from;
      });
      if (!agrees) {
        skipped++;
        continue;
      }
      // Last first, so each replacement leaves the places of the others as they were.
      for (const e of edits) finds.get(e.from)!.items[e.occurrence].insertText(e.to, "Replace");
      updated += edits.length;
    }
    for (const { u, list } of found)
      for (const cc of list.items) {
        unlock(cc);
        // "Replace" leaves one paragraph; the address's further lines go at the field's "End" while
        // its last child is that paragraph (never after a nested control, WORD-SEMANTICS 64).
        cc.insertText(paragraphText(u.paragraphs[0] ?? ""), "Replace");
        for (const line of u.paragraphs.slice(1)) cc.insertParagraph(paragraphText(line), "End");
        updated++;
      }
    for (const cc of unlocked) cc.cannotEdit = true;
    if (updated > 0 || unlocked.size > 0) await context.sync();
    return { updated, skipped };
  });
}
