import { Button, Caption1, Checkbox, Field, Input, Select, Text, Textarea, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { RecommendationKind } from "../../../domain/catalog/types";
import { KIND_LABELS, itemLabel, type DraftItem, type DraftProblem } from "../../../domain/import/draft";
import { changeItem, mergeDraftItem, moveDraftItem, removeDraftItem, splitDraftItem } from "../../actions/importInspection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  error: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  label: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  kind: { flexGrow: 1, flexBasis: "10rem", minWidth: 0 },
  number: { flexBasis: "5rem", flexGrow: 0, minWidth: 0 },
  due: { flexGrow: 1, flexBasis: "8rem", minWidth: 0 },
  full: { width: "100%", minWidth: 0 },
  problem: { color: tokens.colorStatusDangerForeground3, overflowWrap: "anywhere" },
  tools: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface DraftItemEditorProps {
  item: DraftItem;
  first: boolean;
  last: boolean;
  problems: DraftProblem[];
  /** Asks the preview to move keyboard focus to the element with this id once it has rendered. */
  focus: (id: string) => void;
  /** Where focus goes when this item is deleted. */
  afterDelete: string;
  /** The key a new item split off this one gets. */
  newKey: string;
}

export const itemDomId = (key: string, part: string) => `import-${key}-${part}`;

/** One recommendation, cause of concern or area for improvement as read, with its corrections. */
export function DraftItemEditor({ item, first, last, problems, focus, afterDelete, newKey }: DraftItemEditorProps) {
  const styles = useStyles();
  const text = useRef<HTMLTextAreaElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  const label = itemLabel(item);
  const id = (part: string) => itemDomId(item.key, part);

  const split = () => {
    const at = text.current?.selectionStart ?? 0;
    if (at <= 0 || at >= item.text.trimEnd().length) {
      setHint("Put the cursor in the text where the second one starts, then choose Split.");
      text.current?.focus();
      return;
    }
    setHint(null);
    splitDraftItem(item.key, at);
    focus(itemDomId(newKey, "text"));
  };

  return (
    <section className={problems.length ? `${styles.root} ${styles.error}` : styles.root} role="group" aria-labelledby={id("label")}>
      <Text as="h4" id={id("label")} weight="semibold" className={styles.label} tabIndex={-1}>
        {label}
      </Text>
      <div className={styles.row}>
        <Field label="Kind" className={styles.kind}>
          <Select className={styles.full} value={item.kind} onChange={(_, data) => changeItem(item.key, { kind: data.value as RecommendationKind })}>
            {(Object.keys(KIND_LABELS) as RecommendationKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Number" className={styles.number}>
          <Input className={styles.full} inputMode="numeric" value={item.number} onChange={(_, data) => changeItem(item.key, { number: data.value })} />
        </Field>
        <Field label="Due" hint="As the report words it" className={styles.due}>
          <Input className={styles.full} value={item.due} placeholder="e.g. By March 2026" onChange={(_, data) => changeItem(item.key, { due: data.value })} />
        </Field>
      </div>
      <Field label="Text" hint={hint ?? undefined}>
        <Textarea ref={text} id={id("text")} className={styles.full} resize="vertical" rows={4} value={item.text} onChange={(_, data) => changeItem(item.key, { text: data.value })} />
      </Field>
      <Field label="Addressees" hint="Separate with commas, e.g. chief constables, police and crime commissioners">
        <Input className={styles.full} value={item.addressees} onChange={(_, data) => changeItem(item.key, { addressees: data.value })} />
      </Field>
      <Checkbox
        label="Forces or PCCs are expected to respond to it"
        checked={item.localResponseExpected}
        onChange={(_, data) => changeItem(item.key, { localResponseExpected: data.checked === true })}
      />
      <Field label="Sub-parts" hint="One per line">
        <Textarea className={styles.full} resize="vertical" rows={2} value={item.parts} onChange={(_, data) => changeItem(item.key, { parts: data.value })} />
      </Field>
      {problems.map((p) => (
        <Caption1 key={p.message} className={styles.problem}>
          {p.message}
        </Caption1>
      ))}
      <div className={styles.tools} role="group" aria-label={`Change ${label}`}>
        <Button size="small" aria-label={`Split ${label} at the cursor`} onClick={split}>
          Split
        </Button>
        <Button
          size="small"
          id={id("merge")}
          disabledFocusable={last}
          aria-label={`Merge with next: ${label} and the one below`}
          onClick={() => {
            mergeDraftItem(item.key);
            focus(id("text"));
          }}
        >
          Merge with next
        </Button>
        <Button
          size="small"
          id={id("up")}
          disabledFocusable={first}
          aria-label={`Move up: ${label}`}
          onClick={() => {
            moveDraftItem(item.key, -1);
            focus(id("up"));
          }}
        >
          Move up
        </Button>
        <Button
          size="small"
          id={id("down")}
          disabledFocusable={last}
          aria-label={`Move down: ${label}`}
          onClick={() => {
            moveDraftItem(item.key, 1);
            focus(id("down"));
          }}
        >
          Move down
        </Button>
        <Button
          size="small"
          aria-label={`Delete ${label}`}
          onClick={() => {
            removeDraftItem(item.key);
            focus(afterDelete);
          }}
        >
          Delete
        </Button>
      </div>
    </section>
  );
}
