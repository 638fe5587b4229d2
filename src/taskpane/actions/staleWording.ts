/**
 * Stale wording in the open document (issue 10): find the blocks whose entry has a newer approved
 * version or was retired, preview an update word by word, update one block (only it changes), keep
 * it as it is for this session, or go to it.
 */
import { emptySettings } from "../../domain/settings";
import { sameWording } from "../../domain/wording/diff";
import type { StaleBlock, WordingUpdate } from "../domainApi";
import type { Services } from "../services";
import { selectedInspection } from "../store/selectors";
import { patch, useStore, type Store } from "../store/store";
import { requestCoverageRefresh } from "./coverage";
import { clearTopic, showFailure, showMessage } from "./messages";
import { libraryInUse, wordingCategories } from "./wording";

const TOPIC = "stale-wording";

const loadDomain = () => import(/* webpackChunkName: "domain" */ "../domainApi");

/** Reads the document and lists its stale wording. */
export async function findStaleWording(services: Services): Promise<void> {
  if (useStore.getState().wording.staleBusy) return;
  patch("wording", { staleBusy: true });
  try {
    const [snapshot, { staleWordingIn }] = await Promise.all([services.port.readSnapshot("document"), loadDomain()]);
    const stale = staleWordingIn(snapshot, libraryInUse(useStore.getState().wording));
    const updating = useStore.getState().wording.updating;
    patch("wording", { stale, updating: stale.some((b) => b.controlId === updating) ? updating : null });
    clearTopic(TOPIC);
  } catch (error) {
    showFailure(TOPIC, "Could not check the document for outdated wording", error);
  } finally {
    patch("wording", { staleBusy: false });
  }
}

/** The blocks still to show: stale, and not kept by the user this session. */
export const staleShown = (state: { wording: Pick<Store["wording"], "stale" | "kept"> }): StaleBlock[] => (state.wording.stale ?? []).filter((b) => !state.wording.kept.includes(b.controlId));

/** What updating this block would do, filled for this office, inspection and the block's recommendation. */
export async function updateFor(state: Store, block: StaleBlock, today: Date) {
  const { wordingUpdateOf } = await loadDomain();
  return wordingUpdateOf(block, libraryInUse(state.wording), wordingCategories(state.wording), {
    settings: state.settings.saved ?? emptySettings(),
    inspection: selectedInspection(state),
    today,
  });
}

/** Opens the preview of an update: the document is read again first, so it shows what the block holds now. */
export async function previewStaleUpdate(services: Services, controlId: number): Promise<void> {
  await findStaleWording(services);
  const found = useStore.getState().wording.stale?.some((b) => b.controlId === controlId);
  if (!found) {
    showMessage(TOPIC, "info", "That wording is no longer outdated", "It has been changed or removed since the list was made.");
    return;
  }
  patch("wording", { updating: controlId });
}

export const cancelStaleUpdate = () => patch("wording", { updating: null });

/** "Keep": leaves the block as it is and stops listing it while this document is open. */
export function keepStaleBlock(controlId: number): void {
  const { kept, updating } = useStore.getState().wording;
  patch("wording", { kept: [...kept, controlId], updating: updating === controlId ? null : updating });
}

export async function goToStaleBlock(services: Services, block: StaleBlock): Promise<void> {
  try {
    await services.port.selectWording({ id: block.controlId, tag: block.tag });
    clearTopic("go-to");
  } catch (error) {
    showFailure("go-to", "Could not go to that wording", error);
  }
}

const quoted = (paragraphs: readonly string[]) => `“${paragraphs.join(" / ")}”`;

/**
 * Replaces the block's text with the current approved version (the pane has shown the difference
 * and, when the author had edited it, asked first). If the block changed between the preview and
 * the update, the message gives the text it held, so nothing the author wrote is lost.
 */
export async function applyStaleUpdate(services: Services, update: WordingUpdate, control: NonNullable<Awaited<ReturnType<typeof updateFor>>["control"]>): Promise<void> {
  const state = useStore.getState();
  if (state.wording.staleBusy) return;
  const { block } = update;
  patch("wording", { staleBusy: true });
  clearTopic(TOPIC);
  try {
    const replaced = await services.port.replaceWording({ id: block.controlId, tag: block.tag, ...(block.style ? { style: block.style } : {}) }, control);
    const stale = (useStore.getState().wording.stale ?? []).filter((b) => b.controlId !== block.controlId);
    patch("wording", { stale, updating: null });
    const title = `“${control.title}” updated to version ${update.next?.version ?? ""}`.trim();
    if (!sameWording(replaced.before, block.text))
      showMessage(TOPIC, "warning", title, `The block had changed since the preview; the text it held was: ${quoted(replaced.before)}. Copy it back from here if you need it.`);
    else if (!replaced.verified) showMessage(TOPIC, "warning", `${title}, but Word did not read it back as planned`, "Check the block in the document.");
    else showMessage(TOPIC, "success", title, "Only that block changed.");
    requestCoverageRefresh(services);
  } catch (error) {
    showFailure(TOPIC, `“${block.title}” could not be updated`, error);
  } finally {
    patch("wording", { staleBusy: false });
  }
}
