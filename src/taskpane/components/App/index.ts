export { App, type AppProps } from "./App";
export { UnsupportedHost } from "./UnsupportedHost";
