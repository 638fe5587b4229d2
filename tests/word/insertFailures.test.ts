/**
 * Failures part-way through an insert (WORD-SEMANTICS 16: no rollback) leave nothing half-built,
 * and the message says what the document now holds. The host fails each action of the insert's
 * write batch in turn; inserts never move the user's selection (69).
 */
import { responseTag, sectionTag, wordingTag } from "../../src/domain/tags";
import type { WordHost } from "../../src/preview/emulator/host";
import { wordFailureText } from "../../src/taskpane/actions/wordFailures";
import { createOfficeWordPort, WordActionError, type InsertOutcome } from "../../src/word";
import { failureOf, setupWordHost } from "../support/wordHost";
import { controlsTagged, outline } from "./outline";
import { inspectionWith, planFor } from "./plans";

const three = inspectionWith(3);
const id = three.id;
const twoSections = { inspectionId: id, nodes: planFor(three, { blocks: false }).nodes.slice(0, 2) };
const spec = { body: ["Dear Inspector,", { cc: { tag: "signature", title: "Signature" }, children: ["Jane Doe"] }, "Yours sincerely"], selection: { paragraphText: "Dear Inspector," } };

type Insert = () => Promise<InsertOutcome>;

/** The write batch of a clean run: its index among the run's round trips, and how many actions it has. */
async function writeBatchOf(host: WordHost, insert: Insert): Promise<{ batch: number; actions: number }> {
  host.resetCounters();
  await insert();
  const batches = host.requestLog.filter((r) => !r.cleanup);
  return { batch: batches.length - 1, actions: batches[batches.length - 1].actions };
}

const MESSAGES = {
  unchanged: /Nothing was added: the document is as it was\./,
  "empty-paragraph-left": /Nothing was added, except possibly one empty paragraph/,
};

describe.each([
  ["insert two sections", () => createOfficeWordPort().insertPlan(twoSections, "cursor")],
  ["insert one missing section", () => createOfficeWordPort().insertMissing({ inspectionId: id, nodes: planFor(three, { blocks: false }).nodes.slice(0, 1) })],
])("when Word fails at any action of the batch that builds (%s)", (_name, insert: Insert) => {
  it("removes what it had made and says truthfully what is left", async () => {
    const { host } = setupWordHost({}, spec);
    const { batch, actions } = await writeBatchOf(host, insert);
    expect(actions).toBeGreaterThan(10);
    for (let action = 0; action < actions; action++) {
      const { model } = setupWordHost({}, spec);
      const before = outline(model);
      host.injectFailure({ batch, action, code: "GeneralException" });
      const error = await insert().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WordActionError);
      const { cleanup } = error as WordActionError;
      const message = wordFailureText(error as WordActionError);
      const after = outline(model);
      // No control of ours is left, complete or not.
      expect(model.allControls().filter((c) => c.tag.startsWith("ird:"))).toEqual([]);
      if (cleanup?.state === "unchanged") expect(after).toEqual(before);
      else if (cleanup?.state === "empty-paragraph-left" && after.length !== before.length) {
        // Exactly one empty paragraph more, where the content was to go (the message says "possibly").
        const at = after.findIndex((line, i) => line !== before[i]);
        expect(after[at]).toBe("Normal: ");
        expect([...after.slice(0, at), ...after.slice(at + 1)]).toEqual(before);
      } else if (cleanup?.state !== "empty-paragraph-left") throw new Error(`action ${action}: unexpected clean-up ${JSON.stringify(cleanup)}`);
      expect(message).toMatch(MESSAGES[cleanup.state]);
    }
  });
});

describe("the user's selection during an insert", () => {
  it.each([
    ["the full response", () => createOfficeWordPort().insertPlan(planFor(three), "cursor")],
    ["the missing sections", () => createOfficeWordPort().insertMissing(planFor(three))],
    ["approved wording", () => createOfficeWordPort().insertWording({ kind: "control", tag: wordingTag("accepted", 1), title: "Accepted", children: [{ kind: "paragraph", text: "We accept this.", style: "Normal" }] })],
    ["the summary table", () => createOfficeWordPort().appendTable("Progress", [["Recommendation", "Status"], ["1", "Answered"]])],
  ])("is never moved by inserting %s", async (_what, insert: () => Promise<unknown>) => {
    const { host } = setupWordHost({}, spec);
    host.resetSelectionLog();
    await insert();
    expect(host.selectionLog.filter((e) => e.source === "api")).toEqual([]);
  });
});

describe("removing what was just inserted", () => {
  it("takes the document back to what it was, locked text included, in one action", async () => {
    const { model } = setupWordHost({}, spec);
    const before = outline(model);
    const port = createOfficeWordPort();
    const outcome = await port.insertPlan(planFor(three), "cursor");
    expect(outline(model)).toContain(`[${sectionTag(id, "r2")}]`);
    expect(await port.removeInserted(outcome.receipt!)).toEqual({ removed: 5, tracked: 0 });
    expect(outline(model)).toEqual(before);
  });

  it("removes nothing once a person has typed into what was inserted, and says why", async () => {
    const { model } = setupWordHost({}, spec);
    const port = createOfficeWordPort();
    const outcome = await port.insertPlan(planFor(three), "cursor");
    const para = controlsTagged(model, responseTag(id, "r2"))[0].children[0];
    if (para.kind !== "paragraph") throw new Error("a response starts with a paragraph");
    model.setParagraphText(para.id, "We have appointed a lead officer.");
    const typed = outline(model);
    const { error, text } = await failureOf(port.removeInserted(outcome.receipt!));
    expect(error.code).toBe("ChangedSinceInsert");
    expect(text).toMatch(/removed nothing: your words are safe/);
    expect(outline(model)).toEqual(typed);
  });

  it("leaves what a person typed into other sections alone", async () => {
    const { model } = setupWordHost({}, spec);
    const port = createOfficeWordPort();
    await port.insertPlan({ inspectionId: id, nodes: planFor(three, { blocks: false }).nodes.slice(0, 1) }, "end");
    const first = outline(model);
    const outcome = await port.insertMissing(planFor(three, { blocks: false }));
    expect(outcome.inserted).toEqual([sectionTag(id, "r2"), sectionTag(id, "r3")]);
    await port.removeInserted(outcome.receipt!);
    expect(outline(model)).toEqual(first);
    expect(model.allControls().some((c) => c.tag === responseTag(id, "r1"))).toBe(true);
  });
});
