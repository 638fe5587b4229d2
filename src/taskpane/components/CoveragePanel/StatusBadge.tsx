import { Badge, makeStyles, mergeClasses, type BadgeProps } from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  CheckmarkCircleWarningRegular,
  ClockRegular,
  ClockWarningRegular,
  DismissCircleRegular,
  EditRegular,
  QuestionCircleRegular,
} from "@fluentui/react-icons";
import { PART_TO_CHECK, STANDING, type CoverageStatus, type Standing } from "../../../domain/coverage/types";

/**
 * What a badge shows: a recommendation's group (`standingOf`, the groups the headline counts), or
 * "check" for a part an answered recommendation may leave out (matched by topic words only: no
 * count, no blocker, so never in warning colours).
 */
export type BadgeKind = Standing | "check";

interface Look {
  color: BadgeProps["color"];
  icon: JSX.Element;
}

/** Warning colours exactly for the groups the headline does not count as done (STANDING[...].warn). */
const LOOK: Record<BadgeKind, (status: CoverageStatus) => Look> = {
  answered: () => ({ color: "success", icon: <CheckmarkCircleRegular /> }),
  deferred: () => ({ color: "informative", icon: <ClockRegular /> }),
  "not-reviewed": () => ({ color: "warning", icon: <ClockWarningRegular /> }),
  attention: (s) => ({ color: "warning", icon: s === "deferred" ? <ClockWarningRegular /> : <CheckmarkCircleWarningRegular /> }),
  placeholder: () => ({ color: "warning", icon: <EditRegular /> }),
  missing: () => ({ color: "danger", icon: <DismissCircleRegular /> }),
  check: () => ({ color: "subtle", icon: <QuestionCircleRegular /> }),
};

/** The badge's text and what a screen reader hears after "recommendation 3: ". */
export function wordsOf(kind: BadgeKind, status: CoverageStatus): { text: string; spoken: string } {
  if (kind === "check") return { text: PART_TO_CHECK, spoken: PART_TO_CHECK };
  return { text: STANDING[kind].badge(status), spoken: STANDING[kind].spoken(status) };
}

const useStyles = makeStyles({
  // Keeps its size in a narrow row; the text beside it wraps instead. A long status ("deferred ·
  // not reviewed") wraps inside the badge rather than widening the column for every row.
  badge: { flexShrink: 0, height: "auto", minHeight: "20px", maxWidth: "8.5em", whiteSpace: "normal", textAlign: "start" },
});

/**
 * A status shown by word and icon as well as colour; screen readers hear "recommendation 3: missing"
 * (`subject` names what the status is of).
 */
export function StatusBadge({ kind, status, subject, className }: { kind: BadgeKind; status: CoverageStatus; subject: string; className?: string }) {
  const styles = useStyles();
  const look = LOOK[kind](status);
  const words = wordsOf(kind, status);
  return (
    <Badge
      className={mergeClasses(styles.badge, className)}
      role="img"
      aria-label={`${subject}: ${words.spoken}`}
      data-standing={kind}
      appearance="tint"
      color={look.color}
      icon={look.icon}
      shape="rounded"
    >
      {words.text}
    </Badge>
  );
}
