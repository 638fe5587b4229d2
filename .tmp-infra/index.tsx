import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Button } from "@fluentui/react-components";
console.error("boom"); fetch("https://example.org/x").catch(() => {});
(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<FluentProvider theme={webLightTheme}><Button onClick={() => import(/* webpackChunkName: "screen-test" */ "./lazy").then((m) => m.hello())}>Hi</Button></FluentProvider>);
})();
