export { WordingPicker } from "./WordingPicker";
