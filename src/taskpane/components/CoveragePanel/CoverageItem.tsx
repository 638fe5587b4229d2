import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Recommendation } from "../../../domain/catalog/types";
import { partToCheck, partsLeft, standingOf, type RecommendationCoverage } from "../../../domain/coverage/types";
import { StatusBadge } from "./StatusBadge";

// Badge column + text column. Each row is a subgrid of its list, so the badge column is as wide as
// the widest badge in the list and every text starts at the same place (issue 5: "answered" is
// narrower than "not yet answered"). Where subgrid is unknown the first value applies: per-row columns.
const ROW_COLUMNS = ["max-content minmax(0, 1fr)", "subgrid"];

const useStyles = makeStyles({
  root: {
    gridColumn: "1 / -1",
    display: "grid",
    gridTemplateColumns: ROW_COLUMNS,
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Stretched to the column: the badges form an even column of equal pills.
  badge: { justifySelf: "stretch", marginTop: tokens.spacingVerticalXXS },
  go: {
    justifyContent: "flex-start",
    textAlign: "start",
    minWidth: 0,
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
    // No inset: the text lines up with the parts' texts below, the badge gap is the spacing.
    paddingLeft: 0,
  },
  snippet: {
    overflow: "hidden",
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflowWrap: "anywhere",
  },
  parts: {
    gridColumn: "1 / -1",
    listStyleType: "none",
    margin: 0,
    padding: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  part: { gridColumn: "1 / -1", display: "grid", gridTemplateColumns: ROW_COLUMNS, columnGap: tokens.spacingHorizontalS, alignItems: "start", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  // Under the text, beside the badge: the answer counts, but a reviewer must look at it.
  warning: { gridColumn: "2", color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
  // For documents not drafted with the add-in: how sure the match is, and the words it rests on.
  sure: { gridColumn: "2", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  evidenceToggle: { minWidth: 0, height: "auto", padding: 0, fontSize: "inherit" },
  evidence: { display: "block", fontStyle: "italic" },
  remove: { gridColumn: "2", justifySelf: "start", minWidth: 0 },
});

export interface CoverageItemProps {
  item: RecommendationCoverage;
  recommendation: Recommendation | undefined;
  onGoTo: (item: RecommendationCoverage) => void;
  /** "Remove section" (after a confirmation the panel asks); only for a section the add-in inserted. */
  onRemove?: (item: RecommendationCoverage) => void;
}

/** One recommendation's status; its button takes the user to the section in the document. */
export function CoverageItem({ item, recommendation, onGoTo, onRemove }: CoverageItemProps) {
  const styles = useStyles();
  const [showEvidence, setShowEvidence] = useState(false);
  const left = partsLeft(item);
  return (
    <li className={styles.root}>
      <StatusBadge className={styles.badge} kind={standingOf(item)} status={item.status} subject={`recommendation ${item.number}`} />
      <Button appearance="transparent" size="small" className={styles.go} onClick={() => onGoTo(item)} title="Go to this recommendation in the document">
        <span className={styles.snippet}>
          Recommendation {item.number}
          {recommendation ? `: ${recommendation.text}` : ""}
        </span>
      </Button>
      {item.location?.paragraphIndex !== undefined && item.status !== "missing" && (
        <Caption1 className={styles.sure}>
          Found by its text, {Math.round(item.confidence * 100)}% sure.{" "}
          <Button appearance="transparent" size="small" className={styles.evidenceToggle} aria-expanded={showEvidence} onClick={() => setShowEvidence((v) => !v)}>
            {showEvidence ? "Hide evidence" : "Show evidence"}
          </Button>
          {showEvidence && <span className={styles.evidence}>“{item.evidence || "nothing quoted"}”</span>}
        </Caption1>
      )}
      {item.warnings?.map((w) => (
        <Caption1 key={w.code} className={styles.warning}>
          Needs attention: {w.message}
        </Caption1>
      ))}
      {left > 0 && (
        <Caption1 className={styles.sure}>
          {left === item.parts.length ? `The response may not cover any of its ${left} parts` : `The response may not cover ${left} of its ${item.parts.length} parts`}: check the parts below.
        </Caption1>
      )}
      {onRemove && item.location?.tag && item.status !== "missing" && (
        <Button appearance="subtle" size="small" className={styles.remove} aria-label={`Remove section for recommendation ${item.number}`} onClick={() => onRemove(item)}>
          Remove section
        </Button>
      )}
      {item.parts.length > 0 && (
        <ul className={styles.parts} aria-label={`Parts of recommendation ${item.number}`}>
          {item.parts.map((part, i) => (
            <li key={part.partId} className={styles.part}>
              <StatusBadge className={styles.badge} kind={partToCheck(item, part) ? "check" : standingOf(part)} status={part.status} subject={`recommendation ${item.number}, part ${i + 1}`} />
              <Caption1 className={styles.muted}>{recommendation?.parts.find((p) => p.id === part.partId)?.text ?? part.partId}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
