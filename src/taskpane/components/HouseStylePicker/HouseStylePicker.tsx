import { Button, Dropdown, Field, Link, Option, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { addStyleFromDraft, chooseStyle, editStyleDraft, refuseLargeStyleFile, removeCustomStyle } from "../../actions/drafting";
import { readFileText } from "../../readFile";
import { useServices } from "../../services";
import { activeStyle } from "../../store/selectors";
import { useStore } from "../../store/store";
import { FilePickButton } from "../FilePickButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  add: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Choose a house style, or add the office's own by pasting or importing its JSON. */
export function HouseStylePicker({ disabled }: { disabled: boolean }) {
  const styles = useStyles();
  const services = useServices();
  const [adding, setAdding] = useState(false);
  const { entries, styleDraft, styleDraftError } = useStore(
    useShallow((s) => ({ entries: s.drafting.styles, styleDraft: s.drafting.styleDraft, styleDraftError: s.drafting.styleDraftError })),
  );
  const active = useStore(activeStyle);

  const onFile = async (file: File) => {
    if (!refuseLargeStyleFile(file.name, file.size)) editStyleDraft(await readFileText(file));
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
        {/* Links (still buttons to assistive tech): they line up with the field above, as Office's own do. */}
        <Link as="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {adding ? "Close: add a house style" : "Add a house style"}
        </Link>
        {active?.custom && (
          <Link as="button" onClick={() => removeCustomStyle(services, active.style.id)}>
            Remove “{active.style.name}”
          </Link>
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
            <FilePickButton size="small" inputLabel="Open a style file" accept=".json,application/json" onFile={(file) => void onFile(file)}>
              Open a style file
            </FilePickButton>
          </div>
        </div>
      )}
    </div>
  );
}
