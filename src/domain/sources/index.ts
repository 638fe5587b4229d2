/** The office's own sources: settings, kept copies, content and why a refresh failed (see schema.ts). */
export * from "./schema";
export * from "./failures";
export * from "./content";
