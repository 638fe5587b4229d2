import {
  Button,
  Caption1,
  ProgressBar,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ConfirmDialog } from "../ConfirmDialog";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { addCoverageTable, cancelCoverageCheck, exportCoverageCsv, goToRecommendation, refreshCoverage, setHighlight, setOnlyUnanswered } from "../../actions/coverage";
import { deadlineStatus, type DeadlineStatus } from "../../../domain/deadline";
import { showTab } from "../../actions/navigation";
import { removeRecommendationSection, removeSectionQuestion } from "../../actions/sectionRemoval";
import { headlineOf, type RecommendationCoverage } from "../../../domain/coverage/types";
import { useServices } from "../../services";
import { currentReport, selectedInspection, visibleCoverageItems } from "../../store/selectors";
import { useStore } from "../../store/store";
import { DelayedProgress } from "../DelayedProgress";
import { CoverageItem } from "./CoverageItem";
import { PublishCheckPanel } from "./PublishCheckPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  count: { fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // The columns each CoverageItem row takes as its subgrid: badges, then texts.
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // Status foregrounds 3 keep 4.5:1 contrast in light, dark and high-contrast themes (as on the Inspections tab).
  dueSoon: { color: tokens.colorStatusWarningForeground3 },
  overdue: { color: tokens.colorStatusDangerForeground3 },
});

/** A week or less is when the office has to act: the deadline then shows in warning colours. */
const DUE_SOON_DAYS = 7;

type Urgency = "overdue" | "due-soon" | "in-time";

function deadlineUrgency(deadline: Pick<DeadlineStatus, "daysLeft" | "overdue">): Urgency {
  return deadline.overdue ? "overdue" : deadline.daysLeft <= DUE_SOON_DAYS ? "due-soon" : "in-time";
}

/** Which recommendations the document answers, and the way to each one. */
export function CoveragePanel() {
  const styles = useStyles();
  const services = useServices();
  const checkAgain = useRef<HTMLButtonElement>(null);
  const [removing, setRemoving] = useState<RecommendationCoverage | null>(null);
  const { inspection, report, scanning, paused, exporting, onlyUnanswered, highlight, tableInDocument } = useStore(
    useShallow((s) => ({
      tableInDocument: s.coverage.tableInDocument,
      inspection: selectedInspection(s),
      report: currentReport(s),
      scanning: s.coverage.scanning,
      paused: s.coverage.autoCheckPaused,
      exporting: s.coverage.exporting,
      onlyUnanswered: s.coverage.onlyUnanswered,
      highlight: s.coverage.highlight,
    })),
  );
  const items = useStore(useShallow(visibleCoverageItems));

  // Opening the tab with nothing scanned yet checks the document straight away. Only when the
  // inspection changes, so it reads the store as it is then: a failed scan must not retry in a loop.
  const inspectionId = inspection?.id;
  useEffect(() => {
    const state = useStore.getState();
    if (inspectionId && !currentReport(state) && !state.coverage.scanning) void refreshCoverage(services);
  }, [inspectionId, services]);

  if (!inspection) {
    return (
      <div className={styles.root}>
        <Caption1>Choose an inspection to check the document against.</Caption1>
        <Button appearance="primary" onClick={() => showTab("inspections")}>
          Choose an inspection
        </Button>
      </div>
    );
  }

  const deadline = deadlineStatus(inspection.publishedOn, services.now());
  const urgency = deadlineUrgency(deadline);
  const total = report?.summary.total ?? 0;
  const b = report?.breakdown;
  // Only answers with nothing left to look at count as done in the headline and the bar (issue 13);
  // the rest is exactly what "Show only what needs attention or is missing" shows.
  const done = b ? b.answered + b.deferred : 0;
  return (
    <section className={styles.root} aria-labelledby="coverage-heading">
      <div className={styles.summary}>
        <Text as="h2" id="coverage-heading" className={styles.count} aria-live="polite">
          {b ? `${done} of ${total} answered` : scanning ? "Checking the document…" : "Not checked yet"}
        </Text>
        {b && (
          <Caption1 aria-label="How the recommendations stand">
            {headlineOf(b)}
          </Caption1>
        )}
        {b && total > 0 && <ProgressBar value={done} max={total} thickness="large" color={done === total ? "success" : "brand"} aria-label="Recommendations answered" />}
        <Caption1>{inspection.shortTitle}</Caption1>
        <Caption1
          aria-label={`Response ${deadline.label}`}
          data-urgency={urgency}
          className={urgency === "overdue" ? styles.overdue : urgency === "due-soon" ? styles.dueSoon : undefined}
        >
          {`Response ${deadline.label}`}
        </Caption1>
      </div>
      <div className={styles.row}>
        {/* Focusable while disabled: Cancel check hands focus back here when it goes. */}
        <Button ref={checkAgain} icon={<ArrowClockwiseRegular />} disabledFocusable={scanning} onClick={() => void refreshCoverage(services)}>
          Check again
        </Button>
        {scanning && (
          <DelayedProgress label="Reading the document…" cancel={{ text: "Cancel check", name: "Cancel check", onCancel: () => cancelCoverageCheck(services) }} returnFocusTo={checkAgain} />
        )}
        {paused && !scanning && <Caption1 role="status">Not checked automatically since you cancelled.</Caption1>}
      </div>
      <div className={styles.row}>
        {/* Shows exactly the rows the headline does not count as done, and says how many. */}
        <Switch
          label={b ? `Show only what needs attention or is missing (${total - done})` : "Show only what needs attention or is missing"}
          checked={onlyUnanswered}
          onChange={(_, data) => setOnlyUnanswered(data.checked)}
        />
        <Switch label="Highlight unanswered sections" checked={highlight} disabled={!report} onChange={(_, data) => void setHighlight(services, data.checked)} />
      </div>
      <div className={styles.row}>
        <Button disabled={!report || exporting} onClick={() => void addCoverageTable(services)}>
          {tableInDocument ? "Update coverage table" : "Add coverage table to document"}
        </Button>
        <Button disabled={!report} onClick={() => exportCoverageCsv(services)}>
          Export CSV
        </Button>
        {exporting && <Spinner size="tiny" label={tableInDocument ? "Updating the table…" : "Adding the table…"} />}
      </div>
      {report && <PublishCheckPanel />}
      {report && report.notes.length > 0 && (
        <ul className={styles.notes} aria-label="Notes on this document">
          {report.notes.map((note) => (
            <li key={note}>
              <Caption1>{note}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {report && items.length === 0 && <Caption1>{onlyUnanswered ? "Nothing needs attention and nothing is missing." : "This inspection has no recommendations."}</Caption1>}
      {report && items.length > 0 && (
        <ul className={styles.list} aria-label="Coverage by recommendation">
          {items.map((item) => (
            <CoverageItem
              key={item.recId}
              item={item}
              recommendation={inspection.recommendations.find((r) => r.id === item.recId)}
              onGoTo={(target) => void goToRecommendation(services, target)}
              onRemove={setRemoving}
            />
          ))}
        </ul>
      )}
      <RemoveSectionDialog
        item={removing}
        recommendation={inspection.recommendations.find((r) => r.id === removing?.recId)}
        onClose={() => setRemoving(null)}
        onRemove={(item) => {
          setRemoving(null);
          void removeRecommendationSection(services, item);
        }}
      />
    </section>
  );
}

/** Asks before "Remove section": names the recommendation and says typed text goes too. */
function RemoveSectionDialog({
  item,
  recommendation,
  onClose,
  onRemove,
}: {
  item: RecommendationCoverage | null;
  recommendation: Parameters<typeof removeSectionQuestion>[1];
  onClose: () => void;
  onRemove: (item: RecommendationCoverage) => void;
}) {
  const question = item ? removeSectionQuestion(item, recommendation) : null;
  return (
    <ConfirmDialog open={item !== null} title={question?.title} confirm="Remove section" cancel="Keep it" onConfirm={() => item && onRemove(item)} onCancel={onClose}>
      {question?.body}
    </ConfirmDialog>
  );
}
