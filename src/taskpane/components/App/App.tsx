import { FluentProvider, Text, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import { prepareFirstScreen } from "../../actions/firstScreen";
import { ServicesProvider, useServices, type Services } from "../../services";
import { useStore } from "../../store/store";
import { MessageSlot, preloadMessageArea } from "../MessageSlot";
import { Welcome } from "../Welcome";
// Loaded after the first paint (issues 5 and 12): the start-up work and all screens but the first.
import { TabbedScreens, startOnce, whenPaintedAndIdle } from "./screens";

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
  title: { margin: 0 },
});

function Pane() {
  const styles = useStyles();
  const services = useServices();
  const welcomeDone = useStore((s) => s.settings.welcomeDone);

  // The first screen needs nothing more (App prepared it). The start-up work waits until it is
  // painted; the other screens wait for its first part (settings and house styles read).
  const [started, setStarted] = useState(false);
  useEffect(() => {
    // The messages' code, fetched once the first screen is painted (MessageSlot).
    whenPaintedAndIdle(() => void preloadMessageArea());
    // The tab bar's code (fetched with the page): ready when the welcome closes.
    whenPaintedAndIdle(() => void TabbedScreens.preload());
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

  return (
    <main className={styles.root}>
      <Text as="h1" size={400} weight="semibold" className={styles.title}>
        Inspection Response Drafter
      </Text>
      <MessageSlot />
      {!welcomeDone ? (
        <Welcome />
      ) : (
        // Loaded before a returning user's first render (index.tsx); after the welcome, at once.
        <Suspense fallback={<Text role="status">Opening…</Text>}>
          <TabbedScreens started={started} />
        </Suspense>
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
