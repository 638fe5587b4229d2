import { Button, Caption1, Dropdown, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type FormEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { SETTINGS_FIELDS, emptySettings } from "../../../domain/settings";
import { editSetting, exportSettingsFile, importSettingsText, saveSettings } from "../../actions/settings";
import { checkFieldsInDocument, updateFieldsInDocument } from "../../actions/fieldUpdate";
import { readFileText } from "../../readFile";
import { useServices } from "../../services";
import { useStore } from "../../store/store";
import { FilePickButton } from "../FilePickButton";
import { useRevealOnChange } from "../reveal";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  full: { minWidth: 0, width: "100%" },
  // Long text wraps inside the pane instead of widening it.
  bar: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Where the old names are, worded once: "in 2 places", or, when a line holds several names (a
 * sentence naming the force twice), "in 21 places, on 11 lines" so the count is not a puzzle.
 */
export function offerWhere(offer: { places: number; lines: number }): string {
  const places = `in ${count(offer.places, "place", "places")}`;
  return offer.lines > 0 && offer.lines < offer.places ? `${places}, on ${count(offer.lines, "line", "lines")}` : places;
}

/** The office's details for letters. Loaded lazily: most sessions never open it. */
export default function SettingsScreen() {
  const styles = useStyles();
  const services = useServices();
  const { draft, errors, saved, styles: styleEntries, fieldOffer } = useStore(
    useShallow((s) => ({ draft: s.settings.draft ?? emptySettings(), errors: s.settings.errors, saved: s.settings.saved, styles: s.drafting.styles, fieldOffer: s.settings.fieldOffer })),
  );
  const chosenStyle = styleEntries.find((e) => e.style.id === draft.defaultStyleId);
  // Each check that finds places (on opening, after a save) brings the offer into view; it never
  // takes focus, so someone typing in a field keeps their place.
  const offerRef = useRef<HTMLDivElement>(null);
  useRevealOnChange(offerRef, fieldOffer);
  // A document drafted before an earlier change of settings: offer its update on opening Settings too.
  useEffect(() => {
    if (useStore.getState().settings.saved) void checkFieldsInDocument(services);
  }, [services]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (saveSettings(services)) void checkFieldsInDocument(services);
  };
  const onFile = async (file: File) => importSettingsText(await readFileText(file));

  return (
    <form className={styles.root} onSubmit={onSubmit} aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading" className={styles.heading}>
        Your office
      </h2>
      <Caption1>Used in the letters this add-in drafts. Stored for you in this browser only.</Caption1>
      {/* Always in the page, so a screen reader announces the offer when it appears (it follows "Settings saved"). */}
      <div role="status">
        {fieldOffer && (
          <MessageBar ref={offerRef} intent="info" layout="multiline" className={styles.bar}>
            <MessageBarBody>
              <MessageBarTitle>This document still has the old names or details</MessageBarTitle> {offerWhere(fieldOffer)}. Your own answers and comments are left as they are.
            </MessageBarBody>
            <MessageBarActions>
              <Button type="button" onClick={() => void updateFieldsInDocument(services)}>
                Update names and details in this document
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {SETTINGS_FIELDS.filter((f) => f.field !== "defaultStyleId").map((f) => (
        <Field
          key={f.field}
          label={f.optional ? `${f.label} (optional)` : f.label}
          required={!f.optional}
          hint={`For example: ${f.example}`}
          validationState={errors[f.field] ? "error" : "none"}
          validationMessage={errors[f.field]}
        >
          {f.multiline ? (
            <Textarea resize="vertical" rows={3} value={draft[f.field] ?? ""} onChange={(_, data) => editSetting(f.field, data.value)} />
          ) : (
            <Input value={draft[f.field] ?? ""} onChange={(_, data) => editSetting(f.field, data.value)} />
          )}
        </Field>
      ))}
      <Field label="Default house style" validationState={errors.defaultStyleId ? "error" : "none"} validationMessage={errors.defaultStyleId}>
        <Dropdown
          className={styles.full}
          value={chosenStyle?.style.name ?? draft.defaultStyleId}
          selectedOptions={[draft.defaultStyleId]}
          onOptionSelect={(_, data) => data.optionValue && editSetting("defaultStyleId", data.optionValue)}
        >
          {styleEntries.map((e) => (
            <Option key={e.style.id} value={e.style.id} text={e.style.name}>
              {e.style.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit">
          Save settings
        </Button>
        <Button type="button" disabled={!saved} onClick={() => exportSettingsFile(services)}>
          Export to a file
        </Button>
        <FilePickButton inputLabel="Import settings from a file" accept=".json,application/json" onFile={(file) => void onFile(file)}>
          Import from a file
        </FilePickButton>
      </div>
    </form>
  );
}
