import { Button, Caption1, SearchBox, Spinner, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { Suspense, useEffect, useMemo, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { loadCatalog, selectInspection, setCatalogQuery } from "../../actions/catalog";
import { cameBackFromImport, openImport } from "../../actions/ownInspections";
import { useFirstScreenMark } from "../../firstScreen";
import { useServices } from "../../services";
import { byDeadline, filteredInspections } from "../../store/selectors";
import { useStore } from "../../store/store";
import { ImportInspection } from "../App/screens";
import { InspectionSummary } from "../InspectionSummary";
import { useSharedStyles } from "../sharedStyles";
import { OwnInspectionActions } from "./OwnInspectionActions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tools: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  search: { flexGrow: 1, flexBasis: "12rem", minWidth: 0, maxWidth: "100%" },
  group: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  entry: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    height: "auto",
    minWidth: 0,
  },
  selected: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
});

/**
 * Choose the inspection to respond to: the built-in catalog, the office's own (added here) and one
 * stored in the document, by what needs attention. Add inspection opens in place of the list.
 */
export function CatalogPicker() {
  const importing = useStore((s) => s.importing.open);
  const shared = useSharedStyles();
  return (
    <section aria-labelledby="catalog-heading">
      <h2 id="catalog-heading" className={shared.visuallyHidden}>
        Inspections
      </h2>
      {importing ? (
        <Suspense fallback={<Spinner size="small" label="Opening…" />}>
          <ImportInspection />
        </Suspense>
      ) : (
        <InspectionList />
      )}
    </section>
  );
}

function InspectionList() {
  const styles = useStyles();
  const services = useServices();
  const today = services.now();
  const { status, query, selectedId, fromDocument, own, organisation, total } = useStore(
    useShallow((s) => ({
      status: s.catalog.status,
      query: s.catalog.query,
      selectedId: s.catalog.selectedId,
      fromDocument: s.catalog.fromDocument,
      own: s.catalog.own,
      organisation: s.catalog.organisation,
      total: s.catalog.inspections.length,
    })),
  );
  const inspections = useStore(useShallow(filteredInspections));
  const day = today.toDateString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- regrouped when the day changes, not on every new Date
  const { due, past } = useMemo(() => byDeadline(inspections, today), [inspections, day]);

  // A returning user's first screen, once the list (or why it is missing) is shown.
  const listed = status === "checking" || status === "ready";
  useFirstScreenMark(listed || status === "failed");

  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Back from Add inspection (the user just pressed a button there, which has gone), keyboard
    // users continue from the button that opened it.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (cameBackFromImport() && lost) addButton.current?.focus();
  }, []);

  const renderList = (list: typeof inspections, label: string) => (
    <ul className={styles.list} aria-label={label}>
      {list.map((inspection) => {
        const selected = inspection.id === selectedId;
        const isOwn = own.includes(inspection.id);
        return (
          <li key={inspection.id} className={styles.entry}>
            <Button
              appearance={selected ? "outline" : "secondary"}
              className={selected ? mergeClasses(styles.item, styles.selected) : styles.item}
              aria-current={selected ? "true" : undefined}
              onClick={() => selectInspection(inspection.id)}
            >
              <InspectionSummary inspection={inspection} today={today} own={isOwn} organisation={organisation.some((o) => o.id === inspection.id)} fromDocument={fromDocument.includes(inspection.id)} />
            </Button>
            {isOwn && <OwnInspectionActions inspection={inspection} />}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className={styles.root}>
      <div className={styles.tools}>
        <SearchBox
          className={styles.search}
          aria-label="Search inspections"
          placeholder="Search title, id or recommendation"
          value={query}
          onChange={(_, data) => setCatalogQuery(data.value)}
        />
        {/* Rarely used: its code is fetched when the user heads for it, not at start. */}
        <Button ref={addButton} onClick={openImport} onPointerEnter={ImportInspection.preload} onFocus={ImportInspection.preload}>
          Add inspection
        </Button>
      </div>
      {status === "loading" && <Spinner size="small" label="Loading the inspection catalog…" />}
      {status === "failed" && (
        <Button appearance="primary" onClick={() => void loadCatalog(services)}>
          Try loading the catalog again
        </Button>
      )}
      {total > 0 && (
        <Caption1 aria-live="polite">
          {inspections.length === total ? `${total} inspections` : `${inspections.length} of ${total} inspections match`}
        </Caption1>
      )}
      {listed && total > 0 && inspections.length === 0 && <Caption1>No inspection matches “{query}”. Try fewer words.</Caption1>}
      {due.length > 0 && (
        <>
          <Text as="h3" className={styles.group}>
            Response due, soonest first
          </Text>
          {renderList(due, "Inspections with a response due")}
        </>
      )}
      {past.length > 0 && (
        <>
          <Text as="h3" className={styles.group}>
            Past the 56-day deadline
          </Text>
          {renderList(past, "Inspections past the deadline")}
        </>
      )}
    </div>
  );
}
