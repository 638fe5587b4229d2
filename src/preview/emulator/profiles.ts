/**
 * Host profiles: the Word hosts the adapter must work on, as option sets for the emulator.
 * WordApi 1.1 (Word 2016), 1.3 (Word 2019 / LTSC 2021), 1.4 (first with custom XML parts and
 * settings) and 1.9, each on Windows ("PC") and on the web ("OfficeOnline"), each "strict" (every
 * USER or INFERRED option at its stricter reading, WORD-SEMANTICS preamble) and "lenient" (the
 * kinder reading). Names: "1.1-windows-strict", "1.9-web-lenient"…
 *
 * Word on the web always runs the newest build; its 1.1–1.4 profiles stand for an add-in that
 * only asks for that set there (and for older web builds). tests/support/wordHost.ts applies the
 * profile named by IRD_WORD_PROFILE under the options a test passes itself.
 */
import type { WordHostOptions } from "./options";

export interface HostProfile {
  name: string;
  options: Partial<WordHostOptions>;
}

const VERSIONS = ["1.1", "1.3", "1.4", "1.9"] as const;

const PLATFORMS = [
  { key: "windows", platform: "PC" },
  { key: "web", platform: "OfficeOnline" },
] as const;

/**
 * WordApiDesktop (WORD-SEMANTICS 59) exists on Windows only, from Version 2408 (WordApiDesktop
 * 1.1), after WordApi 1.8 (Version 2405): Word 2016/2019 and a 1.4-era build have none, a WordApi
 * 1.9 build has at least 1.1. Source: OfficeDev/office-js-docs-reference
 * docs/requirement-sets/word/word-api-requirement-sets.md.
 */
function wordApiDesktop(version: string, platform: string): string | null {
  return platform === "PC" && version === "1.9" ? "1.1" : null;
}

/** Every USER/INFERRED option at the stricter reading (the DEFAULT_OPTIONS values). */
const STRICT: Partial<WordHostOptions> = {
  emptyControlText: "placeholder", // 38
  cannotEditApiEdits: "reject", // 30
  paragraphOwnsControlTags: true, // 26, 37
  inheritStyleOnInsert: true, // new paragraphs take the neighbour's style: the adapter must set its own
  orphanParentDeletion: true, // 65
  webEmptyNamespaceItemsUndefined: true, // 67
  nullObjectNavigation: "fail", // 68
  // 66: stays "allowed" even here. The only report of ContentControl.insertParagraph failing on
  // the web is from January 2018 (older builds, line 66); "notAllowed" would make every
  // content-control builder impossible on the web, so tests ask for it explicitly instead.
  webContentControlInsertParagraph: "allowed",
};

/** The kinder reading of the same options: what a model would do if Word were obliging. */
const LENIENT: Partial<WordHostOptions> = {
  emptyControlText: "empty",
  cannotEditApiEdits: "allow",
  paragraphOwnsControlTags: false,
  inheritStyleOnInsert: false, // new paragraphs are Normal, whatever they were inserted next to
  orphanParentDeletion: false,
  webEmptyNamespaceItemsUndefined: false,
  nullObjectNavigation: "null",
  webContentControlInsertParagraph: "allowed",
};

export const HOST_PROFILES: HostProfile[] = VERSIONS.flatMap((version) =>
  PLATFORMS.flatMap(({ key, platform }) =>
    (["strict", "lenient"] as const).map((reading) => ({
      name: `${version}-${key}-${reading}`,
      options: {
        wordApi: version,
        platform,
        wordApiDesktop: wordApiDesktop(version, platform),
        ...(reading === "strict" ? STRICT : LENIENT),
      },
    })),
  ),
);

/** The profile with this name ("1.3-windows-strict"), or undefined. */
export function profileByName(name: string): HostProfile | undefined {
  return HOST_PROFILES.find((p) => p.name === name);
}
