// The preview's taskpane.html runs this after Microsoft's Word library (vendor/word-web-16.00.js)
// and before the task pane's own code, in the same bundle: it stands the emulator in for Word.
// Inside preview.html the pane works on the page's document (window.parent's host), so every insert
// shows in the document beside it; opened on its own, the pane gets a fresh empty document.
import { installWordHost } from "./emulator";
import { connectTaskPane, PREVIEW_HOST_KEY, type PreviewHost } from "./emulator/previewBridge";
import { forwardF6 } from "./page/focusCycle";

function pageHost(): PreviewHost | undefined {
  try {
    if (window.parent === window) return undefined;
    return (window.parent as unknown as Record<string, PreviewHost | undefined>)[PREVIEW_HOST_KEY];
  } catch {
    // A parent on another origin: not the preview page.
    return undefined;
  }
}

const host = pageHost();
if (host) {
  connectTaskPane(window, host);
  // Word's F6 from the pane to the document: key events here never reach the page.
  forwardF6(window);
}
else installWordHost(window);
