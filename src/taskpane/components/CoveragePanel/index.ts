export { CoveragePanel } from "./CoveragePanel";
export { StatusBadge } from "./StatusBadge";
