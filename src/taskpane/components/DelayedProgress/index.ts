export * from "./DelayedProgress";
