import { Badge, makeStyles, mergeClasses, type BadgeProps } from "@fluentui/react-components";
import { CheckmarkCircleRegular, ClockRegular, DismissCircleRegular, EditRegular } from "@fluentui/react-icons";
import type { CoverageStatus } from "../../../domain/coverage/types";

const LOOK: Record<CoverageStatus, { color: BadgeProps["color"]; icon: JSX.Element; text: string }> = {
  answered: { color: "success", icon: <CheckmarkCircleRegular />, text: "answered" },
  deferred: { color: "informative", icon: <ClockRegular />, text: "deferred" },
  placeholder: { color: "warning", icon: <EditRegular />, text: "placeholder" },
  missing: { color: "danger", icon: <DismissCircleRegular />, text: "missing" },
};

/**
 * A status shown by word and icon as well as colour; screen readers hear "recommendation 3: missing"
 * (`subject` names what the status is of).
 */
const useStyles = makeStyles({
  // Keeps its size in a narrow row; the text beside it wraps instead.
  badge: { flexShrink: 0 },
});

export function StatusBadge({ status, subject, className }: { status: CoverageStatus; subject: string; className?: string }) {
  const styles = useStyles();
  const look = LOOK[status];
  return (
    <Badge className={mergeClasses(styles.badge, className)} role="img" aria-label={`${subject}: ${look.text}`} appearance="tint" color={look.color} icon={look.icon} shape="rounded">
      {look.text}
    </Badge>
  );
}
