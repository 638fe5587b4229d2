export { HouseStylePicker } from "./HouseStylePicker";
