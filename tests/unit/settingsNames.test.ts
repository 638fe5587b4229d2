/** Names in the office's settings go into letters: they must be visible text, and only text. */
import { importSettings, parseSettings, SETTINGS_FORMAT, SETTINGS_FORMAT_VERSION } from "../../src/domain/settings";
import type { OfficeSettings } from "../../src/domain/settings/types";

const good: OfficeSettings = {
  pccName: "Jane Smith",
  pccTitle: "Police and Crime Commissioner for Cheshire",
  forceName: "Cheshire Constabulary",
  policeArea: "Cheshire",
  officeName: "Office of the Police and Crime Commissioner for Cheshire",
  signatory: "Jane Smith",
  defaultStyleId: "narrative-letter",
};

describe("names in the settings", () => {
  it.each([
    ["zero-width spaces only", "\u200b\u200b\u200b"],
    ["a byte-order mark and a word joiner", "\ufeff\u2060"],
    ["control characters only", "\u0007\u0001"],
    ["right-to-left overrides only", "\u202e\u202d"],
    ["isolates and spaces", " \u2066 \u2069 "],
  ])("refuses a name made of %s, saying it has nothing visible", (_what, value) => {
    const { settings, errors } = parseSettings({ ...good, pccName: value });
    expect(settings).toBeUndefined();
    expect(errors.pccName).toBe("PCC name has no visible characters: type the name itself");
  });

  it("refuses a name with a right-to-left override in it, naming the field and the character", () => {
    const { errors } = parseSettings({ ...good, forceName: "Cheshire \u202eyratsbanoC" });
    expect(errors).toEqual({ forceName: "Force name must not contain a right-to-left or left-to-right override (U+202E): retype it rather than pasting it" });
  });

  it("refuses a name with a control character or a line break in it", () => {
    expect(parseSettings({ ...good, signatory: "Jane\u0000 Smith" }).errors.signatory).toBe("Signatory must not contain a control character (U+0000): retype it rather than pasting it");
    expect(parseSettings({ ...good, officeName: "Office of the\nCommissioner" }).errors.officeName).toMatch(/^Office name must not contain a control character \(U\+000A\)/);
  });

  it("refuses a name with a hidden zero-width space in it", () => {
    expect(parseSettings({ ...good, pccName: "Jane\u200bSmith" }).errors.pccName).toMatch(/^PCC name must not contain an invisible character \(U\+200B\)/);
  });

  it("accepts names in other scripts, with accents, and with joiners that belong to them", () => {
    const { settings } = parseSettings({ ...good, pccName: "Zoë Brontë-O’Neill", signatory: "مریم‌ احمدی", policeArea: "Ynys Môn" });
    expect(settings?.pccName).toBe("Zoë Brontë-O’Neill");
    expect(settings?.signatory).toBe("مریم‌ احمدی");
  });

  it("refuses the same names in an imported settings file", () => {
    const file = JSON.stringify({ format: SETTINGS_FORMAT, formatVersion: SETTINGS_FORMAT_VERSION, settings: { ...good, pccName: "\u200b" } });
    const result = importSettings(file);
    expect(result.settings).toBeUndefined();
    expect(result.errors.pccName).toBe("PCC name has no visible characters: type the name itself");
  });
});
