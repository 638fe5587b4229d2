export { CatalogPicker } from "./CatalogPicker";
