export { ImportInspection } from "./ImportInspection";
