/** The Word host emulator: see README.md. */
export { installWordHost, type WordHost, type HostCounters } from "./host";
export { WordDocumentModel, rootNamespace } from "./model";
export type { DocSpec, BlockSpec, ControlSpec } from "./modelSpec";
export { BUILT_IN_STYLE_NAMES } from "./modelSpec";
export type * from "./modelTypes";
export { DEFAULT_OPTIONS, type WordHostOptions } from "./options";
export { isSetSupported } from "./office";
