/** @jest-environment jsdom */
import { FluentProvider } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { TabBar } from "../../src/taskpane/components/TabBar";
import { THEMES } from "../../src/taskpane/theme";
import { memoryStorage, renderPane } from "../support/uiHarness";

const NAMES = ["Inspections", "Draft", "Wording", "Coverage", "Settings", "Help"];
const tab = (name: string) => screen.getByRole("tab", { name });
const selectedTab = () => screen.getByRole("tab", { selected: true });

describe("the pane's tab bar", () => {
  it("is a named tab list whose selected tab alone is in the Tab order and labels the panel it controls", async () => {
    renderPane();
    const list = await screen.findByRole("tablist", { name: "Screens" });
    expect(list).toHaveAttribute("aria-orientation", "horizontal");
    expect(screen.getAllByRole("tab")).toEqual(NAMES.map(tab)); // in this order, each named by its label alone
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1", "-1"]);
    expect(selectedTab()).toBe(tab("Inspections"));
    expect(screen.getAllByRole("tab", { selected: false })).toHaveLength(5);

    const panel = screen.getByRole("tabpanel", { name: "Inspections" });
    expect(tab("Inspections")).toHaveAttribute("aria-controls", panel.id);
    expect(panel).toContainElement(screen.getByRole("searchbox", { name: /Search inspections/i }));
  });

  it("moves the focus with Left, Right, Home and End without choosing, and opens the focused tab's screen with Enter or Space", async () => {
    const { user } = renderPane();
    await screen.findByRole("button", { name: /Response to rape – Phase one/ });
    await user.click(tab("Inspections"));
    expect(tab("Inspections")).toHaveFocus();

    await user.keyboard("{ArrowRight}");
    expect(tab("Draft")).toHaveFocus();
    expect(selectedTab()).toBe(tab("Inspections")); // moving is not choosing: no screen fetched and shown yet
    await user.keyboard("{ArrowRight}");
    expect(tab("Wording")).toHaveFocus();
    await user.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    expect(tab("Help")).toHaveFocus(); // round from the first to the last
    await user.keyboard("{ArrowRight}");
    expect(tab("Inspections")).toHaveFocus(); // and from the last to the first
    await user.keyboard("{End}");
    expect(tab("Help")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(tab("Inspections")).toHaveFocus();

    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}{Enter}");
    expect(selectedTab()).toBe(tab("Coverage"));
    expect(tab("Coverage")).toHaveFocus();
    expect(screen.getByRole("tabpanel", { name: "Coverage" })).toHaveAttribute("id", tab("Coverage").getAttribute("aria-controls"));
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("tabindex"))).toEqual(["-1", "-1", "-1", "0", "-1", "-1"]);

    await user.keyboard("{Home} ");
    expect(selectedTab()).toBe(tab("Inspections"));
    expect(await screen.findByRole("searchbox", { name: /Search inspections/i })).toBeInTheDocument();
  });

  it("comes back to the selected tab with Shift+Tab, wherever the arrows left the focus", async () => {
    const { user } = renderPane();
    await screen.findByRole("button", { name: /Response to rape – Phase one/ });
    await user.click(tab("Inspections"));
    await user.keyboard("{ArrowRight}{ArrowRight}");
    await user.tab();
    expect(screen.getByRole("searchbox", { name: /Search inspections/i })).toHaveFocus(); // out of the bar, into the panel
    await user.tab({ shift: true });
    expect(tab("Inspections")).toHaveFocus();
  });

  it("puts the focus on the selected tab when the welcome closes, so keyboard users go on from there", async () => {
    // The pane's page has the focus (jsdom says it has none while nothing in it is focused).
    const hasFocus = jest.spyOn(document, "hasFocus").mockReturnValue(true);
    try {
      const { user } = renderPane({ storage: memoryStorage() });
      await user.click(await screen.findByRole("button", { name: "Skip for now" }));
      expect(await screen.findByRole("tab", { name: "Inspections", selected: true })).toHaveFocus();
    } finally {
      hasFocus.mockRestore();
    }
  });

  it("swaps Left and Right in a right-to-left page", async () => {
    function Bar() {
      const [selected, setSelected] = useState<"a" | "b" | "c">("a");
      const tabs = [
        { value: "a", label: "First" },
        { value: "b", label: "Second" },
        { value: "c", label: "Third" },
      ] as const;
      return <TabBar tabs={tabs} selected={selected} onSelect={setSelected} label="Parts" tabId={(v) => `t-${v}`} panelId={(v) => `p-${v}`} />;
    }
    const user = userEvent.setup();
    render(
      <FluentProvider theme={THEMES.light} dir="rtl">
        <Bar />
      </FluentProvider>,
    );
    await user.click(tab("First"));
    await user.keyboard("{ArrowLeft}");
    expect(tab("Second")).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(tab("Third")).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(selectedTab()).toBe(tab("Third"));
  });
});
