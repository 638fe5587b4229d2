import { Button, Caption1, Field, MessageBar, MessageBarActions, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { cancelPdfRead, leaveImport, readJsonFile, readPastedText, readPdfFile, returnToReview, setImportText } from "../../actions/importInspection";
import { readFileText } from "../../readFile";
import { useServices } from "../../services";
import { useStore } from "../../store/store";
import { DelayedProgress } from "../DelayedProgress";
import { FilePickButton } from "../FilePickButton";
import { useRevealOnChange } from "../reveal";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  text: { width: "100%", minWidth: 0 },
  bar: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

/** Where the inspection comes from: pasted report text, a JSON file or the report PDF. */
export function ImportSource() {
  const styles = useStyles();
  const services = useServices();
  const { text, reading, sourceError, shelved } = useStore(
    useShallow((s) => ({ text: s.importing.text, reading: s.importing.reading, sourceError: s.importing.sourceError, shelved: s.importing.shelved !== null })),
  );
  const busy = reading !== null;
  // A new error sits under the buttons, often below the fold of a narrow pane: bring it into view and read it next.
  const errorRef = useRef<HTMLDivElement>(null);
  useRevealOnChange(errorRef, sourceError, { focus: true });

  return (
    <div className={styles.root}>
      <Caption1>Nothing is saved until you have checked what was found. Saved inspections are kept for you in this browser.</Caption1>
      {shelved && (
        <MessageBar intent="info" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            Your review of what was found is kept, with your corrections. Finding recommendations again, or opening a file, starts a new review in its place.
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={returnToReview}>
              Back to the review
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field
        label="Report text"
        hint="Paste the report's recommendations: copied from the PDF, the report's web page, the HMICFRS recommendations pages or a tracker spreadsheet (up to 2 MB of text)."
      >
        <Textarea className={styles.text} resize="vertical" rows={10} value={text} disabled={busy} onChange={(_, data) => setImportText(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => readPastedText(services)}>
          Find recommendations
        </Button>
      </div>
      <Caption1>Or open a file:</Caption1>
      <div className={styles.row}>
        <FilePickButton inputLabel="Report PDF" accept=".pdf,application/pdf" disabled={busy} onFile={(file) => void readPdfFile(services, file)}>
          Open the report PDF
        </FilePickButton>
        <FilePickButton inputLabel="Inspection JSON file" accept=".json,application/json" disabled={busy} onFile={(file) => void readJsonFile(file, readFileText)}>
          Open a JSON file
        </FilePickButton>
      </div>
      {reading && <DelayedProgress label={reading} cancel={{ text: "Cancel", name: "Stop reading the PDF", onCancel: cancelPdfRead }} />}
      {sourceError && (
        <MessageBar ref={errorRef} tabIndex={-1} intent="error" layout="multiline" className={styles.bar} politeness="assertive">
          <MessageBarBody>{sourceError}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          onClick={() => {
            cancelPdfRead();
            leaveImport();
          }}
        >
          Back to the list
        </Button>
      </div>
    </div>
  );
}
