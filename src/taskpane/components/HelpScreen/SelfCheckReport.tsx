import { Badge, Body1, Button, Caption1, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { NOT_CHECKED, copyToClipboard, platformName, selfCheckDetail, selfCheckReportText } from "../../actions/selfCheck";
import type { SelfCheckReport } from "../../store/selfCheckSlice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, width: "100%", minWidth: 0 },
  verdict: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  texts: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  text: { width: "100%", minWidth: 0 },
});

type Copy = "idle" | "copied" | "by-hand";

/** The result of "Check this copy of Word": PASS/FAIL, one line per house style, Word's facts, and the report to copy. */
export function SelfCheckReportView({ report }: { report: SelfCheckReport }) {
  const styles = useStyles();
  const [copy, setCopy] = useState<Copy>("idle");
  const area = useRef<HTMLTextAreaElement>(null);
  const text = selfCheckReportText(report);
  const { passed, lines } = report.result;

  // Copying was refused: the text is shown selected, ready for Ctrl+C.
  useEffect(() => {
    if (copy === "by-hand") area.current?.select();
  }, [copy]);

  const onCopy = async () => setCopy((await copyToClipboard(text)) ? "copied" : "by-hand");

  return (
    <div className={styles.root} role="region" aria-label="Check report">
      <div className={styles.verdict} role="status">
        <Badge appearance="filled" color={passed ? "success" : "danger"} size="large">
          {passed ? "PASS" : "FAIL"}
        </Badge>
        <Text weight="semibold">{passed ? "This copy of Word builds every house style correctly." : "Something went wrong in this copy of Word."}</Text>
      </div>
      <Caption1>
        {platformName(report.platform)}, WordApi {report.wordApi}
      </Caption1>
      <ul className={styles.list} aria-label="Result for each house style">
        {lines.map((l) => (
          <li key={l.name} className={styles.line}>
            <Badge appearance="tint" color={l.passed ? "success" : "danger"}>
              {l.passed ? "PASS" : "FAIL"}
            </Badge>
            <span className={styles.texts}>
              <Body1>{l.name}</Body1>
              <Caption1 className={styles.detail}>{selfCheckDetail(l)}</Caption1>
            </span>
          </li>
        ))}
        {report.notChecked.map((name) => (
          <li key={name} className={styles.line}>
            <Badge appearance="tint" color="informative">
              NOT CHECKED
            </Badge>
            <span className={styles.texts}>
              <Body1>{name}</Body1>
              <Caption1 className={styles.detail}>{NOT_CHECKED}</Caption1>
            </span>
          </li>
        ))}
      </ul>
      {!passed && <Body1>Copy the report to whoever supports the add-in, then close this document without saving it.</Body1>}
      <div className={styles.row}>
        <Button icon={<CopyRegular />} onClick={() => void onCopy()}>
          Copy report
        </Button>
        {copy === "copied" && <Caption1 role="status">Report copied: paste it into your message.</Caption1>}
      </div>
      {copy === "by-hand" && (
        <Field label="Report" hint="This copy of Word did not allow copying from the add-in: select the text and copy it with Ctrl+C (⌘C on a Mac)." className={styles.text}>
          <Textarea ref={area} readOnly value={text} resize="vertical" rows={Math.min(10, text.split("\n").length + 1)} />
        </Field>
      )}
    </div>
  );
}
