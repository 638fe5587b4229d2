export * from "./catalog";
export * from "./coverage";
export * from "./drafting";
export * from "./messages";
export * from "./navigation";
export * from "./settings";
export * from "./startup";
