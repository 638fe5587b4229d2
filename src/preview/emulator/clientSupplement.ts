/**
 * The Word library on npm (@microsoft/office-js 1.1.110) stops at WordApi 1.3: it has no
 * Document.customXmlParts, Document.settings or Paragraph.uniqueLocalId, which Microsoft's CDN
 * build has. This adds those client classes to the evaluated library, built the way the
 * generated classes are (the library's own ClientObject, BatchApiHelper, throwIfNotLoaded and
 * requirement checks), so the add-in calls them exactly as in Word and an older host still gets
 * ApiNotFound at the call (WORD-SEMANTICS 60). Wire names follow Word's PascalCase convention.
 */

import { defineClientClass, type ClassSpec } from "./clientClass";
import { installTrackingClient } from "./clientTracking";

/* The evaluated library is untyped JavaScript; these helpers only forward to it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export function installClientSupplement(win: Loose): void {
  const OE = win.OfficeExtension;
  const Word = win.Word;
  if (!OE || !Word || Word.CustomXmlPartCollection) return;
  const H = OE.BatchApiHelper;
  const U = OE.Utility;
  const api = (member: string, version: string) => U.throwIfApiNotSupported(member, "WordApi", version, "Word");

  const defineClass = (spec: ClassSpec) => defineClientClass(win, spec);

  defineClass({
    name: "CustomXmlPart",
    apiVersion: "1.4",
    scalars: [
      ["id", "Id", false],
      ["namespaceUri", "NamespaceUri", false],
    ],
    methods: {
      getXml() {
        return H.invokeMethod(this, "GetXml", 1, [], 4, 0);
      },
      setXml(xml: unknown) {
        H.invokeMethod(this, "SetXml", 0, [xml], 0, 0);
      },
      delete() {
        H.invokeMethod(this, "Delete", 0, [], 0, 0);
      },
    },
  });
  defineClass({
    name: "CustomXmlPartScopedCollection",
    isCollection: true,
    itemType: "CustomXmlPart",
    apiVersion: "1.4",
    scalars: [],
    methods: {
      getCount() {
        return H.invokeMethod(this, "GetCount", 1, [], 4, 0);
      },
      getItem(id: unknown) {
        return H.createIndexerObject(Word.CustomXmlPart, this, [id]);
      },
      getItemOrNullObject(id: unknown) {
        return H.createMethodObject(Word.CustomXmlPart, this, "GetItemOrNullObject", 1, [id], false, false, null, 4);
      },
      getOnlyItem() {
        return H.createMethodObject(Word.CustomXmlPart, this, "GetOnlyItem", 1, [], false, false, null, 4);
      },
      getOnlyItemOrNullObject() {
        return H.createMethodObject(Word.CustomXmlPart, this, "GetOnlyItemOrNullObject", 1, [], false, false, null, 4);
      },
    },
  });
  defineClass({
    name: "CustomXmlPartCollection",
    isCollection: true,
    itemType: "CustomXmlPart",
    apiVersion: "1.4",
    scalars: [],
    methods: {
      add(xml: unknown) {
        return H.createMethodObject(Word.CustomXmlPart, this, "Add", 0, [xml], false, true, null, 0);
      },
      getByNamespace(ns: unknown) {
        return H.createMethodObject(Word.CustomXmlPartScopedCollection, this, "GetByNamespace", 1, [ns], true, false, null, 4);
      },
      getCount() {
        return H.invokeMethod(this, "GetCount", 1, [], 4, 0);
      },
      getItem(id: unknown) {
        return H.createIndexerObject(Word.CustomXmlPart, this, [id]);
      },
      getItemOrNullObject(id: unknown) {
        return H.createMethodObject(Word.CustomXmlPart, this, "GetItemOrNullObject", 1, [id], false, false, null, 4);
      },
    },
  });
  defineClass({
    name: "Setting",
    apiVersion: "1.4",
    scalars: [
      ["key", "Key", false],
      ["value", "Value", true],
    ],
    methods: {
      delete() {
        H.invokeMethod(this, "Delete", 0, [], 0, 0);
      },
      set(properties: unknown, options: unknown) {
        this._recursivelySet(properties, options, ["value"], [], []);
      },
    },
  });
  defineClass({
    name: "SettingCollection",
    isCollection: true,
    itemType: "Setting",
    apiVersion: "1.4",
    scalars: [],
    methods: {
      add(key: unknown, value: unknown) {
        return H.createMethodObject(Word.Setting, this, "Add", 0, [key, value], false, true, null, 0);
      },
      deleteAll() {
        H.invokeMethod(this, "DeleteAll", 0, [], 0, 0);
      },
      getCount() {
        return H.invokeMethod(this, "GetCount", 1, [], 4, 0);
      },
      getItem(key: unknown) {
        return H.createIndexerObject(Word.Setting, this, [key]);
      },
      getItemOrNullObject(key: unknown) {
        return H.createMethodObject(Word.Setting, this, "GetItemOrNullObject", 1, [key], false, false, null, 4);
      },
    },
  });

  // The CDN library (and @types/office-js) name the style enum BuiltInStyleName; this one has Word.Style.
  if (!Word.BuiltInStyleName && Word.Style) Word.BuiltInStyleName = Word.Style;

  const doc = Word.Document.prototype;
  Object.defineProperty(doc, "customXmlParts", {
    configurable: true,
    enumerable: true,
    get() {
      api("Document.customXmlParts", "1.4");
      if (!this._CXP) this._CXP = H.createPropertyObject(Word.CustomXmlPartCollection, this, "CustomXmlParts", true, 4);
      return this._CXP;
    },
  });
  Object.defineProperty(doc, "settings", {
    configurable: true,
    enumerable: true,
    get() {
      api("Document.settings", "1.4");
      if (!this._STS) this._STS = H.createPropertyObject(Word.SettingCollection, this, "Settings", true, 4);
      return this._STS;
    },
  });

  // Paragraph.uniqueLocalId (WordApi 1.6).
  const para = Word.Paragraph.prototype;
  const handle = para._handleResult;
  para._handleResult = function (value: Loose) {
    handle.call(this, value);
    if (!U.isNullOrUndefined(value) && value.UniqueLocalId !== undefined) this._ULI = value.UniqueLocalId;
  };
  Object.defineProperty(para, "uniqueLocalId", {
    configurable: true,
    enumerable: true,
    get() {
      U.throwIfNotLoaded("uniqueLocalId", this._ULI, "Paragraph", this._isNull);
      api("Paragraph.uniqueLocalId", "1.6");
      return this._ULI;
    },
  });

  // Collection/accessor members of 1.4 check the set at the call, like the generated code.
  for (const [cls, members] of Object.entries({
    CustomXmlPartCollection: ["add", "getByNamespace", "getCount", "getItem", "getItemOrNullObject"],
    CustomXmlPartScopedCollection: ["getCount", "getItem", "getItemOrNullObject", "getOnlyItem", "getOnlyItemOrNullObject"],
    CustomXmlPart: ["getXml", "setXml", "delete"],
    SettingCollection: ["add", "deleteAll", "getCount", "getItem", "getItemOrNullObject"],
    Setting: ["delete"],
  })) {
    for (const m of members) {
      const original = Word[cls].prototype[m];
      Word[cls].prototype[m] = function (...args: unknown[]) {
        api(`${cls}.${m}`, "1.4");
        return original.apply(this, args);
      };
    }
  }

  installTrackingClient(win, defineClass);
}
