/**
 * Word's paragraph events (WordApi 1.6: Document.onParagraphAdded, onParagraphChanged,
 * onParagraphDeleted) for the npm Word library, which has no Word event. They are built as the
 * generated event properties are (Excel's Worksheet.onChanged in the same npm package is the
 * pattern): an OfficeExtension.GenericEventHandlers whose first `add` queues
 * `Document._Register…Event` in the add-in's batch, and whose handlers the library's own
 * GenericEventRegistration calls when a RichApi message carries the event.
 *
 * connectRichApiChannel stands in for the transport only: Word on the web delivers RichApi messages
 * through Office's event channel (OSF.DDA.RichApi.richApiMessageManager, event dispid 33), which
 * needs office.js's host connection; here the host's WordEventSource hands the entries to the same
 * `RichApiMessageEventArgs` the library builds from them, and from there it is the library's path.
 */
import { EVENT_TYPE_IDS, PARAGRAPH_EVENTS, type RichApiRow, type WordEventSource } from "./events";

/* The evaluated library is untyped JavaScript; these helpers only forward to it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export function installEventsClient(win: Loose): void {
  const OE = win.OfficeExtension;
  const H = OE.BatchApiHelper;
  const U = OE.Utility;
  const api = (member: string, version: string) => U.throwIfApiNotSupported(member, "WordApi", version, "Word");
  const doc = win.Word.Document.prototype;
  if (Object.getOwnPropertyDescriptor(doc, "onParagraphChanged")) return;
  for (const name of PARAGRAPH_EVENTS) {
    const register = `_Register${name}Event`;
    const unregister = `_Unregister${name}Event`;
    const field = `m_${name}`;
    doc[register] = function () {
      api(`Document.${register}`, "1.6");
      H.invokeMethod(this, register, 0, [], 0, 0);
    };
    doc[unregister] = function () {
      api(`Document.${unregister}`, "1.6");
      H.invokeMethod(this, unregister, 0, [], 0, 0);
    };
    Object.defineProperty(doc, `on${name}`, {
      configurable: true,
      enumerable: true,
      get() {
        api(`Document.on${name}`, "1.6");
        if (!this[field]) {
          this[field] = new OE.GenericEventHandlers(this.context, this, name, {
            eventType: EVENT_TYPE_IDS[name],
            registerFunc: () => this[register](),
            unregisterFunc: () => this[unregister](),
            getTargetIdFunc: () => "",
            eventArgsTransformFunc: (value: Loose) =>
              U._createPromiseFromResult({ type: value.type, source: value.source, uniqueLocalIds: value.uniqueLocalIds }),
          });
        }
        return this[field];
      },
    });
  }
}

/**
 * Connects the Word library in `win` to the host's events: the library's RichApi message manager
 * (which office.js would create at start) registers its handler here, and each message the host
 * raises is rebuilt in this window (JSON, as the real channel carries it) and handed to it.
 * Returns the disconnect.
 */
export function connectRichApiChannel(win: Loose, source: WordEventSource): () => void {
  const rich = (win.OSF.DDA.RichApi ??= {});
  const handlers: Array<(args: unknown) => void> = [];
  rich.richApiMessageManager = {
    register(handler: (args: unknown) => void) {
      handlers.push(handler);
      return win.Promise.resolve();
    },
  };
  return source.addChannel((rows: RichApiRow[]) => {
    const data = win.JSON.parse(JSON.stringify(rows));
    const args = new win.OSF.DDA.RichApiMessageEventArgs("richApiMessage", { data });
    for (const h of [...handlers]) h(args);
  });
}
