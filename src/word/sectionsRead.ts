/**
 * A re-check of a document drafted with the add-in reads only the add-in's own controls (issue 12):
 * their tags, titles, texts and paragraphs, not every paragraph of the document. What it returns is
 * a DocumentSnapshot whose paragraphs are those of the outermost add-in controls, in document
 * order, so coverage analyses it like a full read. Two syncs, in an untracked context (no release
 * request, WORD-SEMANTICS 72). The pane falls back to the full read (snapshot.ts) when a section
 * is missing, since text elsewhere may answer it.
 */
import type { DocumentSnapshot, SnapshotControl, SnapshotParagraph } from "../domain/snapshot";
import { TAG_PREFIX } from "../domain/tags";
import { hasWordApi, runRead } from "./host";
import { nestingLoad, readNesting } from "./place";
import type { HostCapabilities } from "./port";
import { assignControlTags, blankPlaceholders, enclosingOurs, englishStyleName, isShowingPlaceholder } from "./snapshot";

export async function readSections(caps: HostCapabilities): Promise<DocumentSnapshot> {
  return runRead("read-document", async (context) => {
    const body = context.document.body;
    const controls = body.contentControls.load(`items/id,items/tag,items/title,items/placeholderText,${nestingLoad(caps)}`);
    // Sections deleted under tracking are still listed (55): from 1.5 Word says which.
    const deleted = hasWordApi(caps, "1.5") ? body.contentControls.getByChangeTrackingStates(["Deleted" as Word.ChangeTrackingState]).load("items/id") : undefined;
    // From 1.6 Word lists pending changes (usually few): deleted text is looked for only when there is some.
    const changes = hasWordApi(caps, "1.6") ? body.getTrackedChanges().load("items/type") : undefined;
    await context.sync();

    const gone = new Set(deleted?.items.map((cc) => cc.id) ?? []);
    const ours = controls.items.filter((cc) => cc.tag.startsWith(TAG_PREFIX) && !gone.has(cc.id));
    const { parentOf, isNested } = readNesting(controls.items, caps);
    // Controls that hold another (known from 1.3, where parents are read; the only levels that compare texts).
    const holders = new Set(controls.items.map((cc) => parentOf(cc.id)).filter((id): id is number => typeof id === "number"));
    // Text deleted under tracking still reads as text (54): from 1.4 each control's Current text too.
    const pending = changes ? changes.items.some((c) => c.type === "Deleted") : hasWordApi(caps, "1.4");
    const reviewed = hasWordApi(caps, "1.4") && pending;
    const read = ours.map((cc) => ({
      cc: cc.load("text"),
      outer: !isNested(cc.id),
      current: reviewed ? cc.getReviewedText("Current") : undefined,
      paragraphs: cc.paragraphs.load(
        isNested(cc.id) ? "items/text" : caps.wordApi13 ? "items/text,items/style,items/styleBuiltIn,items/tableNestingLevel" : "items/text,items/style",
      ),
    }));
    if (ours.length > 0) await context.sync();

    const outer = read.filter((r) => r.outer);
    const paragraphs: SnapshotParagraph[] = outer.flatMap(({ paragraphs: list }) =>
      list.items.map((p) => ({
        text: p.text,
        style: caps.wordApi13 ? englishStyleName(p.styleBuiltIn, p.style) : p.style,
        ...(caps.wordApi13 ? { inTable: p.tableNestingLevel > 0 } : {}),
      })),
    );
    // Paragraphs are matched to controls by the texts both report, deleted text included.
    const parents = enclosingOurs(
      read.map(({ cc }) => cc),
      controls.items,
      caps,
    );
    assignControlTags(
      paragraphs,
      read.map(({ cc, paragraphs: list }, k) => ({ tag: cc.tag, texts: list.items.map((p) => p.text), parent: parents[k] })),
    );
    // A tracked deletion in one of our controls: each outer paragraph's Current text (one more sync, rare).
    // An empty control reads as its placeholder (38), its Current text as nothing: that is no
    // deletion. Controls holding others are left out of the comparison for the same reason (their
    // text includes the placeholders of those inside); at 1.6 Word has already said.
    const shown = (cc: Word.ContentControl, text: string) => (isShowingPlaceholder(text, cc.placeholderText) ? "" : text);
    const differs = (cc: Word.ContentControl, current: string) => !holders.has(cc.id) && shown(cc, current) !== shown(cc, cc.text);
    if (changes ? reviewed : read.some(({ cc, current }) => current !== undefined && differs(cc, current.value))) {
      const current = outer.flatMap(({ paragraphs: list }) => list.items.map((p) => p.getReviewedText("Current")));
      await context.sync();
      current.forEach((c, i) => (paragraphs[i].text = c.value));
    }
    const snapshotControls: SnapshotControl[] = read.map(({ cc, current }) => {
      return { id: cc.id, tag: cc.tag, title: cc.title, text: shown(cc, current?.value ?? cc.text), placeholderText: cc.placeholderText };
    });
    blankPlaceholders(paragraphs, snapshotControls);
    return { paragraphs, controls: snapshotControls, ...(hasWordApi(caps, "1.4") ? {} : { trackedDeletions: "unknown" as const }) };
  });
}
