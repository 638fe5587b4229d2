/**
 * Sections cannot be deleted by one stray keypress (cannotDelete, WORD-SEMANTICS 29), and "Remove
 * section" removes exactly one, unlocking it first, tracked when Track Changes is on (55) (issue 13).
 */
import { responseTag, sectionTag } from "../../src/domain/tags";
import { wordFailureText } from "../../src/taskpane/actions/wordFailures";
import { createOfficeWordPort } from "../../src/word";
import { failureOf, setupWordHost } from "../support/wordHost";
import { codeOf } from "../support/wordModelView";
import { controlsTagged, outline } from "./outline";
import { inspectionWith, planFor } from "./plans";

const three = inspectionWith(3);
const id = three.id;
const [r1, r2, r3] = three.recommendations.map((r) => r.id);

async function drafted() {
  const setup = setupWordHost({}, { body: ["Dear Home Secretary,", ""] });
  const port = createOfficeWordPort();
  await port.insertPlan(planFor(three), "end");
  // The office has typed a response into recommendation 2.
  const response = controlsTagged(setup.model, responseTag(id, r2))[0];
  const first = response.children[0];
  if (first.kind !== "paragraph") throw new Error("a response starts with a paragraph");
  setup.model.setParagraphText(first.id, "We have appointed a lead officer.");
  return { ...setup, port };
}

/** The outline without one section and what is in it. */
function without(lines: string[], tag: string): string[] {
  const start = lines.indexOf(`[${tag}]`);
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith("  ")) end++;
  return [...lines.slice(0, start), ...lines.slice(end)];
}

describe("sections and deletion", () => {
  it("every inserted section is cannotDelete, never also removeWhenEdited", async () => {
    const { model } = await drafted();
    const sections = model.allControls().filter((c) => c.tag.startsWith("ird:section:"));
    expect(sections).toHaveLength(3);
    for (const s of sections) expect({ tag: s.tag, cannotDelete: s.cannotDelete, removeWhenEdited: s.removeWhenEdited }).toEqual({ tag: s.tag, cannotDelete: true, removeWhenEdited: false });
  });

  it("a delete that does not unlock first is refused, as Word refuses the user's stray delete; nothing goes", async () => {
    const { model } = await drafted();
    const before = outline(model);
    const stray = Word.run(async (context) => {
      const found = context.document.contentControls.getByTag(sectionTag(id, r2)).load("items/id");
      await context.sync();
      found.items[0].delete(false);
      await context.sync();
    });
    expect(await codeOf(stray)).toBe("GeneralException");
    const cleared = Word.run(async (context) => {
      context.document.body.clear();
      await context.sync();
    });
    expect(await codeOf(cleared)).toBe("NotAllowed");
    expect(outline(model)).toEqual(before);
  });

  it("Remove section removes exactly that section, typed response and all, and nothing else", async () => {
    const { model, host, port } = await drafted();
    const before = outline(model);
    host.resetCounters();
    const removal = await port.removeSection(sectionTag(id, r2));
    expect(removal).toEqual({ removed: 1, tracked: 0 });
    expect(outline(model)).toEqual(without(before, sectionTag(id, r2)));
    expect(outline(model).join("\n")).not.toMatch(/lead officer/);
    expect(controlsTagged(model, sectionTag(id, r1))).toHaveLength(1);
    expect(controlsTagged(model, sectionTag(id, r3))).toHaveLength(1);
    // Fixed round trips whatever the document's size: find, read locks, write (and, below 1.4, count what is left).
    expect(host.requestLog.filter((r) => !r.cleanup).length).toBeLessThanOrEqual(4);
  });

  it("with Track Changes on, the section is marked deleted (tracked), and tracking stays on", async () => {
    const { model, port } = await drafted();
    model.changeTrackingMode = "TrackAll";
    const removal = await port.removeSection(sectionTag(id, r1));
    expect(removal).toEqual({ removed: 1, tracked: 1 });
    expect(model.changeTrackingMode).toBe("TrackAll");
    expect(model.trackedChanges.some((c) => c.type === "Deleted")).toBe(true);
    // The other sections are untouched.
    expect(controlsTagged(model, sectionTag(id, r2))[0].cannotDelete).toBe(true);
  });

  it("a section no longer in the document: a clear failure, nothing removed", async () => {
    const { model, port } = await drafted();
    await port.removeSection(sectionTag(id, r3));
    const before = outline(model);
    const { error, text } = await failureOf(port.removeSection(sectionTag(id, r3)));
    expect(error.failure.kind).toBe("section-missing");
    expect(text).toBe(wordFailureText(error));
    expect(outline(model)).toEqual(before);
  });

  it("'Remove what was just inserted' still takes locked sections out", async () => {
    const { model } = setupWordHost({}, { body: ["Dear Home Secretary,", ""] });
    const before = outline(model);
    const port = createOfficeWordPort();
    const outcome = await port.insertPlan(planFor(three), "end");
    await port.removeInserted(outcome.receipt!);
    expect(outline(model)).toEqual(before);
  });
});
