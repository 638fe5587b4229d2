/** Failures reach the user as a WordActionError that says what happened and what to do. */
import { sectionTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { toWordActionError } from "../../src/word/errors";
import { failureOf, setupWordHost, with13 } from "../support/wordHost";
import { wordFailureText } from "../../src/taskpane/actions/wordFailures";
import { outline } from "./outline";
import { inspectionWith, planFor, syntheticInspection } from "./plans";

const three = inspectionWith(3);

describe("when Word refuses", () => {
  it.each(["GeneralException", "AccessDenied"] as const)(
    "explains a read-only document (%s) and leaves it as it was",
    async (readOnlyErrorCode) => {
      const { model } = setupWordHost({ readOnly: true, readOnlyErrorCode }, { body: ["Dear Inspector,"] });
      const before = outline(model);
      const insert = createOfficeWordPort().insertPlan(planFor(three), "cursor");
      const { error, text } = await failureOf(insert);
      expect(error).toMatchObject({ code: readOnlyErrorCode, cleanup: { state: "unchanged" } });
      expect(text).toMatch(/read-only.*Nothing was added: the document is as it was\./s);
      expect(outline(model)).toEqual(before);
    },
  );

  it("still reads a read-only document", async () => {
    setupWordHost({ readOnly: true }, { body: ["Dear Inspector,"] });
    expect((await createOfficeWordPort().readSnapshot()).paragraphs.map((p) => p.text)).toEqual(["Dear Inspector,"]);
  });

  it("leaves the document as it was when the sections sit in a control a colleague locked", async () => {
    const section = (recId: string) => ({ cc: { tag: sectionTag(three.id, recId), title: recId }, children: [`Section ${recId}`] });
    // Whether Word refuses API edits in a locked control is not documented (WORD-SEMANTICS 30): this is the refusing reading.
    const { model } = setupWordHost({ cannotEditApiEdits: "reject" }, {
      body: ["Dear Inspector,", { cc: { tag: "letter", title: "Letter", cannotEdit: true }, children: [section("r1"), section("r3")] }],
    });
    const before = outline(model);
    // Section 2 belongs between 1 and 3, inside the locked control: Word refuses the first write.
    const insert = createOfficeWordPort().insertMissing(planFor(three, { blocks: false }));
    const { error, text } = await failureOf(insert);
    expect(error.code).toBe("GeneralException");
    expect(text).toMatch(/protected/);
    expect(outline(model)).toEqual(before);
  });

  it("goes around a locked control the cursor is in, leaving it untouched", async () => {
    const { model } = setupWordHost(with13(), {
      body: [{ cc: { tag: "letterhead", title: "Letterhead", cannotEdit: true }, children: ["Office of the Commissioner"] }, "Dear Inspector,"],
      selection: { paragraphText: "Office of the Commissioner" },
    });
    const outcome = await createOfficeWordPort().insertPlan(planFor(three), "cursor");
    expect(outcome.placement.at).toBe("end");
    expect(outline(model).slice(0, 3)).toEqual(["[letterhead]", "  Normal: Office of the Commissioner", "Normal: Dear Inspector,"]);
  });

  it("refuses an inspection with no recommendations before touching Word", async () => {
    const { host } = setupWordHost();
    const insert = createOfficeWordPort().insertPlan(planFor(syntheticInspection(0)), "cursor");
    const { error, text } = await failureOf(insert);
    expect(error.code).toBe("NoRecommendations");
    expect(text).toMatch(/no recommendations/);
    expect(host.counters.roundTrips).toBe(0);
  });

  it("says which Word versions can insert when the host lacks even WordApi 1.1", async () => {
    const { host } = setupWordHost({ wordApi: "1.0" });
    const insert = createOfficeWordPort().insertPlan(planFor(three), "end");
    const { error, text } = await failureOf(insert);
    expect(error.code).toBe("RequirementNotMet");
    expect(text).toMatch(/^Inserting response sections needs Word API 1\.1.*Word 2016/);
    expect(host.counters.roundTrips).toBe(0);
  });

  it.each(["1.9", "1.1"])("says a section is no longer in the document (WordApi %s)", async (wordApi) => {
    setupWordHost({ wordApi }, { body: ["Dear Inspector,"] });
    const select = createOfficeWordPort().selectTag(sectionTag(three.id, "r1"));
    const { error, text } = await failureOf(select);
    expect(error.code).toBe("ItemNotFound");
    expect(text).toBe("That section is no longer in the document. It may have been deleted; use \"Insert missing sections\" to put it back, then try again.");
  });

  it("says a paragraph has moved when the document changed since it was read", async () => {
    setupWordHost({}, { body: ["One", "Two"] });
    const { error, text } = await failureOf(createOfficeWordPort().selectParagraph(5));
    expect(error.code).toBe("ItemNotFound");
    expect(text).toMatch(/has changed/);
  });

  it("names Word's code for a failure it does not know", () => {
    const error = toWordActionError({ code: "SomethingNew", message: "x" }, "insert-sections", true);
    expect(error.code).toBe("SomethingNew");
    expect(wordFailureText(error)).toMatch(/^Word could not insert the response sections: SomethingNew\./);
    expect(toWordActionError(new TypeError("boom"), "read-document", false).code).toBe("Unknown");
  });
});
