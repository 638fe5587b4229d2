import { Button, Caption1, Field, MessageBar, MessageBarActions, MessageBarBody, SearchBox, Select, Switch, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { StarFilled, StarRegular } from "@fluentui/react-icons";
import { useEffect, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { createWordingSearch, entryState, mergeCategories } from "../../../domain/wording";
import {
  chooseWording,
  chooseWordingRecommendation,
  currentWordingOptions,
  dismissWordingOffer,
  editWording,
  exportWording,
  filterWording,
  importWordingFile,
  insertChosenWording,
  loadWording,
  saveWordingForm,
  searchWording,
  setWordingEditor,
  toggleFavourite,
  libraryInUse,
} from "../../actions/wording";
import { refusalText, targetText } from "../../actions/insertOutcome";
import { readFileText } from "../../readFile";
import { useServices } from "../../services";
import { selectedInspection } from "../../store/selectors";
import { useStore } from "../../store/store";
import { FilePickButton } from "../FilePickButton";
import { StaleWording } from "./StaleWording";
import { LibrarySource } from "./LibrarySource";
import { WordingEditor } from "./WordingEditor";
import { WordingPreview } from "./WordingPreview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  entry: { flexGrow: 1, justifyContent: "flex-start", textAlign: "start", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  grow: { flexGrow: 1 },
});

/** The Wording tab: find approved wording, see it filled in, insert it; comms editors maintain the library. */
export function WordingLibrary() {
  const styles = useStyles();
  const services = useServices();
  useEffect(() => loadWording(services), [services]);
  const state = useStore(
    useShallow((s) => ({
      wording: s.wording,
      inspection: selectedInspection(s),
      settings: s.settings.saved,
      busy: s.drafting.busy,
    })),
  );
  const { wording, inspection, busy } = state;
  const today = services.now().toDateString();
  const { categories: ownCategories, organisationCategories } = wording;
  const categories = useMemo(() => mergeCategories([...organisationCategories, ...ownCategories]), [organisationCategories, ownCategories]);
  const options = useMemo(
    () => currentWordingOptions(useStore.getState(), new Date(today)),
    // Everything the options are made from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [wording.office, wording.organisation, wording.categories, wording.organisationCategories, wording.editor, wording.recId, state.settings, inspection, today],
  );
  const search = useMemo(() => createWordingSearch(options, (id) => categories.find((c) => c.id === id)?.label ?? id), [options, categories]);
  const byId = new Map(options.map((o) => [o.id, o]));
  const ranked = search.search(wording.query).flatMap((id) => byId.get(id) ?? []);
  const filter = wording.filter;
  const shown =
    filter === "favourites"
      ? ranked.filter((o) => wording.favourites.includes(o.id))
      : filter === "recent"
        ? (wording.query.trim() ? ranked : wording.recent.flatMap((id) => byId.get(id) ?? [])).filter((o) => wording.recent.includes(o.id))
        : filter
          ? ranked.filter((o) => o.category === filter)
          : ranked;
  const chosen = wording.chosenId ? (byId.get(wording.chosenId) ?? null) : null;
  const editingEntry = wording.editing && wording.editing !== "new" ? (entryState(libraryInUse(wording), wording.editing)?.latest ?? null) : null;

  return (
    <div className={styles.root}>
      <Switch
        label="I maintain the office's wording (comms)"
        checked={wording.editor}
        onChange={(_, d) => setWordingEditor(services, d.checked)}
      />
      <LibrarySource />
      <div className={styles.row}>
        <Field label="Find wording" className={styles.grow}>
          <SearchBox value={wording.query} placeholder="Words from the title, text or tags" onChange={(_, d) => searchWording(d.value)} />
        </Field>
        <Field label="Show">
          <Select value={filter ?? ""} onChange={(_, d) => filterWording(d.value || null)}>
            <option value="">All categories</option>
            <option value="favourites">Favourites</option>
            <option value="recent">Recently used</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {inspection && (
        <Field label="For recommendation" hint="Fills {number} and {addressees} in response wording.">
          <Select value={wording.recId ?? ""} onChange={(_, d) => chooseWordingRecommendation(d.value || null)}>
            <option value="">None chosen</option>
            {inspection.recommendations.map((r) => (
              <option key={r.id} value={r.id}>
                Recommendation {r.number}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Caption1 aria-live="polite">
        {shown.length === 0 ? (filter === "favourites" && !wording.query ? "No favourites yet: star wording to keep it here." : "No wording matches.") : `${shown.length} ${shown.length === 1 ? "entry" : "entries"}`}
      </Caption1>
      <ul className={styles.list} aria-label="Wording">
        {shown.map((o) => {
          const favourite = wording.favourites.includes(o.id);
          return (
            <li key={o.id} className={styles.item}>
              <ToggleButton appearance="subtle" className={styles.entry} checked={o.id === wording.chosenId} onClick={() => chooseWording(o.id)}>
                <span>
                  {o.title}
                  {wording.editor && o.status !== "approved" ? ` (${o.status})` : ""}
                  <Caption1 className={styles.muted} as="span">
                    {" "}
                    · {o.categoryLabel}
                  </Caption1>
                </span>
              </ToggleButton>
              <Button
                appearance="transparent"
                size="small"
                icon={favourite ? <StarFilled /> : <StarRegular />}
                aria-label={favourite ? `Remove ${o.title} from favourites` : `Add ${o.title} to favourites`}
                aria-pressed={favourite}
                onClick={() => toggleFavourite(services, o.id)}
              />
            </li>
          );
        })}
      </ul>
      {chosen && wording.offer?.wordingId === chosen.id && (
        <MessageBar intent="warning" layout="multiline" politeness="assertive">
          <MessageBarBody>
            {refusalText(wording.offer.reason)} Insert it {targetText(wording.offer.nearest, inspection ?? undefined)} instead?
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={busy !== null} onClick={() => wording.offer && void insertChosenWording(services, chosen, wording.offer.nearest)}>
              Insert it there
            </Button>
            <Button onClick={dismissWordingOffer}>Cancel</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {chosen && wording.editing === null && (
        <WordingPreview
          option={chosen}
          disabled={busy !== null}
          inserting={busy?.kind === "wording"}
          onInsert={() => void insertChosenWording(services, chosen)}
          onEdit={wording.editor ? () => editWording(chosen.id) : undefined}
        />
      )}
      <StaleWording />
      {wording.editor && (
        <section aria-label="Maintain the library" className={styles.root}>
          <Text weight="semibold">Maintain the library</Text>
          {wording.editing !== null ? (
            <WordingEditor
              key={wording.editing}
              entry={editingEntry}
              categories={categories}
              onSave={(form) => saveWordingForm(services, form, wording.editing === "new")}
              onCancel={() => editWording(null)}
            />
          ) : (
            <div className={styles.row}>
              <Button onClick={() => editWording("new")}>New entry</Button>
              <FilePickButton
                inputLabel="Wording library file"
                accept=".json,application/json"
                onFile={(file) => void importWordingFile(services, { name: file.name, size: file.size, text: () => readFileText(file) })}
              >
                Import library
              </FilePickButton>
              <Button onClick={() => exportWording(services)}>Export library</Button>
            </div>
          )}
          {wording.importError && (
            <MessageBar intent="error" layout="multiline" politeness="assertive">
              <MessageBarBody>{wording.importError}</MessageBarBody>
            </MessageBar>
          )}
          <Caption1 className={styles.muted}>
            Edits and imports are saved in this browser for you. Share the office's library by exporting it and importing it on other computers.
          </Caption1>
        </section>
      )}
    </div>
  );
}

export default WordingLibrary;
