export { DraftPanel } from "./DraftPanel";
