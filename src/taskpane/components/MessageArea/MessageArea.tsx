import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { dismissMessage } from "../../actions/messages";
import { useStore } from "../../store/store";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Long messages wrap inside the pane instead of widening it.
  bar: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

/** The pane's messages: what happened and what to do; errors stay until dismissed. */
export function MessageArea() {
  const styles = useStyles();
  const messages = useStore((s) => s.ui.messages);
  if (messages.length === 0) return null;
  return (
    <MessageBarGroup className={styles.group} aria-label="Messages">
      {messages.map((m) => (
        <MessageBar key={m.id} intent={m.intent} layout="multiline" className={styles.bar} politeness={m.intent === "error" ? "assertive" : "polite"}>
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
