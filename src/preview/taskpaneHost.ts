// Preview hook (placeholder until the emulator host exists): webpack runs this inside the preview's
// taskpane.html after Microsoft's Word library (vendor/word-web-16.00.js) and before the task pane's
// own code, in the same bundle. It is where the emulator host is installed: the common Office API
// (Office.onReady, requirements, settings, theme) and the Word session override, connected to the
// emulator that the preview page (window.parent) owns.
export {};
