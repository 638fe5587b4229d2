import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { Suspense, lazy, useEffect } from "react";
import { useShallow } from "zustand/react/shallow";
import { watchDocument } from "../../actions/coverage";
import { showTab } from "../../actions/navigation";
import { startPane } from "../../actions/startup";
import { ServicesProvider, useServices, type Services } from "../../services";
import { useStore } from "../../store/store";
import type { PaneTab } from "../../store/uiSlice";
import { CatalogPicker } from "../CatalogPicker";
import { CoveragePanel } from "../CoveragePanel";
import { DraftPanel } from "../DraftPanel";
import { MessageArea } from "../MessageArea";
import { Welcome } from "../Welcome";

// Rarely used: kept out of the bundle the pane loads at start.
const SettingsScreen = lazy(() => import("../SettingsScreen"));

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    maxWidth: "100%",
  },
  tabs: { flexWrap: "wrap" },
  title: { margin: 0 },
});

const TABS: { value: PaneTab; label: string }[] = [
  { value: "inspections", label: "Inspections" },
  { value: "draft", label: "Draft" },
  { value: "coverage", label: "Coverage" },
  { value: "settings", label: "Settings" },
];

/** Starts the pane once per set of services (StrictMode runs effects twice in development). */
const started = new WeakSet<Services>();

function Pane() {
  const styles = useStyles();
  const services = useServices();
  const { tab, welcomeDone } = useStore(useShallow((s) => ({ tab: s.ui.tab, welcomeDone: s.settings.welcomeDone })));

  useEffect(() => {
    if (!started.has(services)) {
      started.add(services);
      void startPane(services);
    }
    return watchDocument(services);
  }, [services]);

  return (
    <main className={styles.root}>
      <Text as="h1" size={400} weight="semibold" className={styles.title}>
        Inspection Response Drafter
      </Text>
      <MessageArea />
      {!welcomeDone ? (
        <Welcome />
      ) : (
        <>
          <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => showTab(data.value as PaneTab)} aria-label="Screens">
            {TABS.map((t) => (
              <Tab key={t.value} value={t.value} id={`tab-${t.value}`} aria-controls={`panel-${t.value}`}>
                {t.label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === "inspections" && <CatalogPicker />}
            {tab === "draft" && <DraftPanel />}
            {tab === "coverage" && <CoveragePanel />}
            {tab === "settings" && (
              <Suspense fallback={<Spinner size="small" label="Opening settings…" />}>
                <SettingsScreen />
              </Suspense>
            )}
          </div>
        </>
      )}
    </main>
  );
}

export interface AppProps {
  services: Services;
  theme: Theme;
}

/** The whole task pane: Fluent theme, services, and the screens. */
export function App({ services, theme }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <ServicesProvider services={services}>
        <Pane />
      </ServicesProvider>
    </FluentProvider>
  );
}
