export { MessageArea } from "./MessageArea";
