/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { Inspection } from "../../src/domain/catalog/types";
import { memoryStorage, renderPane } from "../support/uiHarness";

// Written for these tests: not any published report.
const REPORT = `Stalking in Westshire
Published on: 4 August 2021

Recommendation 1
By 31 December 2021, chief constables should make sure that every report of stalking is assessed for risk within 24 hours.

Recommendation 2
Chief constables should review how stalking protection orders are applied for.
`;
const OWN_KEY = "ird.inspections.v1";
const storedOwn = (storage: { data: Map<string, string> }): Inspection[] => JSON.parse(storage.data.get(OWN_KEY) ?? '{"inspections": []}').inspections;

const earlier: Inspection = {
  id: "hmicfrs-westshire-stalking-2020",
  title: "Stalking in Westshire",
  shortTitle: "Stalking in Westshire (web test)",
  publishedOn: "2020-03-01",
  inspectorates: ["HMICFRS"],
  type: "inspection",
  portalId: null,
  complete: true,
  recommendations: [{ id: "r1", number: 1, portalId: null, text: "The force should assess every report of stalking.", addressees: ["the force"], localResponseExpected: true, due: null, parts: [] }],
};

async function readReport(storage: ReturnType<typeof memoryStorage>) {
  const { user } = renderPane({ storage });
  await screen.findByRole("button", { name: /Response to rape – Phase one/ });
  await user.click(screen.getByRole("button", { name: "Add inspection" }));
  await user.click(await screen.findByRole("textbox", { name: /Report text/ }));
  await user.paste(REPORT);
  await user.click(screen.getByRole("button", { name: "Find recommendations" }));
  await screen.findByRole("heading", { name: "Check what was found" });
  return user;
}

describe("Short title in the review", () => {
  it("follows the Title until the user edits it, then stays theirs", async () => {
    const storage = memoryStorage({ "ird.welcome.v1": "done" });
    const user = await readReport(storage);
    const title = screen.getByRole("textbox", { name: /^Title/ });
    const short = screen.getByRole("textbox", { name: /^Short title/ });
    expect(short).toHaveValue("Stalking in Westshire");
    expect(screen.getByText("Shown in lists; follows the title until you change it")).toBeInTheDocument();

    await user.type(title, " (web test)");
    expect(short).toHaveValue("Stalking in Westshire (web test)");

    await user.clear(short);
    await user.type(short, "Westshire stalking");
    await user.type(title, ", again");
    expect(title).toHaveValue("Stalking in Westshire (web test), again");
    expect(short).toHaveValue("Westshire stalking");
    expect(screen.queryByText("Shown in lists; follows the title until you change it")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Save inspection" }));
    expect(await screen.findByText("“Westshire stalking” added")).toBeInTheDocument();
    expect(storedOwn(storage).map((i) => [i.title, i.shortTitle])).toEqual([["Stalking in Westshire (web test), again", "Westshire stalking"]]);
  });

  it("says when another listed inspection has the same short title, and saves once it is changed", async () => {
    const storage = memoryStorage({ "ird.welcome.v1": "done", [OWN_KEY]: JSON.stringify({ inspections: [earlier] }) });
    const user = await readReport(storage);
    await user.type(screen.getByRole("textbox", { name: /^Title/ }), " (Web test)");
    await user.click(screen.getByRole("button", { name: "Save inspection" }));

    const message = `“Stalking in Westshire (web test)” is already the short title of another inspection (${earlier.id}, published 2020-03-01): change this one's Short title so the list can tell them apart.`;
    const problems = await screen.findByText("Correct these before saving");
    expect(within(problems.closest(".fui-MessageBar") as HTMLElement).getByText(message)).toBeInTheDocument();
    expect(storedOwn(storage).map((i) => i.id)).toEqual([earlier.id]);

    const short = screen.getByRole("textbox", { name: /^Short title/ });
    await user.type(short, " 2021");
    expect(screen.queryByText(message)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save inspection" }));
    expect(await screen.findByText("“Stalking in Westshire (Web test) 2021” added")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Stalking in Westshire/ }).map((b) => b.querySelector("span span")?.textContent).sort()).toEqual(["Stalking in Westshire (Web test) 2021", "Stalking in Westshire (web test)"]);
  });
});
