/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { memoryStorage, renderPane } from "../support/uiHarness";

const FIELDS = {
  "PCC name": "Alex Morgan",
  "PCC title": "Police and Crime Commissioner for Midshire",
  "Force name": "Midshire Police",
  "Police area": "Midshire",
  "Office name": "Office of the Police and Crime Commissioner for Midshire",
  Signatory: "Alex Morgan",
};

async function fillSettings(overrides: Partial<Record<keyof typeof FIELDS, string>>) {
  const storage = memoryStorage();
  const pane = renderPane({ storage });
  await pane.user.click(await screen.findByRole("button", { name: "Set up my office" }));
  await screen.findByRole("heading", { name: "Your office" });
  for (const [label, value] of Object.entries({ ...FIELDS, ...overrides })) {
    await pane.user.click(screen.getByRole("textbox", { name: new RegExp(`^${label}`) }));
    await pane.user.paste(value); // pasted, as such characters arrive
  }
  await pane.user.click(screen.getByRole("button", { name: "Save settings" }));
  return { ...pane, storage };
}

describe("settings refuse names a reader cannot see or that are not plain text", () => {
  it("says a PCC name of zero-width spaces has no visible characters, and saves nothing", async () => {
    const { storage } = await fillSettings({ "PCC name": "\u200b\u200b\u200b" });
    expect(screen.getByText("PCC name has no visible characters: type the name itself")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^PCC name/ })).toHaveAttribute("aria-invalid", "true");
    expect(storage.getItem("ird.settings.v1")).toBeNull();
  });

  it("names the field and the character when a force name hides a right-to-left override", async () => {
    const { storage } = await fillSettings({ "Force name": "Midshire \u202eecilop" });
    expect(screen.getByText("Force name must not contain a right-to-left or left-to-right override (U+202E): retype it rather than pasting it")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Force name/ })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: /^PCC name/ })).not.toHaveAttribute("aria-invalid", "true");
    expect(storage.getItem("ird.settings.v1")).toBeNull();
  });
});
