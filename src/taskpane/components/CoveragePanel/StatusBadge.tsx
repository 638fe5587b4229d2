import { Badge, makeStyles, mergeClasses, type BadgeProps } from "@fluentui/react-components";
import { CheckmarkCircleRegular, CheckmarkCircleWarningRegular, ClockRegular, ClockWarningRegular, DismissCircleRegular, EditRegular } from "@fluentui/react-icons";
import type { CoverageStatus } from "../../../domain/coverage/types";

interface Look {
  color: BadgeProps["color"];
  icon: JSX.Element;
  text: string;
  /** What a screen reader hears after "recommendation 3: " (the text, unless it needs more). */
  spoken?: string;
}

/** Plain words: a part or recommendation with no answer is "not yet answered", never "placeholder". */
const LOOK: Record<CoverageStatus, Look> = {
  answered: { color: "success", icon: <CheckmarkCircleRegular />, text: "answered" },
  deferred: { color: "informative", icon: <ClockRegular />, text: "deferred" },
  placeholder: { color: "warning", icon: <EditRegular />, text: "not yet answered" },
  missing: { color: "danger", icon: <DismissCircleRegular />, text: "missing" },
};

/**
 * The status keeps its word when the answer needs attention, but never the look of "all is well":
 * the warning colour and an icon with a warning mark, as the headline counts it under "need attention".
 */
const ATTENTION: Record<"answered" | "deferred", Look> = {
  answered: { color: "warning", icon: <CheckmarkCircleWarningRegular />, text: "answered", spoken: "answered, needs attention" },
  deferred: { color: "warning", icon: <ClockWarningRegular />, text: "deferred", spoken: "deferred, needs attention" },
};

/** The add-in's own deferral wording, untouched: deferred, but not the office's answer yet. */
const NOT_REVIEWED: Look = { color: "warning", icon: <ClockWarningRegular />, text: "deferred · not reviewed", spoken: "deferred, not reviewed" };

/** What else the row says about its status: nothing, a warning or unanswered parts, or an unreviewed default deferral. */
export type Attention = "none" | "attention" | "not-reviewed";

export function lookOf(status: CoverageStatus, attention: Attention = "none"): Look {
  if (status === "deferred" && attention === "not-reviewed") return NOT_REVIEWED;
  if ((status === "answered" || status === "deferred") && attention !== "none") return ATTENTION[status];
  return LOOK[status];
}

/**
 * A status shown by word and icon as well as colour; screen readers hear "recommendation 3: missing"
 * (`subject` names what the status is of).
 */
const useStyles = makeStyles({
  // Keeps its size in a narrow row; the text beside it wraps instead. A long status ("deferred ·
  // not reviewed") wraps inside the badge rather than widening the column for every row.
  badge: { flexShrink: 0, height: "auto", minHeight: "20px", maxWidth: "8.5em", whiteSpace: "normal", textAlign: "start" },
});

export function StatusBadge({ status, attention = "none", subject, className }: { status: CoverageStatus; attention?: Attention; subject: string; className?: string }) {
  const styles = useStyles();
  const look = lookOf(status, attention);
  return (
    <Badge
      className={mergeClasses(styles.badge, className)}
      role="img"
      aria-label={`${subject}: ${look.spoken ?? look.text}`}
      data-attention={attention === "none" ? undefined : attention}
      appearance="tint"
      color={look.color}
      icon={look.icon}
      shape="rounded"
    >
      {look.text}
    </Badge>
  );
}
