/** @jest-environment jsdom */
/** A document that already answers one inspection: the pane asks before sections of another go in (issue 13). */
import { screen, waitFor, within } from "@testing-library/react";
import { sectionTag } from "../../src/domain/tags";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { FakeWordPort } from "../support/fakePort";
import { renderPane } from "../support/uiHarness";

const RAPE_ONE = /Response to rape – Phase one/;
const PHASE_TWO = "cjji-rape-phase-2-2022";

/** A document holding two sections of the rape phase two inspection. */
const answeringPhaseTwo = (): DocumentSnapshot => ({
  paragraphs: [],
  controls: ["r1", "r2"].map((r) => ({ tag: sectionTag(PHASE_TWO, r), title: `Recommendation ${r}`, text: "", placeholderText: "" })),
  storedInspection: null,
});

async function openRapePhaseOne(port: FakeWordPort) {
  const pane = renderPane({ port });
  await pane.user.click(await screen.findByRole("button", { name: RAPE_ONE }));
  await screen.findByRole("button", { name: "Insert full response" });
  return pane;
}

describe("a second inspection in the same document", () => {
  it("asks, naming both inspections; Don't insert leaves the document unchanged", async () => {
    const { user, port } = await openRapePhaseOne(new FakeWordPort({ snapshot: answeringPhaseTwo() }));
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByRole("heading")).toHaveTextContent("Insert sections for Response to rape – Phase one as well?");
    expect(dialog).toHaveTextContent(/This document already holds the response to Response to rape – Phase two\. Insert sections for Response to rape – Phase one as well\?/);
    await user.click(within(dialog).getByRole("button", { name: "Don't insert" }));
    expect(await screen.findByText("Full response not inserted")).toBeInTheDocument();
    expect(screen.getByText(/The document is unchanged/)).toBeInTheDocument();
    expect(port.callsOf("insertPlan")).toHaveLength(0);
    expect(screen.getByRole("button", { name: "Insert full response" })).toBeEnabled();
  });

  it("Insert as well inserts, and does not ask again for the same inspections", async () => {
    const { user, port } = await openRapePhaseOne(new FakeWordPort({ snapshot: answeringPhaseTwo() }));
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Insert as well" }));
    expect(await screen.findByText("Full response inserted")).toBeInTheDocument();
    expect(port.callsOf("insertPlan")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Insert missing sections" }));
    await waitFor(() => expect(port.callsOf("insertMissing")).toHaveLength(1));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  it("does not ask when the document holds only this inspection's sections, or none", async () => {
    const own: DocumentSnapshot = { paragraphs: [], controls: [{ tag: sectionTag("cjji-rape-phase-1-2021", "r1"), title: "", text: "", placeholderText: "" }], storedInspection: null };
    const { user, port } = await openRapePhaseOne(new FakeWordPort({ snapshot: own }));
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    expect(await screen.findByText("Full response inserted")).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(port.callsOf("insertPlan")).toHaveLength(1);
  });
});
