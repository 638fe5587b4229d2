/**
 * "Check this copy of Word" on every host profile: in a new blank document it builds one section of
 * each built-in house style (the plans the pane sends), finds each as built, and leaves the document
 * blank again; in any other document it refuses before touching anything.
 */
import { selfCheckDetail } from "../../src/taskpane/actions/selfCheck";
import { selfCheckPlans } from "../../src/taskpane/domainApi";
import { createOfficeWordPort } from "../../src/word";
import { WordActionError } from "../../src/word/port";
import { setupWordHost } from "../support/wordHost";
import { outline } from "./outline";

const plans = selfCheckPlans(new Date(2024, 5, 3, 9, 0));

describe("Check this copy of Word", () => {
  it("passes in a new blank document, one line per built-in house style, and leaves it blank", async () => {
    const { model } = setupWordHost({}, { body: [""] });
    const result = await createOfficeWordPort().checkThisWord(plans);
    expect(result.lines.map((l) => [l.name, l.passed, selfCheckDetail(l)])).toEqual(
      plans.map((p) => [p.name, true, "built 1 section, verified and removed"]),
    );
    expect(result.passed).toBe(true);
    expect(outline(model)).toEqual(["Normal: "]);
  });

  it("reports FAIL for every style, with Word's reason and error code, in a blank document Word will not let it change", async () => {
    const { model } = setupWordHost({ readOnly: true }, { body: [""] });
    const result = await createOfficeWordPort().checkThisWord(plans);
    expect(result.passed).toBe(false);
    expect(result.lines.map((l) => l.name)).toEqual(plans.map((p) => p.name));
    for (const line of result.lines) {
      expect(line.passed).toBe(false);
      // Which code depends on the Word (read-only file or Viewing mode, WORD-SEMANTICS 56).
      expect(selfCheckDetail(line)).toMatch(/read-only.* \((AccessDenied|GeneralException)\)$/);
    }
    expect(outline(model)).toEqual(["Normal: "]);
  });

  it("refuses a document with text in it and leaves that document as it was", async () => {
    const { model } = setupWordHost({}, { body: ["Dear Inspector,", ""] });
    const before = outline(model);
    const error = await createOfficeWordPort().checkThisWord(plans).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordActionError);
    expect((error as WordActionError).code).toBe("NotBlank");
    expect(outline(model)).toEqual(before);
  });

  it("refuses an empty-looking document that holds a content control", async () => {
    const { model } = setupWordHost({}, { body: [{ cc: { tag: "dms:reference", title: "Reference" }, children: [""] }] });
    const before = outline(model);
    const error = await createOfficeWordPort().checkThisWord(plans).catch((e: unknown) => e);
    expect((error as WordActionError).code).toBe("NotBlank");
    expect(outline(model)).toEqual(before);
  });
});
