import { Button, Caption1, Dropdown, Field, Option, OptionGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { emptySettings } from "../../../domain/settings";
import { insertWording } from "../../actions/drafting";
import { wordingOptions, type WordingOption } from "../../domainApi";
import { useServices } from "../../services";
import { selectedInspection } from "../../store/selectors";
import { useStore } from "../../store/store";

const CATEGORY_LABEL: Record<WordingOption["category"], string> = {
  response: "Responses",
  opening: "Openings",
  "s55-statement": "Section 55 statements",
  closing: "Closings",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  preview: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Approved standard wording, filled in for this office, inserted at the cursor. */
export function WordingPicker({ disabled }: { disabled: boolean }) {
  const styles = useStyles();
  const services = useServices();
  const { inspection, settings, busy } = useStore(useShallow((s) => ({ inspection: selectedInspection(s), settings: s.settings.saved, busy: s.drafting.busy })));
  const today = services.now().toDateString();
  const options = useMemo(() => wordingOptions(inspection, settings ?? emptySettings(), new Date(today)), [inspection, settings, today]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = options.find((o) => o.id === chosenId) ?? null;
  const categories = [...new Set(options.map((o) => o.category))];

  return (
    <div className={styles.root}>
      <Field label="Wording" hint="Approved texts only. Choose one to see it before inserting.">
        <Dropdown
          className={styles.dropdown}
          placeholder="Choose wording"
          value={chosen?.title ?? ""}
          selectedOptions={chosen ? [chosen.id] : []}
          onOptionSelect={(_, data) => setChosenId(data.optionValue ?? null)}
        >
          {categories.map((category) => (
            <OptionGroup key={category} label={CATEGORY_LABEL[category]}>
              {options
                .filter((o) => o.category === category)
                .map((o) => (
                  <Option key={o.id} value={o.id} text={o.title}>
                    {o.title}
                  </Option>
                ))}
            </OptionGroup>
          ))}
        </Dropdown>
      </Field>
      {chosen && (
        <Caption1 className={styles.preview} aria-label={`Preview of ${chosen.title}`}>
          {chosen.paragraphs.join("\n\n")}
        </Caption1>
      )}
      <div className={styles.row}>
        <Button disabled={disabled || !chosen} onClick={() => chosen && void insertWording(services, chosen)}>
          Insert wording at the cursor
        </Button>
        {busy?.kind === "wording" && <Spinner size="extra-tiny" label="Inserting wording…" />}
      </div>
    </div>
  );
}
