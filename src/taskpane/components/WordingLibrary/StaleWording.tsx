import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { applyStaleUpdate, cancelStaleUpdate, findStaleWording, goToStaleBlock, keepStaleBlock, previewStaleUpdate, staleShown, updateFor } from "../../actions/staleWording";
import type { StaleBlock } from "../../domainApi";
import { useServices } from "../../services";
import { selectedInspection } from "../../store/selectors";
import { useStore } from "../../store/store";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  diff: { whiteSpace: "pre-wrap", lineHeight: tokens.lineHeightBase300, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2 },
  removed: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground1 },
  added: { textDecorationLine: "underline", color: tokens.colorPaletteGreenForeground1, backgroundColor: tokens.colorPaletteGreenBackground1 },
});

type Prepared = Awaited<ReturnType<typeof updateFor>>;

/** The preview of one update: the difference word by word, a warning when the author edited the block, and the buttons. */
function UpdatePreview({ block, busy }: { block: StaleBlock; busy: boolean }) {
  const styles = useStyles();
  const services = useServices();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const today = services.now().toDateString();
  useEffect(() => {
    let live = true;
    void updateFor(useStore.getState(), block, new Date(today)).then((p) => live && setPrepared(p));
    return () => {
      live = false;
    };
  }, [block, today]);
  if (!prepared) return <Spinner size="tiny" label="Preparing the preview…" />;
  const { update, control } = prepared;
  const next = update.next;
  if (!next || !control) return null;
  return (
    <section aria-label={`Update “${block.title}”`} className={styles.root}>
      <Text weight="semibold">
        Version {block.stale.version} in the document → version {next.version} now approved
      </Text>
      <Caption1 className={styles.muted}>Struck-through words go, underlined words come in; nothing outside this block changes.</Caption1>
      <div className={styles.diff} data-testid="wording-diff">
        {update.diff.map((part, i) =>
          part.kind === "same" ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === "removed" ? (
            <del key={i} className={styles.removed}>
              {part.text}
            </del>
          ) : (
            <ins key={i} className={styles.added}>
              {part.text}
            </ins>
          ),
        )}
      </div>
      {update.edited !== false && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {update.edited
              ? "This block has been edited since it was inserted: updating replaces those edits with the approved text."
              : `Version ${block.stale.version} is not in the library, so the add-in cannot tell whether this block was edited: updating replaces whatever it holds.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void applyStaleUpdate(services, update, control)}>
          {update.edited === false ? `Update to version ${next.version}` : `Replace the edited text with version ${next.version}`}
        </Button>
        <Button disabled={busy} onClick={cancelStaleUpdate}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

/** Wording in the open document whose entry has moved on: update each block, keep it, or go to it. */
export function StaleWording() {
  const styles = useStyles();
  const services = useServices();
  const state = useStore(
    useShallow((s) => ({ stale: s.wording.stale, kept: s.wording.kept, busy: s.wording.staleBusy, updating: s.wording.updating, inspection: selectedInspection(s) })),
  );
  const { busy, updating, inspection } = state;
  // Read when the tab opens and again whenever the office's library changes (a new version saved or imported).
  const office = useStore((s) => s.wording.office);
  const organisation = useStore((s) => s.wording.organisation);
  const loaded = useStore((s) => s.wording.loaded);
  useEffect(() => {
    if (loaded) void findStaleWording(services);
  }, [office, organisation, loaded, services]);
  const checked = state.stale !== null;
  const shown = staleShown({ wording: { stale: state.stale, kept: state.kept } });
  const recNumber = (block: StaleBlock) => inspection?.recommendations.find((r) => r.id === block.recId)?.number;
  return (
    <section aria-label="Outdated wording in this document" className={styles.root}>
      <div className={styles.row}>
        <Text weight="semibold">Outdated wording in this document</Text>
        <Button size="small" disabled={busy} onClick={() => void findStaleWording(services)}>
          {checked ? "Check again" : "Check the document"}
        </Button>
        {busy && <Spinner size="tiny" aria-label="Reading the document" />}
      </div>
      {checked && (
        <Caption1 aria-live="polite">
          {shown.length === 0 ? "No outdated wording: every block of approved wording is the current version." : `${shown.length} ${shown.length === 1 ? "block needs" : "blocks need"} attention.`}
        </Caption1>
      )}
      <ul className={styles.list} aria-label="Outdated wording">
        {shown.map((block) => {
          const number = recNumber(block);
          const where = number !== undefined ? ` · in the response to recommendation ${number}` : "";
          return (
            <li key={block.controlId} className={styles.item}>
              <Text>
                {block.title}
                <Caption1 className={styles.muted} as="span">
                  {block.stale.kind === "retired"
                    ? ` · version ${block.stale.version}, retired: remove it or use other wording${where}`
                    : ` · version ${block.stale.version}; version ${block.stale.current.version} is approved${where}`}
                </Caption1>
              </Text>
              <div className={styles.row}>
                {block.stale.kind === "newer" && updating !== block.controlId && (
                  <Button size="small" appearance="primary" disabled={busy} onClick={() => void previewStaleUpdate(services, block.controlId)}>
                    Update…
                  </Button>
                )}
                <Button size="small" onClick={() => keepStaleBlock(block.controlId)} aria-label={`Keep “${block.title}” as it is`}>
                  Keep
                </Button>
                <Button size="small" onClick={() => void goToStaleBlock(services, block)} aria-label={`Go to “${block.title}”`}>
                  Go to
                </Button>
              </div>
              {updating === block.controlId && <UpdatePreview block={block} busy={busy} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
