import {
  Badge,
  Button,
  Caption1,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ConfirmDialog } from "../ConfirmDialog";
import { useState } from "react";
import type { WordingOption } from "../../domainApi";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  paragraph: { margin: 0 },
  // Colours from the theme, so the marks stay readable in dark and high-contrast themes.
  missing: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorPaletteRedBorder2}`,
  },
  prompt: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface WordingPreviewProps {
  option: WordingOption;
  disabled: boolean;
  inserting: boolean;
  onInsert: () => void;
  onEdit?: () => void;
}

/** One entry as it will go into the document, with missing values and prompts for the author marked. */
export function WordingPreview({ option, disabled, inserting, onInsert, onEdit }: WordingPreviewProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const { preview } = option;
  const approved = option.status === "approved";
  const insert = () => (option.missing.length ? setConfirming(true) : onInsert());

  return (
    <section className={styles.root} aria-label={`Preview of ${option.title}`}>
      <div className={styles.head}>
        <Text weight="semibold">{option.title}</Text>
        <Badge appearance="tint" color={approved ? "success" : option.status === "draft" ? "warning" : "danger"}>
          {option.status}
        </Badge>
        <Caption1 className={styles.muted}>
          {option.categoryLabel} · version {option.version}
          {option.owner ? ` · owner ${option.owner}` : ""}
          {option.lastReviewed ? ` · reviewed ${option.lastReviewed}` : ""}
        </Caption1>
      </div>
      <div className={styles.body} data-testid="wording-preview-text">
        {preview.paragraphs.map((segments, i) => (
          <p key={i} className={styles.paragraph}>
            {segments.map((s, j) =>
              s.kind === "text" ? (
                <span key={j}>{s.text}</span>
              ) : (
                <mark key={j} className={s.kind === "missing" ? styles.missing : styles.prompt} title={s.kind === "missing" ? "No value yet: fill it in Settings or choose a recommendation" : "For the author to replace"}>
                  {s.text}
                </mark>
              ),
            )}
          </p>
        ))}
      </div>
      {option.missing.length > 0 && <Caption1>Not filled in yet: {option.missing.join(", ")}.</Caption1>}
      {preview.prompts.length > 0 && (
        <Caption1>
          {preview.prompts.length === 1 ? "1 prompt" : `${preview.prompts.length} prompts`} for you to replace with this office's facts (highlighted).
        </Caption1>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={disabled || !approved} onClick={insert}>
          Insert at the cursor
        </Button>
        {onEdit && <Button onClick={onEdit}>Edit entry</Button>}
        {inserting && <Spinner size="extra-tiny" label="Inserting wording…" />}
      </div>
      {!approved && <Caption1 className={styles.muted}>Only approved wording can be inserted.</Caption1>}
      <ConfirmDialog
        open={confirming}
        title="Insert with values missing?"
        confirm="Insert anyway"
        cancel="Cancel"
        onConfirm={() => {
          setConfirming(false);
          onInsert();
        }}
        onCancel={() => setConfirming(false)}
      >
        The text will show [{option.missing.join("], [")}] where {option.missing.length === 1 ? "that value belongs" : "those values belong"}. Fill them in the document afterwards, or cancel
        and add them in Settings (or choose the recommendation) first.
      </ConfirmDialog>
    </section>
  );
}
