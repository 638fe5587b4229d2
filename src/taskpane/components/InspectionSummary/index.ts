export { InspectionSummary, type InspectionSummaryProps } from "./InspectionSummary";
