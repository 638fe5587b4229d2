/**
 * Updating one block of approved wording to a newer version (issue 10): the block's content is
 * replaced and it gets the new version's tag, in ONE sync, touching nothing around it.
 *
 * - The block is found by its tag and then its id (`getByTag(tag).getById(id)`, WordApi 1.1): if
 *   the control has gone, or now carries another tag, the batch fails at that first command
 *   (ItemNotFound, WORD-SEMANTICS 13, 35) before anything has changed (16).
 * - Its text is read in the same batch before it is replaced (commands run in order, 1), so the
 *   pane can tell whether it changed after the preview and show what it held.
 * - `insertText(first, "Replace")` leaves the control holding one plain paragraph (18, 22); the
 *   rest go in with `insertParagraph(x, "End")`, safe because its last child is that paragraph (64).
 *   Every paragraph gets the block's style as read, so inherited or default styles never decide it.
 * - Title and tag are set last, so a batch that stops part-way leaves the old tag (still listed).
 * - A fresh proxy reads back tag and text for verification (a set tag reads back from the proxy, 4);
 *   from WordApi 1.4 the reviewed "Current" text, since deleted text stays readable under Track
 *   Changes (54).
 */
import type { PlanControl, PlanParagraph } from "../domain/plan";
import { hasWordApi, requireWordApi11, runAction } from "./host";
import type { BuildProblem, HostCapabilities, WordingBlockRef, WordingReplaced } from "./port";
import { ENGLISH_STYLE_NAMES, fitTitle, paragraphText } from "./render";

const splitParagraphs = (text: string): string[] => text.split(/\r\n|\r|\n/);

/**
 * Sets a style as the snapshot read it: from WordApi 1.3 a built-in style by `styleBuiltIn` (the
 * snapshot gives built-ins their English names, snapshot.ts englishStyleName), so it works in
 * every language of Word; a custom style (or any style below 1.3, read as Word named it) by name.
 */
export function applyReadStyle(target: Word.Paragraph | Word.Range, style: string | undefined, caps: HostCapabilities): void {
  if (!style) return;
  if (caps.wordApi13) {
    const compact = style.replace(/ /g, "");
    const names = Object.values((Word as unknown as { BuiltInStyleName?: Record<string, string> }).BuiltInStyleName ?? {});
    const ours = Object.entries(ENGLISH_STYLE_NAMES).find(([, english]) => english === style)?.[0];
    const builtIn = ours ?? (names.includes(compact) && compact !== "Other" ? compact : undefined);
    if (builtIn) {
      target.styleBuiltIn = builtIn as Word.BuiltInStyleName;
      return;
    }
  }
  target.style = style;
}

function wordingParagraphsOf(control: PlanControl): PlanParagraph[] {
  const paragraphs = control.children.filter((c): c is PlanParagraph => c.kind === "paragraph");
  if (paragraphs.length === 0 || paragraphs.length !== control.children.length) throw new Error("Wording to update must be one or more plain paragraphs.");
  return paragraphs;
}

export async function replaceWording(block: WordingBlockRef, control: PlanControl, caps: HostCapabilities): Promise<WordingReplaced> {
  requireWordApi11("update-wording");
  const paragraphs = wordingParagraphsOf(control);
  const texts = paragraphs.map((p) => paragraphText(p.text));
  return runAction("update-wording", true, async (context) => {
    const controls = context.document.body.contentControls;
    const cc = controls.getByTag(block.tag).getById(block.id);
    cc.load("text");
    const first = cc.insertText(texts[0], "Replace");
    applyReadStyle(first, block.style, caps);
    for (const text of texts.slice(1)) applyReadStyle(cc.insertParagraph(text, "End"), block.style, caps);
    cc.title = fitTitle(control.title);
    cc.tag = control.tag;
    const check = controls.getById(block.id);
    check.load("tag");
    const current = hasWordApi(caps, "1.4") ? check.getReviewedText("Current") : undefined;
    const after = current ? undefined : check.paragraphs.load("items/text");
    await context.sync();

    const got = current ? splitParagraphs(current.value) : after!.items.map((p) => p.text);
    const problems: BuildProblem[] = [];
    if (check.tag !== control.tag) problems.push({ tag: control.tag, kind: "wrong-tag" });
    if (got.length !== texts.length || got.some((t, i) => t !== texts[i])) problems.push({ tag: control.tag, kind: "wrong-text" });
    return { before: splitParagraphs(cc.text), verified: problems.length === 0, problems };
  });
}

/** Selects one block of wording, found by tag and id (the same wording may be in the document twice), in one sync. */
export async function selectWording(block: WordingBlockRef): Promise<void> {
  await runAction("go-to-section", false, async (context) => {
    context.document.body.contentControls.getByTag(block.tag).getById(block.id).select("Select");
    await context.sync();
  });
}
