// Drafting in the preview: the real task pane inserts the response into the Word-like document,
// a person types into it, deletes a section by mistake, and "Insert missing sections" puts that
// section back without touching anything they wrote.
import catalog from "../../assets/catalog.json";
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseHouseStyle, chooseInspection, control, documentArea, removeSectionDeliberately, taskPane, typeInto } from "./paneFlows";

const inspection = catalog.inspections.find((i) => i.shortTitle === RAPE_PHASE_ONE)!;
const sectionTitles = inspection.recommendations.map((r) => `Recommendation ${r.number}`);

describe("drafting a response in the preview", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("inserts a section for every recommendation, with its text and a placeholder for the response", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await chooseHouseStyle(pane, "Narrative letter");
    await pane.getByRole("button", { name: "Insert full response" }).click();

    const doc = documentArea(page);
    await control(page, "Recommendation 13").waitFor({ timeout: 20_000 });
    await doc.getByRole("heading", { name: "Recommendations", exact: true }).waitFor();
    for (const title of sectionTitles) expect(await control(page, title).count()).toBe(1);

    const first = inspection.recommendations[0];
    expect(await control(page, "Recommendation 1 text").innerText()).toContain(first.text);
    // An empty response shows a placeholder, dimmed: the preview plays Word on the web, which refuses
    // the house style's own (WORD-SEMANTICS 66), so it is Word's.
    const response = control(page, "Response to recommendation 1").locator("[data-para]");
    expect(await response.innerText()).toBe("");
    expect(await response.getAttribute("data-placeholder")).toMatch(/^(Type the response to recommendation 1 here|Click or tap here to enter text\.)/);

    await screenshot(page, "drafting-full-response");
    expect(session.allProblems()).toEqual([]);
  });

  it("puts back a deleted section with Insert missing sections and keeps what was typed", async () => {
    const { page } = session;
    const pane = taskPane(page);
    const answer = "The force set up a joint working group with local support services in August.";
    await typeInto(page, "Response to recommendation 2", answer);
    expect(await control(page, "Response to recommendation 2").innerText()).toContain(answer);

    // Word: a click on a control's title selects it whole; Delete would remove it, but sections
    // cannot be deleted (cannotDelete): a stray keypress leaves it, and Remove section takes it out.
    await removeSectionDeliberately(page, pane, 3);

    await pane.getByRole("button", { name: "Insert missing sections" }).click();
    await control(page, "Recommendation 3").waitFor({ timeout: 20_000 });
    await pane.getByText(/1 section inserted/).waitFor();

    expect(await control(page, "Recommendation 3").count()).toBe(1);
    expect(await control(page, "Recommendation 3 text").innerText()).toContain(inspection.recommendations[2].text);
    expect(await control(page, "Response to recommendation 2").innerText()).toContain(answer);
    for (const title of sectionTitles) expect(await control(page, title).count()).toBe(1);

    await screenshot(page, "drafting-missing-section-restored");
    expect(session.allProblems()).toEqual([]);
  });
});

describe("drafting in another house style, picked from the dropdown", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("inserts the Response form's structure: details, key findings and a labelled response per recommendation", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    // The list opens over the pane and stays open until an option is picked.
    await pane.getByRole("combobox", { name: "House style" }).click();
    await pane.getByRole("listbox").waitFor();
    await pane.getByRole("option", { name: "Response form", exact: true }).click();
    await pane.getByRole("combobox", { name: "House style" }).filter({ hasText: "Response form" }).waitFor();
    await pane.getByText(/^A form: statutory preamble/).waitFor();
    await pane.getByRole("button", { name: "Insert full response" }).click();

    await control(page, "Recommendation 13").waitFor({ timeout: 20_000 });
    const doc = documentArea(page);
    for (const title of ["Form heading", "Inspection details", "Key findings", "Signature"]) expect(await control(page, title).count()).toBe(1);
    for (const heading of ["Inspection title", "Date published", "Response due by", "Key findings", "Recommendations"]) {
      expect(await doc.getByRole("heading", { name: heading, exact: true }).count()).toBe(1);
    }
    // The form labels every response; the narrative letter does not.
    expect(await doc.getByRole("heading", { name: "PCC and Chief Constable response", exact: true }).count()).toBe(sectionTitles.length);
    expect(await control(page, "Recommendation 1").innerText()).toContain(`1. ${inspection.recommendations[0].text}`);

    await screenshot(page, "drafting-response-form");
    expect(session.allProblems()).toEqual([]);
  });
});
