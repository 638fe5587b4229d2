import { makeStyles } from "@fluentui/react-components";
import type { Inspection } from "../../../domain/catalog/types";
import { RecommendationItem } from "./RecommendationItem";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface RecommendationListProps {
  inspection: Inspection;
  onInsertSection: (recId: string) => void;
  /** The recommendation whose section is being inserted, if any. */
  insertingRecId: string | null;
  disabled: boolean;
}

/** Every recommendation with its number, portal id, text, addressees, due wording and sub-parts. */
export function RecommendationList({ inspection, onInsertSection, insertingRecId, disabled }: RecommendationListProps) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label={`Recommendations of ${inspection.shortTitle}`}>
      {inspection.recommendations.map((rec) => (
        <RecommendationItem key={rec.id} recommendation={rec} onInsert={onInsertSection} inserting={insertingRecId === rec.id} disabled={disabled} />
      ))}
    </ol>
  );
}
