import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { dismissMessage } from "../../actions/messages";
import { useStore } from "../../store/store";
import { reveal } from "../reveal";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Long messages wrap inside the pane instead of widening it.
  bar: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

/** The pane's messages: what happened and what to do; errors stay until dismissed. */
export function MessageArea() {
  const styles = useStyles();
  const messages = useStore((s) => s.ui.messages);
  // The newest banner may be scrolled off the top after a long form: bring it into view when it appears.
  const newest = messages.reduce<number | null>((max, m) => (max === null || m.id > max ? m.id : max), null);
  const newestRef = useRef<HTMLDivElement>(null);
  const revealed = useRef(0);
  useEffect(() => {
    // Ids only grow: a lower newest means the user dismissed one, and nothing should move.
    if (newest === null || newest <= revealed.current) return;
    revealed.current = newest;
    reveal(newestRef.current);
  }, [newest]);
  if (messages.length === 0) return null;
  return (
    <MessageBarGroup className={styles.group} aria-label="Messages">
      {messages.map((m) => (
        <MessageBar key={m.id} ref={m.id === newest ? newestRef : undefined} intent={m.intent} layout="multiline" className={styles.bar} politeness={m.intent === "error" ? "assertive" : "polite"}>
          <MessageBarBody>
            <MessageBarTitle>{m.title}</MessageBarTitle> {m.body}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={`Dismiss: ${m.title}`} icon={<DismissRegular />} onClick={() => dismissMessage(m.id)} />}
          />
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
