import { Button, Caption1, Dropdown, Field, Input, Option, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, type FormEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { SETTINGS_FIELDS, emptySettings } from "../../../domain/settings";
import { editSetting, exportSettingsFile, importSettingsText, saveSettings } from "../../actions/settings";
import { checkFieldsInDocument, updateFieldsInDocument } from "../../actions/fieldUpdate";
import { readFileText } from "../../readFile";
import { useServices } from "../../services";
import { useStore } from "../../store/store";
import { FilePickButton } from "../FilePickButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  full: { minWidth: 0, width: "100%" },
});

/** The office's details for letters. Loaded lazily: most sessions never open it. */
export default function SettingsScreen() {
  const styles = useStyles();
  const services = useServices();
  const { draft, errors, saved, styles: styleEntries, fieldOffer } = useStore(
    useShallow((s) => ({ draft: s.settings.draft ?? emptySettings(), errors: s.settings.errors, saved: s.settings.saved, styles: s.drafting.styles, fieldOffer: s.settings.fieldOffer })),
  );
  const chosenStyle = styleEntries.find((e) => e.style.id === draft.defaultStyleId);
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
      {fieldOffer && (
        <div className={styles.row}>
          <Button type="button" onClick={() => void updateFieldsInDocument(services)}>
            {`Update names and details in this document (${fieldOffer.places} ${fieldOffer.places === 1 ? "place" : "places"})`}
          </Button>
        </div>
      )}
    </form>
  );
}
