/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseTag } from "../../src/domain/tags";
import type { Plan } from "../../src/domain/plan";
import { FakeWordPort } from "../support/fakePort";
import { renderPane } from "../support/uiHarness";

const RAPE_ONE = /Response to rape – Phase one/;

const sectionTags = (plan: Plan) => plan.nodes.flatMap((n) => (n.kind === "control" && parseTag(n.tag)?.kind === "section" ? [n.tag] : []));

/**
 * Chooses the inspection and waits for the Draft screen: chosen the moment the list appears, before
 * the pane's start-up work has run (it waits for the first paint), Draft shows "Opening…" first.
 */
async function openRapePhaseOne(port = new FakeWordPort()) {
  const pane = renderPane({ port });
  await pane.user.click(await screen.findByRole("button", { name: RAPE_ONE }));
  await screen.findByRole("button", { name: "Insert full response" });
  return pane;
}

describe("drafting the response", () => {
  it("inserts the full response with a section for each of the 13 recommendations and says where it went", async () => {
    const { user, port } = await openRapePhaseOne();
    await user.click(screen.getByRole("button", { name: "Insert full response" }));

    expect(await screen.findByText("Full response inserted")).toBeInTheDocument();
    expect(screen.getByText(/13 sections inserted at the cursor\./)).toBeInTheDocument();
    const [call] = port.callsOf("insertPlan");
    expect(call.where).toBe("cursor");
    expect(sectionTags(call.plan)).toHaveLength(13);
    expect(sectionTags(call.plan)[2]).toBe("ird:section:cjji-rape-phase-1-2021:r3");
    // The document records its inspection so a reviewer needs no catalog, in the same Word action.
    expect(call.inspection?.id).toBe("cjji-rape-phase-1-2021");
    expect(port.callsOf("storeInspection")).toHaveLength(0);
  });

  it("says once why the response went to the end instead of the cursor", async () => {
    const { user } = await openRapePhaseOne(new FakeWordPort({ cursorLandsAt: "end" }));
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    expect(await screen.findByText(/13 sections inserted at the end of the document\./)).toBeInTheDocument();
    expect(screen.getAllByText(/The cursor was in a table/)).toHaveLength(1);
  });

  it("inserts at the end when the user chooses so", async () => {
    const { user, port } = await openRapePhaseOne();
    await user.click(screen.getByRole("radio", { name: "At the end" }));
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    await screen.findByText("Full response inserted");
    expect(port.callsOf("insertPlan")[0].where).toBe("end");
  });

  it("shows progress while Word is inserting", async () => {
    const port = new FakeWordPort();
    port.hold("insertPlan");
    const { user } = await openRapePhaseOne(port);
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    expect(await screen.findByText("Inserting the response…")).toBeInTheDocument();
    // Disabled but still focusable (a keyboard user's focus stays on it): a second press does nothing.
    const insert = screen.getByRole("button", { name: "Insert full response" });
    expect(insert).toHaveAttribute("aria-disabled", "true");
    await user.click(insert);
    expect(port.callsOf("insertPlan")).toHaveLength(1);
    port.release("insertPlan");
    expect(await screen.findByText("Full response inserted")).toBeInTheDocument();
    expect(screen.queryByText("Inserting the response…")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insert full response" })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("reports a Word failure in a message with what to do, and the pane stays usable", async () => {
    const port = new FakeWordPort();
    port.failNext("insertPlan", { kind: "word", action: "insert-sections", writing: true }, "AccessDenied");
    const { user } = await openRapePhaseOne(port);

    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    expect(await screen.findByText("Full response could not be inserted")).toBeInTheDocument();
    expect(screen.getByText(/Word would not let the add-in insert the response sections\. The document may be read-only.*Nothing was changed\. Switch Word to Editing/)).toBeInTheDocument();
    expect(screen.getByRole("list", { name: /Recommendations of/ })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    expect(await screen.findByText("Full response inserted")).toBeInTheDocument();
    expect(screen.queryByText("Full response could not be inserted")).not.toBeInTheDocument();
  });

  it("says which office details the letter still lacks when settings were skipped", async () => {
    const { user } = await openRapePhaseOne();
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    // One banner for the insert, saying what to fill in.
    await screen.findByText("Full response inserted");
    const messages = screen.getByLabelText("Messages");
    expect(messages.querySelectorAll(".fui-MessageBar")).toHaveLength(1);
    expect(messages).toHaveTextContent(/Some details are not filled in yet: the text shows .*\[PCC title\]/);
  });

  it("keeps the pane usable when reading the document's stored inspection fails at start", async () => {
    const port = new FakeWordPort();
    port.failNext("readStoredInspection", { kind: "word", action: "read-stored-inspection", writing: false });
    renderPane({ port });
    expect(await screen.findByText("Could not read which inspection this document answers")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: RAPE_ONE })).toBeEnabled();
  });

  it("inserts only the section of the recommendation whose button was pressed", async () => {
    const { user, port } = await openRapePhaseOne();
    await user.click(screen.getByRole("button", { name: "Insert section for recommendation 3" }));
    expect(await screen.findByText("Section for recommendation 3 inserted")).toBeInTheDocument();
    expect(sectionTags(port.callsOf("insertPlan")[0].plan)).toEqual(["ird:section:cjji-rape-phase-1-2021:r3"]);
  });

  it("inserts missing sections and says how many were already there", async () => {
    const port = new FakeWordPort();
    port.snapshot.controls.push({ tag: "ird:section:cjji-rape-phase-1-2021:r1", title: "Recommendation 1", text: "…", placeholderText: "" });
    const { user } = await openRapePhaseOne(port);
    await user.click(screen.getByRole("button", { name: "Insert missing sections" }));
    expect(await screen.findByText(/12 sections inserted at the end of the document\. 1 already in the document was left as it was\./)).toBeInTheDocument();
    expect(sectionTags(port.callsOf("insertMissing")[0].plan)).toHaveLength(13);
  });

  it("shows each recommendation's number, portal id, due wording and addressees", async () => {
    const { user } = renderPane();
    await user.click(await screen.findByRole("button", { name: /Response to rape – Phase two/ }));
    const rec1 = await screen.findByRole("listitem", { name: "Recommendation 1" });
    expect(within(rec1).getByText("#21912")).toBeInTheDocument();
    expect(within(rec1).getByText(/^For /)).toBeInTheDocument();
  });

  it("lists a recommendation's sub-parts under it", async () => {
    const { user } = renderPane();
    await user.click(await screen.findByRole("button", { name: /Violence against women and girls/ }));
    const parts = await screen.findByRole("list", { name: "Parts of recommendation 2" });
    expect(within(parts).getAllByRole("listitem")).toHaveLength(6);
  });
});

describe("house styles and standard wording", () => {
  it("rejects a pasted house style that is not valid and keeps what was typed", async () => {
    const { user } = await openRapePhaseOne();
    await user.click(screen.getByRole("button", { name: "Add a house style" }));
    const box = screen.getByRole("textbox", { name: /House style JSON/ });
    await user.click(box);
    await user.paste('{"format": "something-else"}');
    await user.click(screen.getByRole("button", { name: "Add style" }));
    expect(screen.getByText(/This is not a house style file/)).toBeInTheDocument();
    expect(box).toHaveValue('{"format": "something-else"}');
  });

  it("adds the office's own house style, selects it and remembers it", async () => {
    const { user, services } = await openRapePhaseOne();
    const own = JSON.parse(readFileSync(path.join(__dirname, "../../assets/styles/response-form.json"), "utf8"));
    Object.assign(own, { id: "our-office-form", name: "Our office form" });
    await user.click(screen.getByRole("button", { name: "Add a house style" }));
    await user.click(screen.getByRole("textbox", { name: /House style JSON/ }));
    await user.paste(JSON.stringify(own));
    await user.click(screen.getByRole("button", { name: "Add style" }));

    expect(await screen.findByText("House style “Our office form” added")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /House style/ })).toHaveTextContent("Our office form");
    expect(services.storage.getItem("ird.houseStyles.v1")).toContain("our-office-form");
  });

  it("inserts approved standard wording at the cursor as a tagged wording control, from the Wording tab", async () => {
    const { user, port } = await openRapePhaseOne();
    await user.click(screen.getByRole("button", { name: "Find standard wording" }));
    await user.click(await screen.findByRole("button", { name: /^Response – already in place/ }));
    expect(screen.getByRole("region", { name: "Preview of Response – already in place" })).not.toBeEmptyDOMElement();
    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    // The office's settings are empty: the pane asks before inserting with [force name] in the text.
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Insert anyway" }));

    expect(await screen.findByText("“Response – already in place” inserted")).toBeInTheDocument();
    // Wording has its own port method: no plan, no silent "wording mode".
    expect(port.callsOf("insertPlan")).toHaveLength(0);
    const [call] = port.callsOf("insertWording");
    expect(call.control).toMatchObject({ kind: "control", tag: expect.stringMatching(/^ird:wording:response-action-in-place@\d+$/) });
  });

  it("offers to remove what was just inserted, and removes it in one action", async () => {
    const { user, port } = await openRapePhaseOne();
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    await screen.findByText("Full response inserted");
    await user.click(screen.getByRole("button", { name: "Remove what was just inserted" }));
    expect(await screen.findByText("Removed what was just inserted")).toBeInTheDocument();
    expect(port.callsOf("removeInserted")).toHaveLength(1);
    expect(screen.queryByRole("button", { name: "Remove what was just inserted" })).not.toBeInTheDocument();
  });

  it("says when Word only marked the insert as deleted because Track Changes is on", async () => {
    const { user, port } = await openRapePhaseOne();
    port.removalTracked = 1;
    await user.click(screen.getByRole("button", { name: "Insert full response" }));
    await screen.findByText("Full response inserted");
    await user.click(screen.getByRole("button", { name: "Remove what was just inserted" }));
    expect(await screen.findByText("Marked as deleted, not yet removed")).toBeInTheDocument();
    expect(screen.getByText(/Accept those deletions/)).toBeInTheDocument();
  });
});
