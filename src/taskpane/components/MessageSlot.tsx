/**
 * Where the pane's messages appear (issue 12). Their Fluent code (MessageBar with its motion and
 * icons, about 20 KB) is not in the start-up bundle: the pane fetches it right after the first
 * screen is painted (App), long before anything can go wrong, so a message normally shows at once.
 * A message raised before that waits the few milliseconds the code takes to arrive; if it cannot
 * be fetched at all, the messages are shown as plain text with the same roles, so no failure goes
 * unreported.
 */
import { useEffect, useState } from "react";
import { dismissMessage } from "../actions/messages";
import { useStore } from "../store/store";
import type { PaneMessage } from "../store/uiSlice";

type Area = typeof import("./MessageArea").MessageArea;

let area: Area | undefined;
let failed = false;
let loading: Promise<void> | undefined;

/** Fetches the messages' code once; later calls share the first. */
export function preloadMessageArea(): Promise<void> {
  return (loading ??= import(/* webpackChunkName: "messages" */ "./MessageArea").then(
    (m) => {
      area = m.MessageArea;
    },
    () => {
      failed = true;
    },
  ));
}

export function MessageSlot() {
  const messages = useStore((s) => s.ui.messages);
  const [, arrived] = useState(0);
  const waiting = messages.length > 0 && !area && !failed;
  useEffect(() => {
    if (waiting) void preloadMessageArea().then(() => arrived((n) => n + 1));
  }, [waiting]);
  if (messages.length === 0) return null;
  if (area) {
    const Loaded = area;
    return <Loaded />;
  }
  return failed ? <PlainMessages messages={messages} /> : null;
}

/** The messages without Fluent's MessageBar: title, text and a dismiss button each. */
function PlainMessages({ messages }: { messages: PaneMessage[] }) {
  return (
    <div role="group" aria-label="Messages">
      {messages.map((m) => (
        <div key={m.id} role={m.intent === "error" ? "alert" : "status"} style={{ whiteSpace: "normal", overflowWrap: "anywhere", marginBottom: 8 }}>
          <strong>{m.title}</strong> {m.body}{" "}
          <button type="button" aria-label={`Dismiss: ${m.title}`} onClick={() => dismissMessage(m.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
