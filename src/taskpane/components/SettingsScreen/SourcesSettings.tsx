import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, type FormEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { SOURCE_FIELDS, copyInUse, emptySources, whenFetched, type SourceKind } from "../../../domain/sources";
import { chooseSourceFile, editSource, loadSources, refreshSources, removeSource, saveSources } from "../../actions/sources";
import { readFileText } from "../../readFile";
import { useServices } from "../../services";
import { useStore } from "../../store/store";
import type { SourceState } from "../../store/sourcesSlice";
import { FilePickButton } from "../FilePickButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalXXL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  source: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  status: { overflowWrap: "anywhere" },
  bar: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

const EXAMPLES: Record<SourceKind, string> = {
  catalog: "https://opcc.example.org/ird/catalog.json",
  wording: "https://opcc.example.org/ird/wording-library.json",
};

function inUse(kind: SourceKind, source: SourceState): string {
  const { copy, count } = source;
  if (!copy) return "";
  const what = kind === "catalog" ? `${count} ${count === 1 ? "inspection" : "inspections"}` : `${count} wording ${count === 1 ? "entry" : "entries"}`;
  return copy.fromFile
    ? `In use: ${what} read from “${copy.from}” on ${whenFetched(copy.fetchedAt)}. A chosen file does not refresh by itself: choose it again when it changes.`
    : `In use: ${what} fetched on ${whenFetched(copy.fetchedAt)} from ${copy.from}.`;
}

/**
 * Settings › Sources: where the office's own catalog and wording library come from (issues 9, 10).
 * Kept apart from the office's details (its own storage, schema and form).
 */
export function SourcesSettings() {
  const styles = useStyles();
  const services = useServices();
  useEffect(() => loadSources(services), [services]);
  const { draft, errors, saved, catalog, wording } = useStore(
    useShallow((s) => ({ draft: s.sources.draft ?? emptySources(), errors: s.sources.errors, saved: s.sources.saved, catalog: s.sources.catalog, wording: s.sources.wording })),
  );
  const state: Record<SourceKind, SourceState> = { catalog, wording };
  const refreshing = catalog.refreshing || wording.refreshing;
  const anyAddress = Boolean(saved?.catalogUrl || saved?.wordingUrl);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void saveSources(services);
  };

  return (
    <form className={styles.root} onSubmit={onSubmit} aria-labelledby="sources-heading" noValidate>
      <h2 id="sources-heading" className={styles.heading}>
        Sources
      </h2>
      <Caption1>
        Your organisation can publish its own catalog of inspections and its approved wording as JSON files on its SharePoint or web server. Addresses must start with
        https://. The copies fetched are kept in this browser for use offline, and fetched again each time the add-in starts.
      </Caption1>
      {SOURCE_FIELDS.map(({ field, kind, label }) => {
        const source = state[kind];
        const line = inUse(kind, source);
        return (
          <div key={field} className={styles.source}>
            <Field label={label} hint={`For example: ${EXAMPLES[kind]}`} validationState={errors[field] ? "error" : "none"} validationMessage={errors[field]}>
              <Input type="url" value={draft[field]} onChange={(_, data) => editSource(field, data.value)} />
            </Field>
            {source.refreshing && <Spinner size="tiny" label="Fetching…" labelPosition="after" />}
            {line && <Caption1 className={styles.status}>{line}</Caption1>}
            {!source.copy && saved?.[field] && !source.refreshing && !source.problem && <Caption1>Not fetched yet.</Caption1>}
            {source.skipped.length > 0 && (
              <Caption1 className={styles.status}>
                Not listed, because not valid: {source.skipped.slice(0, 3).join("; ")}
                {source.skipped.length > 3 ? ` and ${source.skipped.length - 3} more` : ""}.
              </Caption1>
            )}
            {source.problem && (
              <MessageBar intent="warning" layout="multiline" className={styles.bar}>
                <MessageBarBody>
                  The last refresh, on {whenFetched(source.problem.at)}, failed: {source.problem.reason}. {copyInUse(kind, source.copy)}
                </MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.row}>
              {kind === "wording" && (
                <FilePickButton
                  inputLabel="Wording library file"
                  accept=".json,application/json"
                  onFile={(file) => void chooseSourceFile(services, kind, { name: file.name, size: file.size, text: () => readFileText(file) })}
                >
                  Choose a file (network drive)
                </FilePickButton>
              )}
              {(source.copy || saved?.[field]) && (
                <Button type="button" onClick={() => removeSource(services, kind)}>
                  {kind === "catalog" ? "Stop using this catalog" : "Stop using this library"}
                </Button>
              )}
            </div>
          </div>
        );
      })}
      <div className={styles.row}>
        <Button appearance="primary" type="submit">
          Save sources
        </Button>
        <Button type="button" disabled={!anyAddress || refreshing} onClick={() => void refreshSources(services)}>
          Refresh now
        </Button>
      </div>
    </form>
  );
}
