// Names and details in the drafted letter follow Settings (issue 13): the office changes its
// signatory and adds the role under the signature; the pane offers to update the letter's tagged
// fields, and only those change. Then the force is renamed: its name inside the letter's sentences
// and in the default answers follows, and an answer the office typed keeps its words.
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseHouseStyle, chooseInspection, control, documentArea, setUpOffice, taskPane, typeInto } from "./paneFlows";

describe("updating names and details after a change in Settings", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("offers to update the places the add-in put them, and changes nothing else", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const doc = documentArea(page);
    await setUpOffice(pane);

    await chooseInspection(pane, RAPE_PHASE_ONE);
    await chooseHouseStyle(pane, "Narrative letter");
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await control(page, "Recommendation 13").waitFor({ timeout: 20_000 });
    // The office types the name into an answer itself: that is theirs, not a field.
    await typeInto(page, "Response to recommendation 1", "Sam Example has asked the force for a plan by March.");
    const signatory = control(page, "Signatory (from Settings)");
    expect(await signatory.innerText()).toContain("Sam Example");

    await pane.getByRole("tab", { name: "Settings" }).click();
    await pane.getByRole("textbox", { name: "Signatory", exact: true }).fill("Alex Deputy");
    await pane.getByRole("textbox", { name: /^Role under the signature/ }).fill("Deputy Police and Crime Commissioner for Exampleshire");
    await pane.getByRole("button", { name: "Save settings" }).click();
    await pane.getByRole("status").getByText("This document still has the old names or details in 2 places.", { exact: false }).waitFor({ timeout: 15_000 });
    const offer = pane.getByRole("button", { name: "Update names and details in this document" });
    await screenshot(page, "settings-update-names-offer");
    await offer.click();
    await pane.getByText("Updated 2 places in the document").waitFor({ timeout: 15_000 });

    expect(await signatory.innerText()).toContain("Alex Deputy");
    expect(await control(page, "Signatory's role (from Settings)").innerText()).toContain("Deputy Police and Crime Commissioner for Exampleshire");
    expect(await control(page, "Response to recommendation 1").innerText()).toContain("Sam Example has asked the force for a plan by March.");
    expect(await doc.innerText()).not.toMatch(/^Sam Example$/m);
    expect(await pane.getByRole("button", { name: /Update names and details/ }).count()).toBe(0);

    // A name inside the letter's sentences: the force is renamed. The statement's "Chief Constable
    // of …" follows; the answer the office typed, which names the force too, does not.
    await typeInto(page, "Response to recommendation 2", "Exampleshire Police will report by June.");
    await pane.getByRole("textbox", { name: "Force name", exact: true }).fill("Exampleshire Constabulary");
    await pane.getByRole("button", { name: "Save settings" }).click();
    await pane.getByText(/^This document still has the old names or details in \d+ places?(, on \d+ lines?)?\./).waitFor({ timeout: 15_000 });
    const rename = pane.getByRole("button", { name: "Update names and details in this document" });
    await rename.click();
    await doc.getByText(/Chief Constable of Exampleshire Constabulary/).first().waitFor({ timeout: 15_000 });
    // The earlier "Updated …" banner may still be leaving (its exit animation).
    await pane.getByText(/^Updated \d+ places? in the document$/).last().waitFor({ timeout: 15_000 });
    const letter = await doc.innerText();
    expect(letter).toContain("Chief Constable of Exampleshire Constabulary");
    expect(await control(page, "Response to recommendation 2").innerText()).toContain("Exampleshire Police will report by June.");
    expect(letter.replace("Exampleshire Police will report by June.", "")).not.toContain("Exampleshire Police");
    expect(session.allProblems()).toEqual([]);
  });
});
