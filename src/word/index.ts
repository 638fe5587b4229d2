/** src/word: the only code that touches Office.js. The task pane imports from here. */
export * from "./port";
export { createOfficeWordPort } from "./officeWordPort";
export { whenOfficeReady, type OfficeStart, type OfficeThemeColors } from "./officeStart";
