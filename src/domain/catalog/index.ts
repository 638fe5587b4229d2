export * from "./types";
export { parseCatalog, parseInspection, inspectionSchema } from "./schema";
