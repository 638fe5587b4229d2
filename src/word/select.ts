/**
 * Taking the user to a place in the document, and marking responses without changing any text.
 * Each is one Word.run of two syncs: find, then act.
 */
import { paragraphMissing, sectionMissing } from "./errors";
import { runAction } from "./host";
import type { HostCapabilities } from "./port";
import { CONTROL_COLOR, HIGHLIGHT_COLOR } from "./render";

/** Selects the control with this tag ("whole"), or puts the cursor at its start ("start"). */
export async function selectTag(tag: string, caps: HostCapabilities, where: "whole" | "start" = "whole"): Promise<void> {
  await runAction("go-to-section", false, async (context) => {
    const found = context.document.body.contentControls.getByTag(tag);
    let control: Word.ContentControl | undefined;
    if (caps.wordApi13) {
      const first = found.getFirstOrNullObject();
      first.load("id");
      await context.sync();
      if (!first.isNullObject) control = first;
    } else {
      found.load("items/id");
      await context.sync();
      control = found.items[0];
    }
    if (!control) throw sectionMissing();
    if (where === "whole") control.select("Select");
    else if (caps.wordApi13) control.paragraphs.getFirst().select("Start");
    else {
      // The start of its first paragraph, inside the control ("Start" of the control itself may
      // put the cursor just before it). Word 2016 has no getFirst: one more read.
      const paragraphs = control.paragraphs.load("$none");
      await context.sync();
      paragraphs.items[0]?.select("Start");
    }
    await context.sync();
  });
}

export async function selectParagraph(index: number): Promise<void> {
  await runAction("go-to-paragraph", false, async (context) => {
    if (!Number.isInteger(index) || index < 0) throw paragraphMissing();
    // Only the one paragraph: skip and top (word.d.ts LoadOption), no property, so a long document
    // costs no more than a short one (issue 12).
    const paragraphs = context.document.body.paragraphs.load({ select: "$none", skip: index, top: 1 });
    await context.sync();
    const paragraph = paragraphs.items[0];
    if (!paragraph) throw paragraphMissing();
    paragraph.select("Select");
    await context.sync();
  });
}

/**
 * Colours the controls with these tags (on) or gives them back their colour (off). Only control
 * properties change, never text, so it is safe on responses a person has written.
 */
export class Highlighter {
  /** Colour each control had before we highlighted it, by control id, to undo exactly. */
  private readonly before = new Map<number, string>();

  async highlight(tags: string[], on: boolean): Promise<void> {
    if (tags.length === 0) return;
    const wanted = new Set(tags);
    await runAction(on ? "highlight" : "clear-highlight", true, async (context) => {
      const controls = context.document.body.contentControls.load("items/id,items/tag,items/color");
      await context.sync();
      let changed = false;
      for (const cc of controls.items) {
        if (!wanted.has(cc.tag)) continue;
        if (on) {
          if (cc.color !== HIGHLIGHT_COLOR) this.before.set(cc.id, cc.color);
          if (cc.color !== HIGHLIGHT_COLOR) cc.color = HIGHLIGHT_COLOR;
        } else {
          // Unknown (the pane was reopened): only our own highlight colour is undone.
          const back = this.before.get(cc.id) ?? (cc.color === HIGHLIGHT_COLOR ? CONTROL_COLOR : cc.color);
          this.before.delete(cc.id);
          if (cc.color !== back) cc.color = back;
        }
        changed = true;
      }
      if (changed) await context.sync();
    });
  }
}
