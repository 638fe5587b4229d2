import { emptySettings, exportSettings, importSettings, missingSettings, parseSettings } from "../../src/domain/settings";
import type { OfficeSettings } from "../../src/domain/settings/types";
import { exampleshire } from "./compose/helpers";

const filled: OfficeSettings = { ...exampleshire, defaultStyleId: "response-form" };

describe("validating the settings form", () => {
  it("accepts complete settings and trims the spaces people paste", () => {
    const r = parseSettings({ ...filled, pccName: "  Alex Morgan ", forceName: "Exampleshire Constabulary\n" });
    expect(r.errors).toEqual({});
    expect(r.settings).toEqual(filled);
  });

  it("gives one message per field, naming the field, for blank and missing values", () => {
    const { pccTitle: _omitted, ...rest } = filled;
    const r = parseSettings({ ...rest, pccName: "   ", signatory: "{pccName}", defaultStyleId: "My Style" });
    expect(r.settings).toBeUndefined();
    expect(r.errors).toEqual({
      pccName: "PCC name must not be empty",
      pccTitle: "PCC title is missing",
      signatory: "Signatory must not contain { or }",
      defaultStyleId: "Default house style must be a style id such as narrative-letter",
    });
  });

  it("rejects something that is not settings at all", () => {
    expect(parseSettings(null).errors.forceName).toBe("Force name is missing");
  });
});

describe("first-run prompt", () => {
  it("lists every name field as missing on a fresh install, in form order", () => {
    expect(missingSettings(emptySettings())).toEqual(["pccName", "pccTitle", "forceName", "policeArea", "officeName", "signatory"]);
  });

  it("lists only the fields still blank", () => {
    expect(missingSettings({ ...filled, officeName: " ", signatory: "" })).toEqual(["officeName", "signatory"]);
    expect(missingSettings(filled)).toEqual([]);
  });
});

describe("sharing settings as a file", () => {
  it("round-trips through export and import", () => {
    const text = exportSettings(filled);
    expect(JSON.parse(text)).toMatchObject({ format: "ird-office-settings", formatVersion: 1 });
    expect(importSettings(text)).toEqual({ settings: filled, errors: {} });
  });

  it.each([
    ["a file that is not JSON", "PCC name: Alex", "This file is not a settings file: it is not valid JSON."],
    ["a house style file", JSON.stringify({ format: "ird-house-style", formatVersion: 1 }), "This file is not an Inspection Response Drafter settings file."],
    ["a newer format", JSON.stringify({ format: "ird-office-settings", formatVersion: 2, settings: {} }), "This settings file has format version 2; this add-in reads version 1."],
  ])("refuses %s with a clear message", (_what, text, message) => {
    expect(importSettings(text)).toMatchObject({ error: message });
    expect(importSettings(text).settings).toBeUndefined();
  });

  it("reports the invalid fields of an otherwise good file", () => {
    const text = JSON.stringify({ format: "ird-office-settings", formatVersion: 1, settings: { ...filled, forceName: "" } });
    const r = importSettings(text);
    expect(r.settings).toBeUndefined();
    expect(r.error).toBe("The settings file has problems: Force name must not be empty.");
    expect(r.errors).toEqual({ forceName: "Force name must not be empty" });
  });
});
