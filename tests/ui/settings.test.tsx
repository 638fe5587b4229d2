/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { readFileText } from "../../src/taskpane/readFile";
import { memoryStorage, renderPane } from "../support/uiHarness";

const FIELDS = {
  "PCC name": "Alex Morgan",
  "PCC title": "Police and Crime Commissioner for Midshire",
  "Force name": "Midshire Police",
  "Police area": "Midshire",
  "Office name": "Office of the Police and Crime Commissioner for Midshire",
  Signatory: "Alex Morgan",
};

async function openSettingsFromWelcome() {
  const storage = memoryStorage();
  const pane = renderPane({ storage });
  await pane.user.click(await screen.findByRole("button", { name: "Set up my office" }));
  await screen.findByRole("heading", { name: "Your office" });
  return { ...pane, storage };
}

describe("first use and settings", () => {
  it("welcomes a first-time user and lets them skip straight to the inspections, remembering that", async () => {
    const storage = memoryStorage();
    const { user, unmount } = renderPane({ storage });
    expect(await screen.findByRole("region", { name: "Welcome to Inspection Response Drafter" })).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Skip for now" }));
    expect(screen.getByRole("tab", { name: "Inspections" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("button", { name: /Response to rape – Phase one/ })).toBeInTheDocument();

    unmount();
    renderPane({ storage });
    expect(await screen.findByRole("tab", { name: "Inspections" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /Welcome/ })).not.toBeInTheDocument();
  });

  it("refuses to save empty details and says which field needs what", async () => {
    const { user, storage } = await openSettingsFromWelcome();
    await user.type(screen.getByRole("textbox", { name: /^PCC name/ }), "Alex Morgan");
    await user.click(screen.getByRole("button", { name: "Save settings" }));

    expect(screen.getByText("PCC title must not be empty")).toBeInTheDocument();
    expect(screen.getByText("Signatory must not be empty")).toBeInTheDocument();
    expect(screen.queryByText("PCC name must not be empty")).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^PCC title/ })).toHaveAttribute("aria-invalid", "true");
    expect(storage.getItem("ird.settings.v1")).toBeNull();
    // What was typed is still there.
    expect(screen.getByRole("textbox", { name: /^PCC name/ })).toHaveValue("Alex Morgan");
  });

  it("saves valid details for this user and keeps them across the screens", async () => {
    const { user, storage } = await openSettingsFromWelcome();
    for (const [label, value] of Object.entries(FIELDS)) await user.type(screen.getByRole("textbox", { name: new RegExp(`^${label}`) }), value);
    await user.click(screen.getByRole("button", { name: "Save settings" }));

    expect(await screen.findByText("Settings saved")).toBeInTheDocument();
    expect(JSON.parse(storage.getItem("ird.settings.v1")!)).toMatchObject({ pccName: "Alex Morgan", forceName: "Midshire Police", defaultStyleId: "narrative-letter" });
    await user.click(screen.getByRole("tab", { name: "Inspections" }));
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    expect(await screen.findByRole("textbox", { name: /^Force name/ })).toHaveValue("Midshire Police");
  });

  it("exports the settings to a file and imports them back into the form", async () => {
    const { user, downloads } = await openSettingsFromWelcome();
    for (const [label, value] of Object.entries(FIELDS)) await user.type(screen.getByRole("textbox", { name: new RegExp(`^${label}`) }), value);
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    await user.click(screen.getByRole("button", { name: "Export to a file" }));
    expect(downloads[0].fileName).toBe("ird-settings.json");
    const exported = await readFileText(downloads[0].blob);
    expect(JSON.parse(exported).settings.policeArea).toBe("Midshire");

    await user.clear(screen.getByRole("textbox", { name: /^Police area/ }));
    await user.upload(screen.getByLabelText("Import settings from a file"), new File([exported], "ird-settings.json", { type: "application/json" }));
    expect(await screen.findByText("Settings imported")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Police area/ })).toHaveValue("Midshire");
  });

  it("explains why a file that is not a settings file cannot be imported", async () => {
    const { user } = await openSettingsFromWelcome();
    await user.upload(screen.getByLabelText("Import settings from a file"), new File(['{"hello": 1}'], "other.json", { type: "application/json" }));
    const bar = (await screen.findByText("That file could not be imported")).closest(".fui-MessageBar") as HTMLElement;
    expect(within(bar).getByText(/not an Inspection Response Drafter settings file/)).toBeInTheDocument();
  });
});
