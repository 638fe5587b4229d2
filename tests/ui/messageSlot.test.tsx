/** @jest-environment jsdom */
/**
 * The messages' code is fetched after the first screen (issue 12). If it cannot be fetched, the
 * pane still reports every failure: plain messages with the same roles and a way to dismiss them.
 */
import "@testing-library/jest-dom";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { showMessage } from "../../src/taskpane/actions/messages";
import { MessageSlot, preloadMessageArea } from "../../src/taskpane/components/MessageSlot";
import { resetStore, useStore } from "../../src/taskpane/store/store";

// The chunk cannot be fetched (offline, or the add-in was updated on the server meanwhile).
jest.mock("../../src/taskpane/components/MessageArea", () => {
  throw new Error("Loading chunk messages failed.");
});

describe("messages when their code cannot be fetched", () => {
  beforeEach(() => resetStore());

  it("shows an error as a plain alert with its title and text, and dismisses it", async () => {
    const user = userEvent.setup();
    render(<MessageSlot />);
    act(() => showMessage("insert", "error", "Could not insert the response", "Word is busy. Try again."));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not insert the response Word is busy. Try again.");
    await user.click(screen.getByRole("button", { name: "Dismiss: Could not insert the response" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(useStore.getState().ui.messages).toEqual([]);
  });

  it("shows other messages as status, and nothing when there is none", async () => {
    await preloadMessageArea();
    const { container } = render(<MessageSlot />);
    expect(container).toBeEmptyDOMElement();
    act(() => showMessage("coverage", "info", "Check cancelled"));
    expect(screen.getByRole("status")).toHaveTextContent("Check cancelled");
  });
});
