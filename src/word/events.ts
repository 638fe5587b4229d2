/**
 * Telling the task pane the document changed, as cheaply as the host allows:
 * - WordApi 1.6 and later: Word's paragraph events (Document.onParagraphAdded / onParagraphChanged /
 *   onParagraphDeleted) fire when text is typed, paragraphs are added or deleted, in or out of our
 *   response controls; moving the cursor fires nothing, so no re-check follows a mere selection.
 * - Below 1.6: Word fires no content event the pane can use, but typing moves the selection, and
 *   the Common API reports that (DocumentSelectionChanged) on every Word version; the caller
 *   debounces and re-reads.
 * WordApi 1.5's content-control events are not used: onDataChanged must be added to each control
 * (and to every control inserted later), and Word on Windows and Mac raises it only when the cursor
 * leaves the control (office-js issue 5597), so typing in a response would go unnoticed until then.
 */
import { isWordApi } from "./host";

export function onDocumentChanged(callback: () => void): () => void {
  const handler = () => {
    try {
      callback();
    } catch {
      // A failing callback must not break Word's event dispatch.
    }
  };
  return isWordApi("1.6") ? onParagraphEvents(handler) : onSelectionChanged(handler);
}

function onParagraphEvents(handler: () => void): () => void {
  let stopped = false;
  let fallback: (() => void) | undefined;
  const listener = async () => handler();
  const added = Word.run(async (context) => {
    const document = context.document;
    const results = [document.onParagraphAdded.add(listener), document.onParagraphChanged.add(listener), document.onParagraphDeleted.add(listener)];
    await context.sync();
    return { document, results };
  }).catch(() => {
    // Word refused the events: follow the selection instead, as below WordApi 1.6.
    if (!stopped) fallback = onSelectionChanged(handler);
    return undefined;
  });
  return () => {
    if (stopped) return;
    stopped = true;
    fallback?.();
    void added
      .then((registered) => {
        if (!registered) return;
        // Handlers are removed in the context that added them: Word.run on an object of that context.
        return Word.run(registered.document, async (context) => {
          for (const r of registered.results) r.remove();
          await context.sync();
        });
      })
      .catch(() => undefined);
  };
}

function onSelectionChanged(handler: () => void): () => void {
  let document: Office.Document;
  try {
    document = Office.context.document;
    if (!document?.addHandlerAsync) return () => undefined;
  } catch {
    return () => undefined;
  }
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
