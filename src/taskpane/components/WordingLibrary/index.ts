export { WordingLibrary } from "./WordingLibrary";
