import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Inspection } from "../../../domain/catalog/types";
import { deadlineStatus, formatLongDate } from "../../../domain/deadline";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", margin: 0 },
  facts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: "center" },
  // Status danger 3 keeps 4.5:1 on the hover and selected backgrounds in dark theme too (palette red does not).
  overdue: { color: tokens.colorStatusDangerForeground3 },
});

export interface InspectionSummaryProps {
  inspection: Inspection;
  today: Date;
  /** Shown when the inspection came from the open document rather than the catalog. */
  fromDocument?: boolean;
  /** Shown for the office's own inspections (added on the Inspections tab). */
  own?: boolean;
  /** Shown for inspections from the organisation catalog (Settings › Sources). */
  organisation?: boolean;
  /** Render the title as this heading (the facts stay ordinary text); a span inside buttons. */
  headingLevel?: 2 | 3;
}

/** Title, publication date, statutory deadline and recommendation count: the facts a user picks by. */
export function InspectionSummary({ inspection, today, fromDocument, own, organisation, headingLevel }: InspectionSummaryProps) {
  const styles = useStyles();
  const deadline = deadlineStatus(inspection.publishedOn, today);
  const count = inspection.recommendations.length;
  return (
    <span className={styles.root}>
      <Text as={headingLevel ? `h${headingLevel}` : "span"} size={headingLevel ? 400 : 300} className={styles.title}>
        {inspection.shortTitle}
      </Text>
      <span className={styles.facts}>
        <Caption1>Published {formatLongDate(inspection.publishedOn)}</Caption1>
        <Caption1 className={deadline.overdue ? styles.overdue : undefined}>{deadline.label}</Caption1>
        <Caption1>
          {count} recommendation{count === 1 ? "" : "s"}
          {inspection.complete ? "" : " (only those forces and PCCs respond to)"}
        </Caption1>
        {own && (
          <Badge appearance="tint" color="brand" size="small">
            added by your office
          </Badge>
        )}
        {organisation && !own && (
          <Badge appearance="tint" color="informative" size="small">
            from your organisation
          </Badge>
        )}
        {fromDocument && (
          <Badge appearance="tint" color="informative" size="small">
            from this document
          </Badge>
        )}
      </span>
    </span>
  );
}
