import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId } from "react";
import { useShallow } from "zustand/react/shallow";
import { checkReadyToPublish, goToPublishItem, showingPublishList } from "../../actions/coverage";
import { useServices } from "../../services";
import { selectedInspection } from "../../store/selectors";
import { useStore } from "../../store/store";
import { DelayedProgress } from "../DelayedProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { overflowWrap: "anywhere" },
  go: { minWidth: 0, height: "auto", paddingLeft: 0, paddingRight: 0, justifyContent: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightRegular },
});

/** One thing left before publication: a way to its place in the document when it has one. */
function PlaceItem({ message, location }: { message: string; location: Parameters<typeof goToPublishItem>[1] }) {
  const styles = useStyles();
  const services = useServices();
  return (
    <li className={styles.item}>
      {location ? (
        <Button appearance="transparent" size="small" className={styles.go} title="Go to this place in the document" onClick={() => void goToPublishItem(services, location)}>
          {message}
        </Button>
      ) : (
        <Caption1>{message}</Caption1>
      )}
    </li>
  );
}

/** "Ready to publish?": one button, then everything left before publication, each a way to its place. */
export function PublishCheckPanel() {
  const styles = useStyles();
  const services = useServices();
  const optionalId = useId();
  const { inspectionId, publish, checking } = useStore(
    useShallow((s) => ({ inspectionId: selectedInspection(s)?.id, publish: s.coverage.publish, checking: s.coverage.checkingPublish })),
  );
  const check = publish && publish.inspectionId === inspectionId ? publish.check : null;
  // While the list is on screen, each coverage check recomputes it (no second click).
  const shown = check !== null;
  useEffect(() => (shown ? showingPublishList(services) : undefined), [services, shown]);
  return (
    <section className={styles.root} aria-label="Ready to publish">
      <Button appearance="secondary" disabledFocusable={checking} onClick={() => void checkReadyToPublish(services)}>
        Ready to publish?
      </Button>
      {checking && <DelayedProgress label="Checking the whole document…" />}
      {check && check.ready && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Ready to publish</MessageBarTitle>
            {check.deadlineLine} Every recommendation is answered and the letter is complete. Send copies to HMICFRS and the Home Secretary.
          </MessageBarBody>
        </MessageBar>
      )}
      {check && !check.ready && (
        <>
          <Caption1 role="status">
            Not ready yet: {check.items.length} thing{check.items.length === 1 ? "" : "s"} left.
          </Caption1>
          <Caption1>{check.deadlineLine}</Caption1>
          <ul className={styles.list} aria-label="Left before publication">
            {check.items.map((item, i) => (
              <PlaceItem key={`${item.code}-${i}`} message={item.message} location={item.location} />
            ))}
          </ul>
        </>
      )}
      {check && check.optional.length > 0 && (
        <>
          <Caption1 id={optionalId}>Optional, and no bar to publication: areas for improvement not yet answered.</Caption1>
          <ul className={styles.list} aria-labelledby={optionalId}>
            {check.optional.map((item) => (
              <PlaceItem key={item.areaId} message={item.message} location={item.location} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
