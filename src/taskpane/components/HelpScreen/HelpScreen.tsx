import { Body1, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useShallow } from "zustand/react/shallow";
import { runSelfCheck } from "../../actions/selfCheck";
import { useServices } from "../../services";
import { useStore } from "../../store/store";
import { DelayedProgress } from "../DelayedProgress";
import { SelfCheckReportView } from "./SelfCheckReport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  subheading: { margin: 0 },
});

/** Help: what to do when the add-in misbehaves, and the check to send to whoever supports it. Loaded lazily. */
export default function HelpScreen() {
  const styles = useStyles();
  const services = useServices();
  const { running, report } = useStore(useShallow((s) => ({ running: s.selfCheck.running, report: s.selfCheck.report })));
  return (
    <section className={styles.root} aria-labelledby="help-heading">
      <h2 id="help-heading" className={styles.heading}>
        Help
      </h2>
      <Body1>If a response comes out wrong in this copy of Word, run the check below and send its report to whoever supports the add-in in your office.</Body1>
      <section className={styles.section} aria-labelledby="self-check-heading">
        <Text as="h3" id="self-check-heading" weight="semibold" className={styles.subheading}>
          Check this copy of Word
        </Text>
        <Body1 id="self-check-about">
          Open a new blank document first: the check inserts a test section in each built-in house style, makes sure Word built it correctly, then removes it.
        </Body1>
        {/* Focusable while disabled, so a keyboard user stays on it while the check runs. */}
        <Button appearance="primary" aria-describedby="self-check-about" disabledFocusable={running} onClick={() => void runSelfCheck(services)}>
          Check this copy of Word
        </Button>
        {running && <DelayedProgress label="Checking this copy of Word…" note="Leave the document alone until the check has finished." />}
        {report && <SelfCheckReportView report={report} />}
      </section>
    </section>
  );
}
