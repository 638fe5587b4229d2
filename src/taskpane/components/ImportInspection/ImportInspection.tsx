import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { useStore } from "../../store/store";
import { ImportPreview } from "./ImportPreview";
import { ImportSource } from "./ImportSource";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
});

/**
 * Add inspection (or edit one of the office's own): read a source, check and correct what was
 * found, save. In place of the inspection list; loaded only when opened.
 */
export function ImportInspection() {
  const styles = useStyles();
  const { hasDraft, editingTitle } = useStore(
    useShallow((s) => ({
      hasDraft: s.importing.draft !== null,
      editingTitle: s.importing.editingId ? (s.catalog.inspections.find((i) => i.id === s.importing.editingId)?.shortTitle ?? null) : null,
    })),
  );
  // Each step starts at its heading, so keyboard and screen reader users know where they are.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [hasDraft]);
  const title = editingTitle ? `Edit “${editingTitle}”` : hasDraft ? "Check what was found" : "Add an inspection";
  return (
    <div className={styles.root}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading} ref={heading} tabIndex={-1}>
        {title}
      </Text>
      {hasDraft ? <ImportPreview /> : <ImportSource />}
    </div>
  );
}
