/**
 * The reference page of the start-up bench (startup.bench.ts): the least a Fluent task pane can be.
 * React, ReactDOM and one Fluent component in FluentProvider, rendered once Office is ready (as the
 * yo office React template does), and the same first-screen mark the task pane sets, so the bench
 * compares the two on one machine and reports a ratio rather than milliseconds.
 */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { FIRST_SCREEN_MARK, markAfterNextPaint } from "../../../src/taskpane/firstScreen";

function Reference() {
  useEffect(() => {
    markAfterNextPaint(FIRST_SCREEN_MARK);
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <h1>Reference</h1>
      <Button appearance="primary">Start</Button>
    </FluentProvider>
  );
}

void Office.onReady(() => {
  createRoot(document.getElementById("container")!).render(<Reference />);
});
