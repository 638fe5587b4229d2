import { FluentProvider, Spinner, Tab, TabList, Text, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { Suspense, useEffect, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { prepareFirstScreen } from "../../actions/firstScreen";
import { showTab } from "../../actions/navigation";
import { ServicesProvider, useServices, type Services } from "../../services";
import { useStore } from "../../store/store";
import type { PaneTab } from "../../store/uiSlice";
import { CatalogPicker } from "../CatalogPicker";
import { MessageArea } from "../MessageArea";
import { Welcome } from "../Welcome";
// Loaded after the first paint (issues 5 and 12): the start-up work and all screens but the first.
import { CoveragePanel, DraftPanel, HelpScreen, SettingsScreen, WordingLibrary, preloadTab, startOnce } from "./screens";

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
  { value: "wording", label: "Wording" },
  { value: "coverage", label: "Coverage" },
  { value: "settings", label: "Settings" },
  { value: "help", label: "Help" },
];

function Pane() {
  const styles = useStyles();
  const services = useServices();
  const { tab, welcomeDone } = useStore(useShallow((s) => ({ tab: s.ui.tab, welcomeDone: s.settings.welcomeDone })));

  // The first screen needs nothing more (App prepared it). The start-up work waits until it is
  // painted; the other screens wait for its first part (settings and house styles read).
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void startOnce(services, () => live).then(async () => {
      if (!live) return;
      setStarted(true);
      // Following the document's changes needs the coverage code, which comes with the start-up work.
      const { watchDocument } = await import(/* webpackChunkName: "startup" */ "../../actions/coverage");
      if (live) stop = watchDocument(services);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [services]);

  // When the welcome closes or an action switches the screen (choosing an inspection opens Draft),
  // the focused element goes away; keyboard users continue from the selected tab, not the page top.
  // Only while the pane has focus: never take it from the person typing in the document. Found by id:
  // Fluent marks the tab aria-selected one render after this effect runs.
  const tabs = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (welcomeDone && lost && document.hasFocus()) tabs.current?.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }, [tab, welcomeDone]);

  const opening = <Spinner size="small" label="Opening…" />;
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
          <TabList ref={tabs} className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => showTab(data.value as PaneTab)} aria-label="Screens">
            {TABS.map((t) => (
              <Tab
                key={t.value}
                value={t.value}
                id={`tab-${t.value}`}
                aria-controls={`panel-${t.value}`}
                // Heading for a tab fetches its screen, so it usually opens with no progress frame.
                onPointerEnter={() => preloadTab(t.value)}
                onFocus={() => preloadTab(t.value)}
              >
                {t.label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === "inspections" && <CatalogPicker />}
            <Suspense fallback={opening}>
              {/* The other screens need the start-up work's first part (settings, house styles). */}
              {tab !== "inspections" && !started ? (
                opening
              ) : (
                <>
                  {tab === "draft" && <DraftPanel />}
                  {tab === "wording" && <WordingLibrary />}
                  {tab === "coverage" && <CoveragePanel />}
                  {tab === "settings" && <SettingsScreen />}
                  {tab === "help" && <HelpScreen />}
                </>
              )}
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
  // Before the pane first renders: the welcome or the list, and the list's inspections (issue 12;
  // the entry has usually done it already, and it is done once per set of services).
  useState(() => void prepareFirstScreen(services));
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
