import { Button, Caption1, Dropdown, Field, Option, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { addStyleFromDraft, chooseStyle, editStyleDraft, removeCustomStyle } from "../../actions/drafting";
import { readFileText } from "../../readFile";
import { useServices } from "../../services";
import { activeStyle } from "../../store/selectors";
import { useStore } from "../../store/store";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  add: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  file: { maxWidth: "100%", minWidth: 0 },
});

/** Choose a house style, or add the office's own by pasting or importing its JSON. */
export function HouseStylePicker({ disabled }: { disabled: boolean }) {
  const styles = useStyles();
  const services = useServices();
  const fileId = useId();
  const [adding, setAdding] = useState(false);
  const { entries, styleDraft, styleDraftError } = useStore(
    useShallow((s) => ({ entries: s.drafting.styles, styleDraft: s.drafting.styleDraft, styleDraftError: s.drafting.styleDraftError })),
  );
  const active = useStore(activeStyle);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) editStyleDraft(await readFileText(file));
  };

  return (
    <div className={styles.root}>
      <Field label="House style" hint={active?.style.description}>
        <Dropdown
          className={styles.dropdown}
          value={active ? active.style.name : ""}
          selectedOptions={active ? [active.style.id] : []}
          onOptionSelect={(_, data) => data.optionValue && chooseStyle(data.optionValue)}
          disabled={disabled || entries.length === 0}
        >
          {entries.map((e) => (
            <Option key={e.style.id} value={e.style.id} text={e.style.name}>
              {e.custom ? `${e.style.name} (added by your office)` : e.style.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Button size="small" appearance="subtle" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {adding ? "Close: add a house style" : "Add a house style"}
        </Button>
        {active?.custom && (
          <Button size="small" appearance="subtle" onClick={() => removeCustomStyle(services, active.style.id)}>
            Remove “{active.style.name}”
          </Button>
        )}
      </div>
      {adding && (
        <div className={styles.add}>
          <Field
            label="House style JSON"
            hint="Paste the style file your office was given, or open it from a file."
            validationState={styleDraftError ? "error" : "none"}
            validationMessage={styleDraftError ?? undefined}
          >
            <Textarea resize="vertical" rows={5} value={styleDraft} onChange={(_, data) => editStyleDraft(data.value)} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" size="small" disabled={!styleDraft.trim()} onClick={() => addStyleFromDraft(services) && setAdding(false)}>
              Add style
            </Button>
            <label htmlFor={fileId}>
              <Caption1>Open a style file:</Caption1>
            </label>
            <input id={fileId} className={styles.file} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
          </div>
        </div>
      )}
    </div>
  );
}
