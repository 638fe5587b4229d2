/**
 * The returning user's pane: the tab bar and the screen behind the selected tab (the inspection list
 * first). In its own chunk, "first-screen-tabs" (issue 12): a new user's first screen, the welcome,
 * never runs its code (the tab bar, SearchBox, Badge, Spinner). The page
 * fetches that chunk with the start-up bundles, in the first round of requests (webpack.config.js,
 * taskpane.html), and the entry waits for it before a returning user's first render, so that screen
 * still needs no further round trip and renders with no progress frame. The tab bar is our own
 * (TabBar), not Fluent's TabList, which would bring tabster's focus management to this screen's start.
 */
import { Spinner } from "@fluentui/react-components";
import { Suspense, useEffect, useRef } from "react";
import { moveToTab } from "../../actions/navigation";
import { useStore } from "../../store/store";
import type { PaneTab } from "../../store/uiSlice";
import { CatalogPicker } from "../CatalogPicker";
import { TabBar } from "../TabBar";
import { CoveragePanel, DraftPanel, HelpScreen, SettingsScreen, WordingLibrary, preloadTab } from "./screens";

const TABS: { value: PaneTab; label: string }[] = [
  { value: "inspections", label: "Inspections" },
  { value: "draft", label: "Draft" },
  { value: "wording", label: "Wording" },
  { value: "coverage", label: "Coverage" },
  { value: "settings", label: "Settings" },
  { value: "help", label: "Help" },
];

export interface TabbedScreensProps {
  /** Whether the start-up work's first part (settings, house styles) is done: the other screens need it. */
  started: boolean;
}

export function TabbedScreens({ started }: TabbedScreensProps) {
  const tab = useStore((s) => s.ui.tab);

  // When the welcome closes or an action switches the screen (choosing an inspection opens Draft),
  // the focused element goes away; keyboard users continue from the selected tab, not the page top.
  // Only while the pane has focus: never take it from the person typing in the document.
  const tabs = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && document.hasFocus()) tabs.current?.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }, [tab]);

  const opening = <Spinner size="small" label="Opening…" />;
  return (
    <>
      <TabBar
        ref={tabs}
        tabs={TABS}
        selected={tab}
        onSelect={moveToTab}
        label="Screens"
        tabId={(value) => `tab-${value}`}
        panelId={(value) => `panel-${value}`}
        // Heading for a tab fetches its screen, so it usually opens with no progress frame.
        onHeading={preloadTab}
      />
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
  );
}
