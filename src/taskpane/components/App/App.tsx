import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { Suspense, useEffect, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { watchDocument } from "../../actions/coverage";
import { showTab } from "../../actions/navigation";
import { ServicesProvider, useServices, type Services } from "../../services";
import { useStore } from "../../store/store";
import type { PaneTab } from "../../store/uiSlice";
import { CatalogPicker } from "../CatalogPicker";
import { MessageArea } from "../MessageArea";
// Loaded after the first paint (bundle budget, issue 5): the start-up work and all screens but the list.
import { CoveragePanel, DraftPanel, HelpScreen, SettingsScreen, Welcome, preloadScreens, startOnce } from "./screens";

const useStyles = makeStyles({
  // On an inner div, not the FluentProvider: Fluent copies the provider's className onto every
  // portal (Dropdown lists, tooltips), and a full-height background there covered the pane.
  surface: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
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
  { value: "help", label: "Help" },
];

function Pane() {
  const styles = useStyles();
  const services = useServices();
  const { tab, welcomeDone } = useStore(useShallow((s) => ({ tab: s.ui.tab, welcomeDone: s.settings.welcomeDone })));

  // Until the saved settings are read, neither the welcome nor the tabs is known to be right.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void startOnce(services).then(() => {
      if (live) setReady(true);
      preloadScreens(useStore.getState().settings.welcomeDone);
    });
    const stop = watchDocument(services);
    return () => {
      live = false;
      stop();
    };
  }, [services]);

  // When the welcome closes or an action switches the screen (choosing an inspection opens Draft),
  // the focused element goes away; keyboard users continue from the selected tab, not the page top.
  // Only while the pane has focus: never take it from the person typing in the document. Found by id:
  // Fluent marks the tab aria-selected one render after this effect runs.
  const tabs = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (ready && welcomeDone && lost && document.hasFocus()) tabs.current?.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }, [tab, welcomeDone, ready]);

  return (
    <main className={styles.root}>
      <Text as="h1" size={400} weight="semibold" className={styles.title}>
        Inspection Response Drafter
      </Text>
      <MessageArea />
      {!ready ? (
        <Spinner size="small" label="Starting…" />
      ) : !welcomeDone ? (
        <Suspense fallback={<Spinner size="small" label="Starting…" />}>
          <Welcome />
        </Suspense>
      ) : (
        <>
          <TabList ref={tabs} className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => showTab(data.value as PaneTab)} aria-label="Screens">
            {TABS.map((t) => (
              <Tab key={t.value} value={t.value} id={`tab-${t.value}`} aria-controls={`panel-${t.value}`}>
                {t.label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === "inspections" && <CatalogPicker />}
            <Suspense fallback={<Spinner size="small" label="Opening…" />}>
              {tab === "draft" && <DraftPanel />}
              {tab === "coverage" && <CoveragePanel />}
              {tab === "settings" && <SettingsScreen />}
              {tab === "help" && <HelpScreen />}
            </Suspense>
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
    <FluentProvider theme={theme}>
      <div className={styles.surface}>
        <ServicesProvider services={services}>
          <Pane />
        </ServicesProvider>
      </div>
    </FluentProvider>
  );
}
