import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, type Theme } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalM, boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground1 },
});

/** Shown when the add-in is opened in another Office application. */
export function UnsupportedHost({ theme, host }: { theme: Theme; host: string }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme}>
      <div className={styles.root}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This add-in runs in Word</MessageBarTitle> It was opened in {host || "an application other than Word"}. Open a document in
            Word (desktop, Mac or Word on the web) and start Inspection Response Drafter from the Home tab.
          </MessageBarBody>
        </MessageBar>
      </div>
    </FluentProvider>
  );
}
