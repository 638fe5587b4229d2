import {
  Button,
  Caption1,
  Divider,
  Radio,
  RadioGroup,
  Field,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ConfirmDialog } from "../ConfirmDialog";
import { useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { cancelInsert, insertFullResponse, insertMissingSections, insertSection, chooseWhere, removeLastInsert } from "../../actions/drafting";
import { showTab } from "../../actions/navigation";
import { answerSecondInspection } from "../../actions/secondInspection";
import { useServices } from "../../services";
import { isFromDocument, selectedInspection } from "../../store/selectors";
import { useStore } from "../../store/store";
import { DelayedProgress } from "../DelayedProgress";
import { HouseStylePicker } from "../HouseStylePicker";
import { InspectionSummary } from "../InspectionSummary";
import { RecommendationList } from "../RecommendationList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  // Fluent's Subtitle2 and Caption1 are inline text even as h3 and p: a column puts the heading on its own line.
  section: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  outcome: { overflowWrap: "anywhere" },
});

/** The chosen inspection: drafting actions, standard wording and the recommendations. */
export function DraftPanel() {
  const styles = useStyles();
  const services = useServices();
  const fullButton = useRef<HTMLButtonElement>(null);
  const missingButton = useRef<HTMLButtonElement>(null);
  const { inspection, fromDocument, where, busy, stage, outcome, hasStyle, second } = useStore(
    useShallow((s) => ({
      second: s.drafting.secondInspection,
      inspection: selectedInspection(s),
      fromDocument: s.catalog.selectedId ? isFromDocument(s, s.catalog.selectedId) : false,
      where: s.drafting.where,
      busy: s.drafting.busy,
      stage: s.drafting.insertStage,
      outcome: s.drafting.lastOutcome,
      hasStyle: s.drafting.styles.length > 0,
    })),
  );

  if (!inspection) {
    return (
      <div className={styles.root}>
        <Caption1>No inspection chosen yet.</Caption1>
        <Button appearance="primary" onClick={() => showTab("inspections")}>
          Choose an inspection
        </Button>
      </div>
    );
  }
  const disabled = busy !== null || !hasStyle;

  return (
    <div className={styles.root}>
      <section aria-label="Drafting" className={styles.root}>
        <InspectionSummary inspection={inspection} today={services.now()} fromDocument={fromDocument} headingLevel={2} />
        <HouseStylePicker disabled={busy !== null} />
        <Field label="Insert">
          <RadioGroup layout="horizontal" value={where} onChange={(_, data) => chooseWhere(data.value === "end" ? "end" : "cursor")}>
            <Radio value="cursor" label="At the cursor" />
            <Radio value="end" label="At the end" />
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          {/* Focusable while disabled: pressing one must not drop the keyboard user's focus mid-insert. */}
          <Button ref={fullButton} appearance="primary" disabledFocusable={disabled} onClick={() => void insertFullResponse(services)}>
            Insert full response
          </Button>
          <Button ref={missingButton} disabledFocusable={disabled} onClick={() => void insertMissingSections(services)}>
            Insert missing sections
          </Button>
        </div>
        {(busy?.kind === "full" || busy?.kind === "missing") && (
          <DelayedProgress
            key={busy.kind}
            label={busy.kind === "full" ? "Inserting the response…" : "Inserting missing sections…"}
            // Honest: only the composing can be stopped; Word applies the change as one batch.
            cancel={stage === "preparing" ? { text: "Cancel", name: "Cancel the insert", onCancel: cancelInsert } : undefined}
            note="Word is applying the change. Once it is done you can take it back with “Remove what was just inserted”."
            returnFocusTo={busy.kind === "full" ? fullButton : missingButton}
          />
        )}
        {outcome?.receipt && (
          // Undo in Word may take back only part of an insert (WORD-SEMANTICS 70): one action removes all of it.
          <div className={styles.actions}>
            <Button appearance="secondary" disabledFocusable={busy !== null} onClick={() => void removeLastInsert(services)}>
              Remove what was just inserted
            </Button>
            {/* No Cancel: once it has read what to remove, Word removes it all in one batch. */}
            {busy?.kind === "remove" && <DelayedProgress label="Removing what was just inserted…" />}
          </div>
        )}
        <ConfirmDialog
          open={second !== null}
          title={<>Insert sections for {second?.second} as well?</>}
          confirm="Insert as well"
          cancel="Don't insert"
          onConfirm={() => answerSecondInspection(true)}
          onCancel={() => answerSecondInspection(false)}
        >
          This document already holds the response to {second?.first}. Insert sections for {second?.second} as well?
        </ConfirmDialog>
      </section>
      <Divider />
      <section aria-labelledby="wording-heading" className={styles.section}>
        <Subtitle2 as="h3" id="wording-heading" className={styles.heading}>
          Standard wording
        </Subtitle2>
        <Caption1 as="p">Approved wording for openings, responses, partnership, victims' services, closings and sign-off, filled in for this inspection.</Caption1>
        <Button onClick={() => showTab("wording")}>Find standard wording</Button>
      </section>
      <Divider />
      <section aria-labelledby="recs-heading">
        <Subtitle2 as="h3" id="recs-heading" className={styles.heading}>
          Recommendations ({inspection.recommendations.length})
        </Subtitle2>
        <RecommendationList
          inspection={inspection}
          disabled={disabled}
          insertingRecId={busy?.kind === "section" ? busy.recId : null}
          onInsertSection={(recId) => void insertSection(services, recId)}
        />
      </section>
    </div>
  );
}
