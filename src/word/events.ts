/**
 * Telling the task pane the document may have changed, best effort: Word fires no general
 * "content changed" event before WordApi 1.6, but typing moves the selection, and the Common API
 * reports that on every Word version. The caller debounces and re-reads.
 */
export function onDocumentChanged(callback: () => void): () => void {
  let document: Office.Document;
  try {
    document = Office.context.document;
    if (!document?.addHandlerAsync) return () => undefined;
  } catch {
    return () => undefined;
  }
  const handler = () => {
    try {
      callback();
    } catch {
      // A failing callback must not break Word's event dispatch.
    }
  };
  let active = true;
  document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler, (result) => {
    // Registration failed (host without the event): nothing to undo.
    if (result.status !== Office.AsyncResultStatus.Succeeded) active = false;
  });
  return () => {
    if (!active) return;
    active = false;
    document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
  };
}
