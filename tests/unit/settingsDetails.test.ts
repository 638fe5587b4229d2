/** The optional office details (issue 13): address, signatory's role, reference, contact email, validated and used by the letters. */
import { builtInStyles, composeResponse } from "../../src/domain/compose";
import { exportSettings, importSettings, missingSettings, parseSettings } from "../../src/domain/settings";
import type { OfficeSettings } from "../../src/domain/settings/types";
import { TODAY, control, exampleshire, expectInOrder, inspection, texts } from "./compose/helpers";

const details: OfficeSettings = {
  ...exampleshire,
  signatoryRole: "Chief Executive, on behalf of the Police and Crime Commissioner",
  officeAddress: "Exampleshire House\nHigh Street\nExampleton EX1 2AB",
  reference: "PCC/HMI/2021/14",
  contactEmail: "enquiries@exampleshire-pcc.gov.uk",
};

describe("optional office details in Settings", () => {
  it("are optional: complete settings without them are valid, and the first-run prompt does not ask for them", () => {
    expect(parseSettings(exampleshire)).toEqual({ settings: exampleshire, errors: {} });
    expect(parseSettings({ ...exampleshire, signatoryRole: "", officeAddress: "", reference: "", contactEmail: "" }).errors).toEqual({});
    expect(missingSettings(exampleshire)).toEqual([]);
  });

  it("accept an address of several lines, trimmed line by line with blank lines dropped", () => {
    const r = parseSettings({ ...details, officeAddress: "  Exampleshire House \r\n\r\nHigh Street\n Exampleton EX1 2AB  " });
    expect(r.errors).toEqual({});
    expect(r.settings?.officeAddress).toBe("Exampleshire House\nHigh Street\nExampleton EX1 2AB");
  });

  it.each([
    ["contactEmail", "enquiries at exampleshire", "Contact email must be an email address, such as enquiries@cheshire-pcc.gov.uk"],
    ["contactEmail", "a@b", "Contact email must be an email address, such as enquiries@cheshire-pcc.gov.uk"],
    ["contactEmail", "two words@exampleshire.gov.uk", "Contact email must be an email address, such as enquiries@cheshire-pcc.gov.uk"],
    ["reference", "x".repeat(61), "Our reference must be 60 characters or fewer"],
    ["reference", "{pccName}", "Our reference must not contain { or }"],
    ["signatoryRole", "Chief\u202EExecutive", "Role under the signature must not contain a right-to-left or left-to-right override (U+202E): retype it rather than pasting it"],
    ["signatoryRole", "Chief\nExecutive", "Role under the signature must not contain a control character (U+000A): retype it rather than pasting it"],
    ["officeAddress", "House\nStreet\u0007", "Office address must not contain a control character (U+0007): retype it rather than pasting it"],
    ["officeAddress", Array.from({ length: 9 }, (_, i) => `Line ${i + 1}`).join("\n"), "Office address must be 8 lines or fewer"],
    ["officeAddress", "y".repeat(201), "Office address must be 200 characters or fewer on each line"],
  ])("reject a %s of %j with a message naming the field", (field, value, message) => {
    const r = parseSettings({ ...details, [field]: value });
    expect(r.settings).toBeUndefined();
    expect(r.errors).toEqual({ [field]: message });
  });

  it("travel in the exported settings file and come back", () => {
    expect(importSettings(exportSettings(details))).toEqual({ settings: details, errors: {} });
    // Left empty, they are not written, so an older add-in still reads the file.
    expect(JSON.parse(exportSettings(exampleshire)).settings).not.toHaveProperty("contactEmail");
  });
});

describe("the letters use them", () => {
  const insp = inspection("cjji-rape-phase-1-2021");
  const style = (id: string) => builtInStyles.find((s) => s.id === id)!;

  it.each(["narrative-letter", "home-secretary-letter-appendix"])("%s: our reference by the date; role, address lines and contact under the signatory", (id) => {
    const plan = composeResponse(insp, style(id), details, { today: TODAY });
    expect(texts(control(plan, `ird:block:date:${insp.id}`).children)).toEqual(["Our ref: PCC/HMI/2021/14", "8 September 2021"]);
    expectInOrder(texts(control(plan, `ird:block:signature:${insp.id}`).children), [
      "Yours sincerely",
      "Alex Morgan",
      "Chief Executive, on behalf of the Police and Crime Commissioner",
      "Exampleshire House",
      "High Street",
      "Exampleton EX1 2AB",
      "Contact: enquiries@exampleshire-pcc.gov.uk",
    ]);
  });

  it("response form: the role beside the name, then our reference and the contact line", () => {
    const plan = composeResponse(insp, style("response-form"), details, { today: TODAY });
    expect(texts(control(plan, `ird:block:signature:${insp.id}`).children)).toEqual([
      "Signed",
      "Alex Morgan, Chief Executive, on behalf of the Police and Crime Commissioner",
      "8 September 2021",
      "Our ref: PCC/HMI/2021/14",
      "Contact: enquiries@exampleshire-pcc.gov.uk",
    ]);
  });

  it("without them: the PCC title under the name, and no empty 'Our ref' or contact lines", () => {
    for (const s of builtInStyles) {
      const all = texts(composeResponse(insp, s, exampleshire, { today: TODAY }));
      expect(all).toContain(s.id === "response-form" ? "Alex Morgan, Police and Crime Commissioner for Exampleshire" : "Police and Crime Commissioner for Exampleshire");
      expect(all.some((t) => /Our ref|Contact:|\[/.test(t))).toBe(false);
    }
  });
});
