// Placeholder preview page (the preview engineer replaces it): the document on the left, the real
// task pane (taskpane.html, running over the emulator host) on the right.
import { createRoot } from "react-dom/client";

function Preview() {
  return (
    <main style={{ display: "flex", height: "100vh", margin: 0, fontFamily: "Segoe UI, sans-serif" }}>
      <section aria-label="Document" style={{ flex: 1, padding: 24, overflow: "auto" }} />
      <iframe title="Task pane" src="taskpane.html" style={{ width: 360, border: "none", borderLeft: "1px solid #ccc" }} />
    </main>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Preview />);
