/**
 * Defines a Word client class the npm library lacks, built like the generated ones (the
 * library's ClientObject, BatchApiHelper, throwIfNotLoaded), so proxies, load and sync behave
 * exactly as for Microsoft's own classes. Used by clientSupplement.ts and clientTracking.ts.
 */

/* The evaluated library is untyped JavaScript; these helpers only forward to it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface ClassSpec {
  name: string;
  isCollection?: boolean;
  itemType?: string;
  /** [jsName, wireName, updatable] */
  scalars: Array<[string, string, boolean]>;
  methods: Record<string, (this: Loose, ...args: unknown[]) => unknown>;
  apiVersion: string;
}

export function defineClientClass(win: Loose, spec: ClassSpec): Loose {
  const OE = win.OfficeExtension;
  const Word = win.Word;
  const H = OE.BatchApiHelper;
  const U = OE.Utility;
  const Base = OE.ClientObject;
  const C: Loose = function (this: Loose, ...args: unknown[]) {
    return Base.apply(this, args) || this;
  };
  Object.setPrototypeOf(C, Base);
  C.prototype = Object.create(Base.prototype, { constructor: { value: C, writable: true, configurable: true } });
  const names = ["_ReferenceId", ...spec.scalars.map((s) => s[0])];
  const wire = ["_ReferenceId", ...spec.scalars.map((s) => s[1])];
  const define = (key: string, desc: PropertyDescriptor) => Object.defineProperty(C.prototype, key, { enumerable: true, configurable: true, ...desc });
  define("_className", { get: () => spec.name });
  define("_isCollection", { get: () => Boolean(spec.isCollection) });
  define("_scalarPropertyNames", { get: () => names });
  define("_scalarPropertyOriginalNames", { get: () => wire });
  define("_scalarPropertyUpdateable", { get: () => [false, ...spec.scalars.map((s) => s[2])] });
  define("_ReferenceId", {
    get(this: Loose) {
      U.throwIfNotLoaded("_ReferenceId", this.__R, spec.name, this._isNull);
      return this.__R;
    },
  });
  for (const [js, w, updatable] of spec.scalars) {
    define(js, {
      get(this: Loose) {
        U.throwIfNotLoaded(js, this[`m_${js}`], spec.name, this._isNull);
        return this[`m_${js}`];
      },
      set: updatable
        ? function (this: Loose, value: unknown) {
            this[`m_${js}`] = value;
            H.invokeSetProperty(this, w, value, 0);
          }
        : undefined,
    });
  }
  if (spec.isCollection) {
    define("items", {
      get(this: Loose) {
        U.throwIfNotLoaded("items", this.m__items, spec.name, this._isNull);
        return this.m__items;
      },
    });
  }
  Object.assign(C.prototype, spec.methods);
  C.prototype._KeepReference = function () {
    H.invokeMethod(this, "_KeepReference", 1, [], 4, 0);
  };
  C.prototype._handleResult = function (value: Loose) {
    Base.prototype._handleResult.call(this, value);
    if (U.isNullOrUndefined(value)) return;
    U.fixObjectPathIfNecessary(this, value);
    if (value._ReferenceId !== undefined) this.__R = value._ReferenceId;
    for (const [js, w] of spec.scalars) if (value[w] !== undefined) this[`m_${js}`] = value[w];
    if (spec.isCollection && !U.isNullOrUndefined(value[OE.Constants.items])) {
      const ItemType = Word[spec.itemType!];
      this.m__items = value[OE.Constants.items].map((d: unknown, i: number) => {
        const item = H.createChildItemObject(ItemType, true, this, d, i);
        item._handleResult(d);
        return item;
      });
    }
  };
  C.prototype._handleIdResult = function (value: Loose) {
    Base.prototype._handleIdResult.call(this, value);
    if (!U.isNullOrUndefined(value) && value._ReferenceId !== undefined) this.__R = value._ReferenceId;
  };
  C.prototype._handleRetrieveResult = function (value: Loose, result: Loose) {
    Base.prototype._handleRetrieveResult.call(this, value, result);
    U.processRetrieveResult(this, value, result);
  };
  C.prototype.load = function (options: unknown) {
    return U.load(this, options);
  };
  C.prototype.track = function () {
    this.context.trackedObjects.add(this);
    return this;
  };
  C.prototype.untrack = function () {
    this.context.trackedObjects.remove(this);
    return this;
  };
  C.prototype.toJSON = function () {
    const scalars: Record<string, unknown> = {};
    for (const [js] of spec.scalars) scalars[js] = this[`m_${js}`];
    return U.toJson(this, scalars, {}, this.m__items);
  };
  Word[spec.name] = C;
  return C;
}
