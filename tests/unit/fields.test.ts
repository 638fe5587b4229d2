/** Tagged fields (issue 13): which lines are fields, their tags, and what a change in Settings updates. */
import { fieldParagraphs, fieldTag, fieldTemplate, fieldUpdates, isFieldTemplate } from "../../src/domain/fields";
import { parseTag } from "../../src/domain/tags";
import { exampleshire } from "./compose/helpers";

describe("tagged fields", () => {
  it("are lines made only of settings: not prose, not inspection details, not dates", () => {
    expect(isFieldTemplate("{signatory}")).toBe(true);
    expect(isFieldTemplate("{signatory}, {signatoryRole}")).toBe(true);
    expect(isFieldTemplate("[[Our ref: {reference}]]")).toBe(true);
    expect(isFieldTemplate("Yours sincerely")).toBe(false);
    expect(isFieldTemplate("{today:long}")).toBe(false);
    expect(isFieldTemplate("Response of the {pccTitle} to the {inspectorates} report")).toBe(false);
    expect(isFieldTemplate(`{pccName} ${"x".repeat(200)}`)).toBe(false);
  });

  it("carry their template in the tag, which reads back exactly and is no other kind of tag", () => {
    const template = "[[Contact: {contactEmail}]]";
    const tag = fieldTag(template);
    expect(tag).toMatch(/^ird:field:contactEmail:[A-Za-z0-9._%-]+$/);
    expect(fieldTemplate(tag)).toBe(template);
    expect(parseTag(tag)).toBeNull();
    expect(fieldTemplate("ird:field:signatory:%7Btoday%7D")).toBeNull();
    expect(fieldTemplate("ird:block:signature")).toBeNull();
  });

  it("fill from the settings, a multi-line address as several paragraphs", () => {
    expect(fieldParagraphs("{officeAddress}", { officeAddress: "House\nStreet" })).toEqual(["House", "Street"]);
    expect(fieldParagraphs("{signatoryRole}", exampleshire)).toEqual(["Police and Crime Commissioner for Exampleshire"]);
  });

  it("update only the fields whose text the new settings change, counting every place", () => {
    const controls = [
      { tag: fieldTag("{signatory}"), text: "Alex Morgan" },
      { tag: fieldTag("{signatory}"), text: "Alex Morgan" },
      { tag: fieldTag("{officeName}"), text: exampleshire.officeName },
      { tag: fieldTag("{officeAddress}"), text: "Old House\rOld Street" },
      { tag: "ird:block:signature:x", text: "Alex Morgan" },
    ];
    const { updates, places } = fieldUpdates(controls, { ...exampleshire, signatory: "Sam Lee", officeAddress: "Old House\nOld Street" });
    expect(places).toBe(2);
    expect(updates).toEqual([{ tag: fieldTag("{signatory}"), paragraphs: ["Sam Lee"] }]);
  });
});
