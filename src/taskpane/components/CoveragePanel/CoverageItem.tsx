import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Recommendation } from "../../../domain/catalog/types";
import type { RecommendationCoverage } from "../../../domain/coverage/types";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, minWidth: 0 },
  go: { justifyContent: "flex-start", textAlign: "start", minWidth: 0, flexGrow: 1, height: "auto", fontWeight: tokens.fontWeightRegular },
  snippet: {
    overflow: "hidden",
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflowWrap: "anywhere",
  },
  parts: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  part: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface CoverageItemProps {
  item: RecommendationCoverage;
  recommendation: Recommendation | undefined;
  onGoTo: (item: RecommendationCoverage) => void;
}

/** One recommendation's status; its button takes the user to the section in the document. */
export function CoverageItem({ item, recommendation, onGoTo }: CoverageItemProps) {
  const styles = useStyles();
  return (
    <li className={styles.root}>
      <div className={styles.row}>
        <StatusBadge status={item.status} subject={`recommendation ${item.number}`} />
        <Button appearance="transparent" size="small" className={styles.go} onClick={() => onGoTo(item)} title="Go to this recommendation in the document">
          <span className={styles.snippet}>
            Recommendation {item.number}
            {recommendation ? `: ${recommendation.text}` : ""}
          </span>
        </Button>
      </div>
      {item.parts.length > 0 && (
        <ul className={styles.parts} aria-label={`Parts of recommendation ${item.number}`}>
          {item.parts.map((part, i) => (
            <li key={part.partId} className={styles.part}>
              <StatusBadge status={part.status} subject={`recommendation ${item.number}, part ${i + 1}`} />
              <Caption1 className={styles.muted}>{recommendation?.parts.find((p) => p.id === part.partId)?.text ?? part.partId}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
