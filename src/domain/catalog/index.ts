export * from "./types";
export { parseCatalog, parseInspection, inspectionSchema } from "./schema";
export { inspectionScope } from "./scope";
