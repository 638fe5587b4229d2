/** Host profiles (src/preview/emulator/profiles.ts) and how tests/support/wordHost.ts applies them. */
import { DEFAULT_OPTIONS } from "../../src/preview/emulator/options";
import { HOST_PROFILES, profileByName } from "../../src/preview/emulator/profiles";
import { profileOptions, setupWordHost } from "../support/wordHost";

describe("host profiles", () => {
  it("cover WordApi 1.1, 1.3, 1.4 and 1.9 on Windows and the web, strict and lenient", () => {
    expect(HOST_PROFILES.map((p) => p.name)).toHaveLength(16);
    for (const v of ["1.1", "1.3", "1.4", "1.9"])
      for (const where of ["windows", "web"])
        for (const reading of ["strict", "lenient"]) {
          const p = profileByName(`${v}-${where}-${reading}`);
          expect(p?.options).toMatchObject({ wordApi: v, platform: where === "web" ? "OfficeOnline" : "PC" });
        }
    expect(profileByName("1.2-windows-strict")).toBeUndefined();
    expect(profileByName("1.9-web-strict")?.options.wordApiDesktop).toBeNull();
    expect(profileByName("1.1-windows-strict")?.options.wordApiDesktop).toBeNull();
    expect(profileByName("1.9-windows-strict")?.options.wordApiDesktop).toBe("1.1");
  });

  it("are exactly the profiles `npm run test:word` runs (its jest config lists them in plain JavaScript)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../jest.word.config.js") as { projects: Array<{ displayName: string }> };
    expect(config.projects.map((p) => p.displayName).sort()).toEqual(HOST_PROFILES.map((p) => p.name).sort());
  });

  it("strict is every USER/INFERRED option's stricter reading (the defaults); lenient the kinder one; neither forbids insertParagraph on the web (66)", () => {
    const keys = ["emptyControlText", "cannotEditApiEdits", "paragraphOwnsControlTags", "orphanParentDeletion", "webEmptyNamespaceItemsUndefined", "nullObjectNavigation"] as const;
    const strict = profileByName("1.4-web-strict")!.options;
    const lenient = profileByName("1.4-web-lenient")!.options;
    for (const k of keys) {
      expect([k, strict[k]]).toEqual([k, DEFAULT_OPTIONS[k]]);
      expect([k, lenient[k]]).not.toEqual([k, DEFAULT_OPTIONS[k]]);
    }
    expect(lenient).toMatchObject({ emptyControlText: "empty", cannotEditApiEdits: "allow", paragraphOwnsControlTags: false, orphanParentDeletion: false, webEmptyNamespaceItemsUndefined: false, nullObjectNavigation: "null" });
    expect([strict.webContentControlInsertParagraph, lenient.webContentControlInsertParagraph]).toEqual(["allowed", "allowed"]);
    // The defaults are the 1.9 web host at the strict reading.
    expect({ ...DEFAULT_OPTIONS, ...profileByName("1.9-web-strict")!.options }).toEqual(DEFAULT_OPTIONS);
  });

  it("IRD_WORD_PROFILE sets the baseline; the options a test passes win; an unknown name fails loudly", () => {
    const before = process.env.IRD_WORD_PROFILE;
    try {
      process.env.IRD_WORD_PROFILE = "1.3-windows-lenient";
      const { host } = setupWordHost({ emptyControlText: "placeholder" });
      expect(host.options).toMatchObject({ wordApi: "1.3", platform: "PC", nullObjectNavigation: "null", emptyControlText: "placeholder" });
      expect(() => profileOptions("2.0-windows-strict")).toThrow(/not a host profile/);
    } finally {
      if (before === undefined) delete process.env.IRD_WORD_PROFILE;
      else process.env.IRD_WORD_PROFILE = before;
    }
    // Back to the run's own profile (none: the defaults) at the next setup.
    const { host } = setupWordHost();
    expect(host.options).toEqual({ ...DEFAULT_OPTIONS, ...profileOptions() });
  });
});
