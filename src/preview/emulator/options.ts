/**
 * Emulator options. Lines of WORD-SEMANTICS marked USER or INFERRED are options whose default is
 * the stricter reading; add-in code must work with the defaults.
 */
export interface WordHostOptions {
  /** Highest WordApi version the host supports: "1.1" (Word 2016), "1.3" (Word 2019/LTSC 2021), "1.9" (web). Default "1.9". */
  wordApi: string;
  /** Highest WordApiDesktop version, or null when the host has none (web). Default null. */
  wordApiDesktop: string | null;
  /** Office.context.platform. Default "OfficeOnline". */
  platform: "PC" | "Mac" | "OfficeOnline" | "iOS" | "Android";
  /** WORD-SEMANTICS 38: text of an empty control. Default "placeholder" (the stricter reading). */
  emptyControlText: "placeholder" | "empty";
  /** Placeholder Word shows when a control has no placeholderText of its own. */
  defaultPlaceholderText: string;
  /** WORD-SEMANTICS 30: API edits inside a cannotEdit control. Default "reject" (GeneralException at sync). */
  cannotEditApiEdits: "reject" | "allow";
  /** WORD-SEMANTICS 56: every write fails at sync while true. */
  readOnly: boolean;
  /** Error code for writes in read-only mode. Default "GeneralException". */
  readOnlyErrorCode: "GeneralException" | "AccessDenied";
  /** WORD-SEMANTICS 26/37: a control's first/last paragraph carries its tags. Default true (stricter). */
  paragraphOwnsControlTags: boolean;
  /** New paragraphs take the style of the paragraph they were inserted next to (Word's habit). Default true. */
  inheritStyleOnInsert: boolean;
  /** Office.context.document.settings.saveAsync fails (WORD-SEMANTICS 51). Default false. */
  failSettingsSave: boolean;
  /** Added to every round trip, in milliseconds (benchmarks). Default 0. */
  latencyMs: number;
  /** Office.context.officeTheme. */
  theme: "light" | "dark";
  /** Office.context.document.mode as reported (users see "readWrite" even on read-only files, 56). */
  documentMode: "readWrite" | "readOnly";
  /**
   * How the library sends search options (WORD-SEMANTICS 41): "flags" (the host answers yes to
   * WordApiSearchFlags, the library sends _Search2 with a bit mask) or "options" (a SearchOptions
   * object). Both are Word's; default "flags".
   */
  searchWireFormat: "flags" | "options";
  /** WORD-SEMANTICS 45: the user has Word's Find dialog open; every search fails with SearchDialogIsOpen. */
  findDialogOpen: boolean;
  /** WORD-SEMANTICS 17: batches in flight at once before Word refuses more. Default 50. */
  maxQueuedBatches: number;
  /** WORD-SEMANTICS 17: the code is not documented; GeneralException is Word's code for its limits (58). */
  queuedBatchLimitErrorCode: "GeneralException" | "ActivityLimitReached";
  /** WORD-SEMANTICS 53: author recorded on tracked changes the add-in makes. */
  trackedChangeAuthor: string;
  /**
   * WORD-SEMANTICS 65 (USER, issues 2946 and 3176): when a control is removed (delete(false), a
   * range delete, accepting its tracked deletion, a person deleting it in the preview) and its
   * parent control held nothing else, the parent goes too, recursively. Default true (stricter).
   */
  orphanParentDeletion: boolean;
  /**
   * WORD-SEMANTICS 66 (USER, office-js-docs issue 1284): ContentControl.insertParagraph failing with
   * NotAllowed on Word on the web (platform "OfficeOnline"). The only report is from January 2018
   * and line 66 calls it older builds; making "notAllowed" the default would make every
   * content-control builder impossible on the web, so even the strict profiles (profiles.ts) keep
   * "allowed" and a test asks for "notAllowed" explicitly. Default "allowed".
   */
  webContentControlInsertParagraph: "allowed" | "notAllowed";
  /**
   * WORD-SEMANTICS 67 (USER, issue 6673): on the web (platform "OfficeOnline"), loading a
   * getByNamespace(uri) collection with no matching part leaves `items` undefined on the client.
   * The host answers that load with null, the only answer that makes this library's
   * `_handleResult` leave `items` undefined without PropertyNotLoaded (the proxy then also reads
   * isNullObject true). Default true (stricter).
   */
  webEmptyNamespaceItemsUndefined: boolean;
  /**
   * WORD-SEMANTICS 68 (INFERRED): a navigation property or method whose parent path is a null
   * object (`a.parentContentControlOrNullObject.parentContentControlOrNullObject` with the first
   * null). "fail" (default, stricter): the batch fails at sync with ItemNotFound. "null": the
   * result is another null object. Loading a null object itself, or its isNullObject, is not
   * affected.
   */
  nullObjectNavigation: "fail" | "null";
  /**
   * Word's display language for built-in style names (word.d.ts `Paragraph.style`: "Use this
   * property for custom styles and localized style names … see the styleBuiltIn property"). With
   * "german", `style` reads and accepts the German names ("Überschrift 2"); an English built-in
   * name set through `style` is not that built-in style but a style of that name (styleBuiltIn
   * reads "Other"). `styleBuiltIn` is the same in every language. Default "english".
   */
  styleLanguage: "english" | "german";
}

export const DEFAULT_OPTIONS: WordHostOptions = {
  wordApi: "1.9",
  wordApiDesktop: null,
  platform: "OfficeOnline",
  emptyControlText: "placeholder",
  defaultPlaceholderText: "Click or tap here to enter text.",
  cannotEditApiEdits: "reject",
  readOnly: false,
  readOnlyErrorCode: "GeneralException",
  paragraphOwnsControlTags: true,
  inheritStyleOnInsert: true,
  failSettingsSave: false,
  latencyMs: 0,
  theme: "light",
  documentMode: "readWrite",
  searchWireFormat: "flags",
  findDialogOpen: false,
  maxQueuedBatches: 50,
  queuedBatchLimitErrorCode: "GeneralException",
  trackedChangeAuthor: "Emulator User",
  orphanParentDeletion: true,
  webContentControlInsertParagraph: "allowed",
  webEmptyNamespaceItemsUndefined: true,
  nullObjectNavigation: "fail",
  styleLanguage: "english",
};

/** Compares "1.10" > "1.9" numerically, part by part (WORD-SEMANTICS 59). */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
