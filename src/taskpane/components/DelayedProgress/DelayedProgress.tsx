import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";

/** Work shorter than this shows no progress at all: a flash of spinner is noise (issue 5). */
export const PROGRESS_DELAY_MS = 300;

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { flexBasis: "100%", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

export interface DelayedProgressProps {
  /** What is going on, e.g. "Reading the document…" (the spinner's name for screen readers too). */
  label: string;
  /** Offered while the work can still be stopped; leave out once it cannot. */
  cancel?: { text: string; name: string; onCancel: () => void };
  /** Said instead when it cannot be stopped, e.g. how to undo afterwards. */
  note?: string;
  /** Where keyboard focus goes when the Cancel button it was on goes away. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** Progress for work that may be long: shown after PROGRESS_DELAY_MS, with Cancel where it makes sense. */
export function DelayedProgress({ label, cancel, note, returnFocusTo }: DelayedProgressProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div className={styles.root}>
      <Spinner size="tiny" label={label} />
      {cancel && <CancelButton {...cancel} returnFocusTo={returnFocusTo} />}
      {!cancel && note && (
        <Caption1 role="status" className={styles.note}>
          {note}
        </Caption1>
      )}
    </div>
  );
}

function CancelButton({ text, name, onCancel, returnFocusTo }: NonNullable<DelayedProgressProps["cancel"]> & Pick<DelayedProgressProps, "returnFocusTo">) {
  const ref = useRef<HTMLButtonElement>(null);
  // When the button goes (cancelled, or the work got past the point of no return) a keyboard user's
  // focus would drop to the page top. Layout cleanup runs while the button is still in the page.
  useLayoutEffect(() => {
    const button = ref.current;
    return () => {
      // The caller's element as it is now, not at mount: it outlives this button (and may have been re-rendered).
      // eslint-disable-next-line react-hooks/exhaustive-deps -- reading the ref at cleanup is the point here
      if (button && button.ownerDocument.activeElement === button) returnFocusTo?.current?.focus();
    };
  }, [returnFocusTo]);
  return (
    <Button ref={ref} size="small" aria-label={name} onClick={onCancel}>
      {text}
    </Button>
  );
}
