/**
 * "Update names and details in this document": replaces the text of the add-in's field controls
 * (ird:field:…, domain/fields.ts) and nothing else. One Word.run: one sync finds the controls by
 * tag, one writes. A field's lock, should it have one, is cleared and restored in the same batch
 * (WORD-SEMANTICS 30).
 */
import type { FieldUpdate } from "../domain/fields";
import { paragraphText } from "./render";
import { requireWordApi11, runAction } from "./host";

export async function updateFields(updates: readonly FieldUpdate[]): Promise<{ updated: number }> {
  requireWordApi11("update-fields");
  if (updates.length === 0) return { updated: 0 };
  return runAction("update-fields", true, async (context) => {
    const found = updates.map((u) => ({ u, list: context.document.body.contentControls.getByTag(u.tag).load("items/id,items/cannotEdit") }));
    await context.sync();
    let updated = 0;
    for (const { u, list } of found)
      for (const cc of list.items) {
        const locked = cc.cannotEdit;
        if (locked) cc.cannotEdit = false;
        // "Replace" leaves one paragraph; the address's further lines go at the field's "End" while
        // its last child is that paragraph (never after a nested control, WORD-SEMANTICS 64).
        cc.insertText(paragraphText(u.paragraphs[0] ?? ""), "Replace");
        for (const line of u.paragraphs.slice(1)) cc.insertParagraph(paragraphText(line), "End");
        if (locked) cc.cannotEdit = true;
        updated++;
      }
    if (updated > 0) await context.sync();
    return { updated };
  });
}
