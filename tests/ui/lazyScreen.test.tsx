/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { lazyScreen } from "../../src/taskpane/components/lazyScreen";

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

function inSuspense(element: JSX.Element) {
  return render(<Suspense fallback={<p>Opening…</p>}>{element}</Suspense>);
}

describe("a screen loaded after the pane starts", () => {
  it("shows a progress note while its code downloads, then the screen", async () => {
    let arrive: (c: typeof Hello) => void = () => undefined;
    const Screen = lazyScreen(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    inSuspense(<Screen name="Alex" />);
    expect(screen.getByText("Opening…")).toBeInTheDocument();
    arrive(Hello);
    expect(await screen.findByText("Hello Alex")).toBeInTheDocument();
  });

  it("opens at once, with no progress note, once preloaded", async () => {
    const Screen = lazyScreen(async () => Hello);
    await Screen.preload();
    inSuspense(<Screen name="Alex" />);
    expect(screen.getByText("Hello Alex")).toBeInTheDocument();
    expect(screen.queryByText("Opening…")).not.toBeInTheDocument();
  });

  it("says the screen could not be loaded when its code cannot be downloaded, instead of waiting forever", async () => {
    const Screen = lazyScreen<{ name: string }>(() => Promise.reject(new Error("ChunkLoadError: Loading chunk screen-draft failed")));
    inSuspense(<Screen name="Alex" />);
    expect(await screen.findByRole("alert")).toHaveTextContent("This part of the add-in could not be loaded. Check your connection");
    expect(screen.queryByText("Opening…")).not.toBeInTheDocument();
  });
});
