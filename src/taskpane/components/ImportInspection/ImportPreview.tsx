import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ConfirmDialog } from "../ConfirmDialog";
import { useEffect, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { deadlineStatus } from "../../../domain/deadline";
import { shortTitleFollows, type DraftField, type InspectionDraft } from "../../../domain/import/draft";
import { addDraftItem, backToSource, closeImport, dismissClash, renumberDraft, saveDraft, setDraftField, skipQueued } from "../../actions/importInspection";
import { useServices } from "../../services";
import { useStore } from "../../store/store";
import { DraftItemEditor, itemDomId } from "./DraftItemEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  full: { width: "100%", minWidth: 0 },
  bar: { whiteSpace: "normal", overflowWrap: "anywhere" },
  warnings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const HEADER_FIELDS: { field: Exclude<DraftField, "items">; label: string; hint: string }[] = [
  { field: "title", label: "Title", hint: "The report's full title" },
  { field: "shortTitle", label: "Short title", hint: "Shown in lists; left empty, it is made from the title" },
  { field: "id", label: "Id", hint: "Letters, digits and hyphens: names the inspection in documents drafted from it" },
  { field: "publishedOn", label: "Publication date", hint: "YYYY-MM-DD: the 56-day deadline counts from it" },
];

function counts(draft: InspectionDraft): string {
  const n = (kind: string) => draft.items.filter((i) => i.kind === kind).length;
  const say = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const parts = [say(n("recommendation"), "recommendation", "recommendations")];
  if (n("cause-of-concern")) parts.push(say(n("cause-of-concern"), "cause of concern", "causes of concern"));
  if (n("area-for-improvement")) parts.push(say(n("area-for-improvement"), "area for improvement", "areas for improvement"));
  return parts.join(", ");
}

/** What was found, to check and correct before saving; nothing is stored until Save. */
export function ImportPreview() {
  const styles = useStyles();
  const services = useServices();
  const { draft, warnings, problems, queue, clash, saveError, editingId } = useStore(
    useShallow((s) => ({
      draft: s.importing.draft,
      warnings: s.importing.warnings,
      problems: s.importing.problems,
      queue: s.importing.queue,
      clash: s.importing.clash,
      saveError: s.importing.saveError,
      editingId: s.importing.editingId,
    })),
  );
  // Focus follows an edit that re-renders the element it was on (move, split, merge, delete).
  const pendingFocus = useRef<string | null>(null);
  const setFocusId = (id: string) => {
    pendingFocus.current = id;
  };
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });
  if (!draft) return null;

  const fieldProblem = (field: DraftField) => problems.find((p) => p.field === field && !p.itemKey)?.message;
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.publishedOn) && !Number.isNaN(Date.parse(draft.publishedOn));
  const save = (replace = false) => {
    if (saveDraft(services, replace) === "problems") setFocusId("import-problems");
  };

  return (
    <div className={styles.root}>
      {queue.length > 0 && <Caption1>{queue.length === 1 ? "One more inspection in this file after this one." : `${queue.length} more inspections in this file after this one.`}</Caption1>}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>Check these: they could not be read for certain</MessageBarTitle>
            <ul className={styles.warnings}>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {HEADER_FIELDS.map(({ field, label, hint }) => (
        <Field key={field} label={label} hint={field === "shortTitle" && shortTitleFollows(draft) ? "Shown in lists; follows the title until you change it" : hint} required={field !== "shortTitle"} validationState={fieldProblem(field) ? "error" : "none"} validationMessage={fieldProblem(field)}>
          <Input id={`import-${field}`} className={styles.full} value={draft[field]} onChange={(_, data) => setDraftField(field, data.value)} />
        </Field>
      ))}
      {validDate && <Caption1>Response {deadlineStatus(draft.publishedOn, services.now()).label}</Caption1>}
      <Caption1 aria-live="polite">{counts(draft)}</Caption1>
      <div className={styles.row}>
        <Button size="small" onClick={renumberDraft}>
          Number in order
        </Button>
        <Button
          size="small"
          id="import-add-item"
          onClick={() => {
            addDraftItem();
            setFocusId(itemDomId(`i${draft.nextKey}`, "text"));
          }}
        >
          Add an item
        </Button>
      </div>
      <ol className={styles.list} aria-label="What was found">
        {draft.items.map((item, k) => {
          const after = draft.items[k + 1] ?? draft.items[k - 1];
          return (
            <li key={item.key}>
              <DraftItemEditor
                item={item}
                first={k === 0}
                last={k === draft.items.length - 1}
                problems={problems.filter((p) => p.itemKey === item.key)}
                focus={setFocusId}
                afterDelete={after ? itemDomId(after.key, "label") : "import-add-item"}
                newKey={`i${draft.nextKey}`}
              />
            </li>
          );
        })}
      </ol>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" className={styles.bar} id="import-problems" tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>Correct these before saving</MessageBarTitle>
            <ul className={styles.warnings}>
              {problems.map((p) => (
                <li key={`${p.itemKey ?? p.field}:${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {saveError && (
        <MessageBar intent="error" layout="multiline" className={styles.bar} politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Not saved</MessageBarTitle> {saveError}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => save()}>
          Save inspection
        </Button>
        {queue.length > 0 && <Button onClick={skipQueued}>Skip this one</Button>}
        {!editingId && <Button onClick={backToSource}>Back to the source</Button>}
        <Button onClick={closeImport}>{editingId ? "Cancel editing" : "Discard"}</Button>
      </div>
      <ConfirmDialog
        open={clash !== null}
        title={<>Replace “{clash?.title}”?</>}
        confirm="Replace it"
        cancel="Go back"
        onConfirm={() => save(true)}
        onCancel={() => {
          dismissClash();
          setFocusId("import-id");
        }}
      >
        {clash?.builtIn ? "A built-in inspection" : "An inspection in your list"} already has the id “{clash?.id}”. Save this one in its place, or go back and change the id to
        keep both.
      </ConfirmDialog>
    </div>
  );
}
