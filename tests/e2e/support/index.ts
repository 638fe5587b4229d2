export { launchBrowser, openPreview, previewUrl, type PreviewSession, type PageProblems } from "./browser";
export { screenshot, SCREENSHOT_DIR } from "./screenshot";
export { startStaticServer, type StaticServer } from "./server";
