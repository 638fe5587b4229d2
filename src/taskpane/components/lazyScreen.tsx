/**
 * A screen whose code is loaded on demand, so it stays out of the bundle the pane loads at start
 * (issue 5, the bundle budget). Unlike React.lazy it can be preloaded: once `preload()` has
 * finished, the screen renders at once, with no fallback frame, when the user opens it. Render it
 * inside <Suspense>; while the code is still on its way it suspends.
 */
import type { ComponentType, ReactElement } from "react";
import { ScreenUnavailable } from "./ScreenUnavailable";

export interface LazyScreen<P extends object> {
  (props: P): ReactElement;
  /** Starts loading the code (once); resolves when the screen can render. Never rejects. */
  preload(): Promise<void>;
}

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let Loaded: ComponentType<P> | undefined;
  let failed = false;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        Loaded = component;
      },
      () => {
        // Shown in place of the screen; a rejected promise thrown to Suspense would retry forever.
        failed = true;
      },
    ));
  function Screen(props: P): ReactElement {
    if (Loaded) return <Loaded {...props} />;
    if (failed) return <ScreenUnavailable />;
    // Suspense protocol of React 18: throwing a promise shows the fallback until it settles.
    throw preload();
  }
  return Object.assign(Screen, { preload });
}
