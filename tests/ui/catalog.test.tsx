/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { FakeWordPort } from "../support/fakePort";
import { builtInCatalog, renderPane } from "../support/uiHarness";

const RAPE_ONE = /Response to rape – Phase one/;

describe("choosing an inspection", () => {
  it("shows the 13 recommendations of Response to rape – Phase one and its statutory due date", async () => {
    const { user } = renderPane();
    const entry = await screen.findByRole("button", { name: RAPE_ONE });
    expect(entry).toHaveTextContent("due 9 September 2021 · 20 days left");
    expect(entry).toHaveTextContent("13 recommendations");
    expect(entry).toHaveTextContent("Published 16 July 2021");

    await user.click(entry);

    // Chosen as soon as the list appears, Draft opens once the pane's start-up work has run.
    const list = await screen.findByRole("list", { name: /Recommendations of Response to rape – Phase one/ });
    expect(within(list).getAllByRole("listitem", { name: /^Recommendation \d+$/ })).toHaveLength(13);
    expect(screen.getByRole("heading", { level: 2, name: "Response to rape – Phase one" })).toBeInTheDocument();
    expect(screen.getByText("due 9 September 2021 · 20 days left")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Draft" })).toHaveAttribute("aria-selected", "true");
  });

  it("counts the days overdue once the statutory deadline has passed", async () => {
    renderPane({ today: new Date(2021, 8, 12) });
    expect(await screen.findByRole("button", { name: RAPE_ONE })).toHaveTextContent("due 9 September 2021 · 3 days overdue");
  });

  it("says when an entry lists only the recommendations forces and PCCs respond to", async () => {
    renderPane();
    expect(await screen.findByRole("button", { name: /Response to rape – Phase two/ })).toHaveTextContent("only those forces and PCCs respond to");
    expect(screen.getByRole("button", { name: RAPE_ONE })).not.toHaveTextContent("only those forces and PCCs respond to");
  });

  it("reports a broken catalog entry in a message and still lists the others", async () => {
    const catalog = builtInCatalog();
    const broken = { ...(catalog.inspections[1] as object), publishedOn: "25/02/2022" };
    renderPane({ catalog: { inspections: [catalog.inspections[0], broken, catalog.inspections[2]] } });

    expect(await screen.findByText("One catalog entry could not be read and is not listed")).toBeInTheDocument();
    expect(screen.getByText(/Response to rape – Phase two: publication date must be a date like 2026-11-30/)).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Inspections with a response due" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(within(list).getByRole("button", { name: RAPE_ONE })).toBeEnabled();
  });

  it("explains a catalog that cannot be loaded and loads it when asked to try again", async () => {
    let attempts = 0;
    const { user } = renderPane({
      loadCatalog: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("network is down");
        return builtInCatalog();
      },
    });
    expect(await screen.findByText("The inspection catalog could not be loaded")).toBeInTheDocument();
    expect(screen.getByText(/network is down/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try loading the catalog again" }));

    expect(await screen.findByRole("button", { name: RAPE_ONE })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it("filters the catalog with the search box", async () => {
    const { user } = renderPane();
    await screen.findByRole("button", { name: RAPE_ONE });
    await user.type(screen.getByRole("searchbox", { name: "Search inspections" }), "violence");

    const list = screen.getByRole("list", { name: "Inspections with a response due" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list).getByRole("button", { name: /Violence against women and girls/ })).toBeInTheDocument();
    expect(screen.getByText("1 of 3 inspections match")).toBeInTheDocument();
  });

  it("selects the inspection stored in the document even when this user's catalog lacks it", async () => {
    const catalog = builtInCatalog();
    const stored = catalog.inspections[0] as { id: string; shortTitle: string };
    const port = new FakeWordPort({ storedInspection: JSON.parse(JSON.stringify(stored)) });
    renderPane({ port, catalog: { inspections: [catalog.inspections[2]] } });

    expect(await screen.findByText(`This document answers “${stored.shortTitle}”`)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Draft" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("list", { name: /Recommendations of Response to rape – Phase one/ })).toBeInTheDocument();
    expect(screen.getByText("from this document")).toBeInTheDocument();
  });
});
