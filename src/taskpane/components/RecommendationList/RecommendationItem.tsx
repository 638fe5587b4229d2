import { Badge, Body1, Button, Caption1, Link, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Recommendation } from "../../../domain/catalog/types";
import { useSharedStyles } from "../sharedStyles";

/** Texts longer than this start folded, with "Show all" to expand. */
const FOLD_AT = 280;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  number: { fontWeight: tokens.fontWeightSemibold },
  text: { overflowWrap: "anywhere" },
  // The list's own size, so the numbers match the parts' caption text instead of standing out larger.
  parts: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  // A column stretches its children: keep "Show all" next to the text it unfolds, not centred.
  fold: { alignSelf: "flex-start" },
});

export interface RecommendationItemProps {
  recommendation: Recommendation;
  onInsert: (recId: string) => void;
  inserting: boolean;
  disabled: boolean;
}

export function RecommendationItem({ recommendation: rec, onInsert, inserting, disabled }: RecommendationItemProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const textId = useId();
  const long = rec.text.length > FOLD_AT;
  const [expanded, setExpanded] = useState(false);
  const shown = long && !expanded ? `${rec.text.slice(0, rec.text.lastIndexOf(" ", FOLD_AT))}…` : rec.text;

  return (
    <li className={styles.root} aria-label={`Recommendation ${rec.number}`}>
      <div className={styles.head}>
        <Body1 className={styles.number}>Recommendation {rec.number}</Body1>
        {rec.portalId && <Caption1>#{rec.portalId}</Caption1>}
        {rec.due && (
          <Badge appearance="tint" color={/immediate/i.test(rec.due) ? "warning" : "informative"}>
            {rec.due}
          </Badge>
        )}
      </div>
      <Body1 id={textId} className={styles.text}>
        {shown}
      </Body1>
      {long && (
        // A link, as Office shows "show more": no button padding pushing it off the text's left edge.
        <Link as="button" className={styles.fold} aria-expanded={expanded} aria-controls={textId} onClick={() => setExpanded(!expanded)}>
          {expanded ? "Show less" : "Show all"}
          <span className={shared.visuallyHidden}> of recommendation {rec.number}</span>
        </Link>
      )}
      {rec.parts.length > 0 && (
        <ol className={styles.parts} aria-label={`Parts of recommendation ${rec.number}`}>
          {rec.parts.map((part) => (
            <li key={part.id}>
              <Caption1 className={styles.text}>{part.text}</Caption1>
            </li>
          ))}
        </ol>
      )}
      <Caption1 className={styles.muted}>
        For {rec.addressees.join(", ") || "unspecified bodies"}
        {rec.localResponseExpected ? "" : " (not addressed to forces or PCCs)"}
      </Caption1>
      <div className={styles.actions}>
        <Button size="small" disabled={disabled} aria-label={`Insert section for recommendation ${rec.number}`} onClick={() => onInsert(rec.id)}>
          Insert section
        </Button>
        {inserting && <Spinner size="extra-tiny" label="Inserting…" />}
      </div>
    </li>
  );
}
