/**
 * Change-tracking members for the npm Word library (WORD-SEMANTICS 53–55, 61). The web build has
 * Document.changeTrackingMode and getReviewedText but gates them on "WordApiOnline"; the docs put
 * them in WordApi 1.4, so they are re-gated there (an old desktop host gets ApiNotFound, 60).
 * It lacks TrackedChange(Collection) and getTrackedChanges (1.6) and
 * ContentControlCollection.getByChangeTrackingStates (1.5), which are added here.
 */
import type { ClassSpec } from "./clientClass";

/* The evaluated library is untyped JavaScript; these helpers only forward to it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export function installTrackingClient(win: Loose, defineClass: (spec: ClassSpec) => Loose): void {
  const Word = win.Word;
  const H = win.OfficeExtension.BatchApiHelper;
  const U = win.OfficeExtension.Utility;
  const api = (member: string, version: string) => U.throwIfApiNotSupported(member, "WordApi", version, "Word");

  const TrackedChange = defineClass({
    name: "TrackedChange",
    apiVersion: "1.6",
    scalars: [
      ["author", "Author", false],
      ["date", "Date", false],
      ["text", "Text", false],
      ["type", "Type", false],
    ],
    methods: {
      accept() {
        H.invokeMethod(this, "Accept", 0, [], 0, 0);
      },
      reject() {
        H.invokeMethod(this, "Reject", 0, [], 0, 0);
      },
      getRange(location: unknown) {
        return H.createMethodObject(Word.Range, this, "GetRange", 1, [location], false, false, null, 4);
      },
    },
  });
  // Word.TrackedChange.date is a Date; it travels as an ISO string.
  Object.defineProperty(TrackedChange.prototype, "date", {
    configurable: true,
    enumerable: true,
    get(this: Loose) {
      U.throwIfNotLoaded("date", this.m_date, "TrackedChange", this._isNull);
      return new Date(this.m_date);
    },
  });
  defineClass({
    name: "TrackedChangeCollection",
    isCollection: true,
    itemType: "TrackedChange",
    apiVersion: "1.6",
    scalars: [],
    methods: {
      acceptAll() {
        H.invokeMethod(this, "AcceptAll", 0, [], 0, 0);
      },
      rejectAll() {
        H.invokeMethod(this, "RejectAll", 0, [], 0, 0);
      },
      getFirst() {
        return H.createMethodObject(Word.TrackedChange, this, "GetFirst", 1, [], false, false, null, 4);
      },
      getFirstOrNullObject() {
        return H.createMethodObject(Word.TrackedChange, this, "GetFirstOrNullObject", 1, [], false, false, null, 4);
      },
    },
  });
  for (const m of ["acceptAll", "rejectAll", "getFirst", "getFirstOrNullObject"]) gate("TrackedChangeCollection", m, "1.6");
  for (const m of ["accept", "reject", "getRange"]) gate("TrackedChange", m, "1.6");

  function gate(cls: string, member: string, version: string) {
    const original = Word[cls].prototype[member];
    Word[cls].prototype[member] = function (...args: unknown[]) {
      api(`${cls}.${member}`, version);
      return original.apply(this, args);
    };
  }

  // WORD-SEMANTICS 61: changeTrackingMode is WordApi 1.4.
  Object.defineProperty(Word.Document.prototype, "changeTrackingMode", {
    configurable: true,
    enumerable: true,
    get(this: Loose) {
      U.throwIfNotLoaded("changeTrackingMode", this._C, "Document", this._isNull);
      api("Document.changeTrackingMode", "1.4");
      return this._C;
    },
    set(this: Loose, value: unknown) {
      api("Document.changeTrackingMode", "1.4");
      this._C = value;
      H.invokeSetProperty(this, "ChangeTrackingMode", value, 0);
    },
  });

  for (const cls of ["Body", "ContentControl", "Paragraph", "Range"]) {
    const proto = Word[cls].prototype;
    // WORD-SEMANTICS 54/61: getReviewedText is WordApi 1.4.
    proto.getReviewedText = function (version: unknown) {
      api(`${cls}.getReviewedText`, "1.4");
      return H.invokeMethod(this, "GetReviewedText", 1, [version], 4, 0);
    };
    // WORD-SEMANTICS 53/61: getTrackedChanges is WordApi 1.6.
    proto.getTrackedChanges = function () {
      api(`${cls}.getTrackedChanges`, "1.6");
      return H.createMethodObject(Word.TrackedChangeCollection, this, "GetTrackedChanges", 1, [], true, false, null, 4);
    };
  }

  // WORD-SEMANTICS 55/61: getByChangeTrackingStates is WordApi 1.5.
  Word.ContentControlCollection.prototype.getByChangeTrackingStates = function (states: unknown) {
    api("ContentControlCollection.getByChangeTrackingStates", "1.5");
    return H.createMethodObject(Word.ContentControlCollection, this, "GetByChangeTrackingStates", 1, [states], true, false, null, 4);
  };
}
