import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Inspection } from "../../../domain/catalog/types";
import { deleteOwnInspection, editOwnInspection, exportOwnInspection } from "../../actions/ownInspections";
import { useServices } from "../../services";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  confirm: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  question: { flexBasis: "100%", overflowWrap: "anywhere" },
});

/**
 * Edit, export and delete for one of the office's own inspections. Deleting asks first, in place
 * (a dialog would add its code to the start-up bundle, and Office add-ins cannot use confirm()).
 */
export function OwnInspectionActions({ inspection }: { inspection: Inspection }) {
  const styles = useStyles();
  const services = useServices();
  const [asking, setAsking] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = asking;
  }, [asking]);
  const name = `“${inspection.shortTitle}”`;

  if (asking) {
    return (
      <div className={styles.confirm} role="group" aria-label={`Delete ${name}?`}>
        <Caption1 className={styles.question}>Delete {name} from your inspections? Documents already drafted from it keep their own copy.</Caption1>
        <Button ref={confirmButton} size="small" appearance="primary" onClick={() => deleteOwnInspection(services, inspection.id)}>
          Delete
        </Button>
        <Button size="small" onClick={() => setAsking(false)}>
          Keep it
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.row}>
      <Button size="small" appearance="subtle" aria-label={`Edit ${name}`} onClick={() => void editOwnInspection(inspection.id)}>
        Edit
      </Button>
      <Button size="small" appearance="subtle" aria-label={`Export ${name} as JSON`} onClick={() => exportOwnInspection(services, inspection.id)}>
        Export
      </Button>
      <Button ref={deleteButton} size="small" appearance="subtle" aria-label={`Delete ${name}`} onClick={() => setAsking(true)}>
        Delete
      </Button>
    </div>
  );
}
