import { Button, Caption1, SearchBox, Spinner, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useShallow } from "zustand/react/shallow";
import { loadCatalog, selectInspection, setCatalogQuery } from "../../actions/catalog";
import { useServices } from "../../services";
import { filteredInspections } from "../../store/selectors";
import { useStore } from "../../store/store";
import { InspectionSummary } from "../InspectionSummary";
import { useSharedStyles } from "../sharedStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
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

/** Choose the inspection to respond to from the built-in catalog (plus one stored in the document). */
export function CatalogPicker() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const services = useServices();
  const today = services.now();
  const { status, query, selectedId, fromDocument, total } = useStore(
    useShallow((s) => ({ status: s.catalog.status, query: s.catalog.query, selectedId: s.catalog.selectedId, fromDocument: s.catalog.fromDocument, total: s.catalog.inspections.length })),
  );
  const inspections = useStore(useShallow(filteredInspections));

  return (
    <section className={styles.root} aria-labelledby="catalog-heading">
      <h2 id="catalog-heading" className={shared.visuallyHidden}>
        Inspections
      </h2>
      <SearchBox
        aria-label="Search inspections"
        placeholder="Search inspections"
        value={query}
        onChange={(_, data) => setCatalogQuery(data.value)}
      />
      {status === "loading" && <Spinner size="small" label="Loading the inspection catalog…" />}
      {status === "failed" && (
        <Button appearance="primary" onClick={() => void loadCatalog(services)}>
          Try loading the catalog again
        </Button>
      )}
      {status === "ready" && total > 0 && (
        <Caption1 aria-live="polite">
          {inspections.length === total ? `${total} inspections` : `${inspections.length} of ${total} inspections match`}
        </Caption1>
      )}
      {status === "ready" && inspections.length === 0 && <Caption1>No inspection matches “{query}”. Try fewer words.</Caption1>}
      <ul className={styles.list} aria-label="Inspections">
        {inspections.map((inspection) => {
          const selected = inspection.id === selectedId;
          return (
            <li key={inspection.id}>
              <Button
                appearance={selected ? "outline" : "secondary"}
                className={selected ? `${styles.item} ${styles.selected}` : styles.item}
                aria-current={selected ? "true" : undefined}
                onClick={() => selectInspection(inspection.id)}
              >
                <InspectionSummary inspection={inspection} today={today} fromDocument={fromDocument.includes(inspection.id)} />
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
