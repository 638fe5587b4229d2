/** The Word host emulator: see README.md. */
export { installWordHost, type WordHost, type HostCounters, type RequestLogEntry, type FailureInjection, type SelectionLogEntry } from "./host";
export { WordDocumentModel, rootNamespace } from "./model";
export type { DocSpec, BlockSpec, ControlSpec } from "./modelSpec";
export { BUILT_IN_STYLE_NAMES } from "./modelSpec";
export type * from "./modelTypes";
export { DEFAULT_OPTIONS, type WordHostOptions } from "./options";
export { isSetSupported } from "./office";
export { HOST_PROFILES, profileByName, type HostProfile } from "./profiles";
export { tableColumnWidths } from "./typesTable";
