/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Inspection } from "../../src/domain/catalog/types";
import { patch } from "../../src/taskpane/store/store";
import { builtInCatalog, memoryStorage, renderPane } from "../support/uiHarness";

// Written for these tests: not any published report.
const REPORT = `Stalking and harassment: how well Westshire Police protects victims
Published on: 4 August 2021

Summary of recommendations

Recommendation 1
By 31 December 2021, chief constables should make sure that every report of stalking is assessed for risk within 24 hours of it being made.

Recommendation 2
Chief constables should review how stalking protection orders are applied for and publish what they find. Police and crime commissioners should fund specialist advocates for victims of stalking.

Recommendation 3
The College of Policing should update its guidance on investigating stalking so that it covers online behaviour.
`;

const OWN_KEY = "ird.inspections.v1";
const storedOwn = (storage: { data: Map<string, string> }): Inspection[] => JSON.parse(storage.data.get(OWN_KEY) ?? '{"inspections": []}').inspections;

function ownInspection(over: Partial<Inspection> = {}): Inspection {
  return {
    id: "hmicfrs-westshire-custody-2021",
    title: "Custody in Westshire",
    shortTitle: "Custody in Westshire",
    publishedOn: "2021-08-10",
    inspectorates: ["HMICFRS"],
    type: "inspection",
    portalId: null,
    complete: true,
    recommendations: [
      { id: "r1", number: 1, portalId: null, text: "The force should record every use of force in custody.", addressees: ["the force"], localResponseExpected: true, due: null, parts: [] },
    ],
    ...over,
  };
}

async function openAdd(user: ReturnType<typeof renderPane>["user"]) {
  await screen.findByRole("button", { name: /Response to rape – Phase one/ });
  await user.click(screen.getByRole("button", { name: "Add inspection" }));
  return screen.findByRole("textbox", { name: /Report text/ });
}

const item = (name: string) => screen.getByRole("group", { name });

describe("adding an inspection from pasted report text", () => {
  it("reads, lets the user correct, saves as the office's own and drafts from it", async () => {
    const storage = memoryStorage({ "ird.welcome.v1": "done" });
    const { user, port } = renderPane({ storage });
    const textBox = await openAdd(user);
    await user.click(textBox);
    await user.paste(REPORT);
    await user.click(screen.getByRole("button", { name: "Find recommendations" }));

    // The preview: what was found, and what the reader was unsure of.
    expect(await screen.findByRole("heading", { name: "Check what was found" })).toHaveFocus();
    // The parser's warnings point to the preview's fields, never to the command line's options.
    expect(screen.getByText(/^Title taken from the first line \(“.+”\): check Title below\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/--[a-z]/)).toBeNull();
    expect(screen.getByRole("textbox", { name: /^Publication date/ })).toHaveValue("2021-08-04");
    expect(screen.getByText("Response due 28 September 2021 · 39 days left")).toBeInTheDocument();
    const found = screen.getByRole("list", { name: "What was found" });
    expect(within(found).getAllByRole("group", { name: /^Recommendation \d$/ })).toHaveLength(3);
    expect(within(item("Recommendation 1")).getByRole("textbox", { name: /^Due/ })).toHaveValue("By 31 December 2021");
    expect(within(item("Recommendation 3")).getByRole("checkbox", { name: /expected to respond/ })).not.toBeChecked();
    expect(storage.data.has(OWN_KEY)).toBe(false);

    // Correct it: a better short title, and recommendation 2 was really two.
    const short = screen.getByRole("textbox", { name: /^Short title/ });
    await user.clear(short);
    await user.type(short, "Westshire stalking");
    const two = within(item("Recommendation 2")).getByRole("textbox", { name: "Text" }) as HTMLTextAreaElement;
    two.setSelectionRange(two.value.indexOf("Police and crime"), two.value.indexOf("Police and crime"));
    await user.click(screen.getByRole("button", { name: "Split Recommendation 2 at the cursor" }));
    expect(within(item("Recommendation 2")).getByRole("textbox", { name: "Text" })).toHaveValue("Chief constables should review how stalking protection orders are applied for and publish what they find.");
    expect(screen.getByRole("group", { name: "Recommendation (no number)" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Number in order" }));
    expect(within(found).getAllByRole("group", { name: /^Recommendation \d$/ })).toHaveLength(4);
    expect(within(item("Recommendation 3")).getByRole("textbox", { name: "Text" })).toHaveValue("Police and crime commissioners should fund specialist advocates for victims of stalking.");
    await user.selectOptions(within(item("Recommendation 4")).getByRole("combobox", { name: "Kind" }), "Area for improvement");
    expect(screen.getByRole("group", { name: "Area for improvement 4" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Number in order" }));

    await user.click(screen.getByRole("button", { name: "Save inspection" }));

    // Listed with the others, marked as the office's own, in deadline order, and stored for the user.
    expect(await screen.findByText("“Westshire stalking” added")).toBeInTheDocument();
    const due = screen.getByRole("list", { name: "Inspections with a response due" });
    const titles = within(due)
      .getAllByRole("button", { name: /due/ })
      .map((b) => b.querySelector("span span")?.textContent);
    expect(titles.slice(0, 2)).toEqual(["Response to rape – Phase one", "Westshire stalking"]);
    const entry = within(due).getByRole("button", { name: /^Westshire stalking/ });
    expect(entry).toHaveTextContent("added by your office");
    expect(entry).toHaveTextContent("3 recommendations");
    const saved = storedOwn(storage);
    expect(saved).toHaveLength(1);
    expect(saved[0].recommendations.map((r) => r.id)).toEqual(["r1", "r2", "r3"]);
    expect(saved[0].areasForImprovement?.map((r) => [r.id, r.kind])).toEqual([["a1", "area-for-improvement"]]);

    // Drafting from it stores this inspection in the document with the insert.
    await user.click(entry);
    await user.click(await screen.findByRole("button", { name: "Insert full response" }));
    await waitFor(() => expect(port.callsOf("insertPlan")).toHaveLength(1));
    expect(port.callsOf("insertPlan")[0].inspection?.id).toBe(saved[0].id);
    expect(port.callsOf("insertPlan")[0].inspection?.shortTitle).toBe("Westshire stalking");
  });

  it("says what is wrong and keeps the preview open when the draft cannot be saved", async () => {
    const storage = memoryStorage({ "ird.welcome.v1": "done" });
    const { user } = renderPane({ storage });
    await user.click(await openAdd(user));
    await user.paste(REPORT);
    await user.click(screen.getByRole("button", { name: "Find recommendations" }));
    await screen.findByRole("heading", { name: "Check what was found" });
    await user.clear(screen.getByRole("textbox", { name: /^Title/ }));
    await user.clear(within(item("Recommendation 3")).getByRole("textbox", { name: "Text" }));
    await user.click(screen.getByRole("button", { name: "Save inspection" }));

    expect(screen.getByText("Correct these before saving")).toBeInTheDocument();
    expect(screen.getAllByText("Give the inspection a title.").length).toBeGreaterThan(0);
    expect(screen.getAllByText("Recommendation 3: the text is empty; type it or delete the item.").length).toBeGreaterThan(0);
    expect(storage.data.has(OWN_KEY)).toBe(false);

    // The browser refusing to store it: the message says so, and every correction is still there.
    await user.type(screen.getByRole("textbox", { name: /^Title/ }), "Westshire stalking");
    await user.click(screen.getByRole("button", { name: "Delete Recommendation 3" }));
    storage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    await user.click(screen.getByRole("button", { name: "Save inspection" }));
    expect(screen.getByText(/This browser refused to store it \(QuotaExceededError\)/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Title/ })).toHaveValue("Westshire stalking");
    expect(within(screen.getByRole("list", { name: "What was found" })).getAllByRole("group", { name: /^Recommendation/ })).toHaveLength(2);
  });

  it("keeps the corrections when the user goes back to the source, and restores them with Back to the review", async () => {
    const storage = memoryStorage({ "ird.welcome.v1": "done" });
    const { user } = renderPane({ storage });
    await user.click(await openAdd(user));
    await user.paste(REPORT);
    await user.click(screen.getByRole("button", { name: "Find recommendations" }));
    await screen.findByRole("heading", { name: "Check what was found" });
    const text = within(item("Recommendation 3")).getByRole("textbox", { name: "Text" });
    await user.clear(text);
    await user.type(text, "Our corrected wording of recommendation three.");
    await user.click(screen.getByRole("button", { name: "Back to the source" }));

    expect(await screen.findByText(/Your review of what was found is kept, with your corrections/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Report text/ })).toHaveValue(REPORT);
    await user.click(screen.getByRole("button", { name: "Back to the review" }));
    await screen.findByRole("heading", { name: "Check what was found" });
    expect(within(item("Recommendation 3")).getByRole("textbox", { name: "Text" })).toHaveValue("Our corrected wording of recommendation three.");

    // Reading the source again starts a new review, as the source screen said it would.
    await user.click(screen.getByRole("button", { name: "Back to the source" }));
    await user.click(await screen.findByRole("button", { name: "Find recommendations" }));
    await screen.findByRole("heading", { name: "Check what was found" });
    expect(within(item("Recommendation 3")).getByRole("textbox", { name: "Text" })).not.toHaveValue("Our corrected wording of recommendation three.");
    expect(screen.queryByRole("button", { name: "Back to the review" })).toBeNull();
  });

  it("says when nothing could be read and keeps the pasted text", async () => {
    const { user } = renderPane();
    await user.click(await openAdd(user));
    await user.paste("Minutes of the meeting. Nothing was decided.");
    await user.click(screen.getByRole("button", { name: "Find recommendations" }));
    expect(screen.getByText(/No recommendations were found in the pasted text/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Report text/ })).toHaveValue("Minutes of the meeting. Nothing was decided.");
  });

  it("brings a new error into view and reads it next, but does not take focus from someone typing", async () => {
    // jsdom has no scrollIntoView; a browser pane does.
    const scroll = jest.fn();
    Object.defineProperty(Element.prototype, "scrollIntoView", { value: scroll, configurable: true, writable: true });
    try {
      const { user } = renderPane();
      const box = await openAdd(user);
      await user.click(box);
      await user.paste("Minutes of the meeting. Nothing was decided.");
      await user.click(screen.getByRole("button", { name: "Find recommendations" }));
      const bar = screen.getByText(/No recommendations were found in the pasted text/).closest(".fui-MessageBar");
      expect(bar).not.toBeNull();
      expect(scroll).toHaveBeenCalledWith({ block: "nearest" });
      expect(scroll.mock.contexts).toContain(bar);
      expect(document.activeElement).toBe(bar);

      // Typing again clears it; an error arriving while the user types scrolls but leaves the caret where it is.
      await user.click(box);
      await user.type(box, " More.");
      expect(screen.queryByText(/No recommendations were found/)).toBeNull();
      scroll.mockClear();
      act(() => patch("importing", { sourceError: "“report.pdf” could not be read (test)." }));
      expect(scroll.mock.contexts).toContain(screen.getByText(/“report.pdf” could not be read/).closest(".fui-MessageBar"));
      expect(document.activeElement).toBe(box);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it("refuses text over 2 MB with a clear message", async () => {
    const { user } = renderPane();
    const box = await openAdd(user);
    fireEvent.change(box, { target: { value: "x".repeat(2_000_001) } });
    await user.click(screen.getByRole("button", { name: "Find recommendations" }));
    expect(screen.getByText(/The pasted text is too long \(2,000,001 characters; at most 2,000,000\)/)).toBeInTheDocument();
  });

  it("refuses a PDF over 20 MB before reading it", async () => {
    const { user } = renderPane();
    await openAdd(user);
    const big = new File(["%PDF-1.4"], "report.pdf", { type: "application/pdf" });
    Object.defineProperty(big, "size", { value: 21 * 1024 * 1024 });
    await user.upload(screen.getByLabelText("Report PDF"), big);
    expect(screen.getByText(/“report.pdf” is too large \(21 MB; at most 20 MB for a PDF\)/)).toBeInTheDocument();
  });
});

describe("importing a JSON file", () => {
  const upload = async (user: ReturnType<typeof renderPane>["user"], text: string, name = "inspection.json") => {
    await user.upload(screen.getByLabelText("Inspection JSON file"), new File([text], name, { type: "application/json" }));
  };

  it("says where a file is not valid JSON", async () => {
    const { user } = renderPane();
    await openAdd(user);
    await upload(user, '{\n  "id": "x",\n  "title": oops\n}');
    expect(await screen.findByText(/“inspection.json” could not be imported. The file is not valid JSON \(Unexpected token 'o'.*"title": oops/)).toBeInTheDocument();
    await upload(user, '{\n  "id": "x",\n}');
    expect(await screen.findByText(/The file is not valid JSON \(line 3, column 1\)/)).toBeInTheDocument();
  });

  it("names the field that does not fit the catalog schema", async () => {
    const { user } = renderPane();
    await openAdd(user);
    await upload(user, JSON.stringify({ ...ownInspection(), publishedOn: "10/08/2021" }));
    expect(await screen.findByText(/The inspection in the file is not valid: publication date must be a date like 2026-11-30\./)).toBeInTheDocument();
    await upload(user, JSON.stringify({ hello: "world" }));
    expect(await screen.findByText(/is not an inspection or a catalog/)).toBeInTheDocument();
  });

  it("refuses a file over 2 MB", async () => {
    const { user } = renderPane();
    await openAdd(user);
    await upload(user, `{"pad": "${"x".repeat(2 * 1024 * 1024)}"}`, "huge.json");
    expect(await screen.findByText(/“huge.json” is too large \(2 MB; at most 2 MB for a JSON file\)/)).toBeInTheDocument();
  });

  it("checks each inspection of a catalog file in turn and asks before replacing one with the same id", async () => {
    const storage = memoryStorage({ "ird.welcome.v1": "done" });
    const { user } = renderPane({ storage });
    await openAdd(user);
    const builtIn = builtInCatalog().inspections[0] as Inspection;
    const clash = { ...builtIn, shortTitle: "Rape phase one, our copy" };
    await upload(user, JSON.stringify({ inspections: [ownInspection(), clash, { id: "broken" }] }));

    expect(await screen.findByText(/Not imported: broken:/)).toBeInTheDocument();
    expect(screen.getByText("One more inspection in this file after this one.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Title/ })).toHaveValue("Custody in Westshire");
    await user.click(screen.getByRole("button", { name: "Save inspection" }));

    // The second has a built-in inspection's id: asked first, and going back keeps it unsaved.
    expect(await screen.findByRole("textbox", { name: /^Short title/ })).toHaveValue("Rape phase one, our copy");
    await user.click(screen.getByRole("button", { name: "Save inspection" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Replace “Response to rape – Phase one”?" });
    expect(dialog).toHaveTextContent(`A built-in inspection already has the id “${builtIn.id}”`);
    await user.click(within(dialog).getByRole("button", { name: "Go back" }));
    expect(storedOwn(storage).map((i) => i.id)).toEqual(["hmicfrs-westshire-custody-2021"]);

    await user.click(screen.getByRole("button", { name: "Save inspection" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Replace it" }));

    expect(await screen.findByText("“Rape phase one, our copy” replaced")).toBeInTheDocument();
    expect(storedOwn(storage).map((i) => i.id)).toEqual(["hmicfrs-westshire-custody-2021", builtIn.id]);
    expect(screen.queryByRole("button", { name: /Response to rape – Phase one/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Rape phase one, our copy/ })).toHaveTextContent("added by your office");
  });
});

describe("the office's own inspections", () => {
  const withOwn = (...list: Inspection[]) => memoryStorage({ "ird.welcome.v1": "done", [OWN_KEY]: JSON.stringify({ schemaVersion: 1, inspections: list }) });

  it("are listed after a restart, exported as JSON and deleted after confirming", async () => {
    const storage = withOwn(ownInspection());
    const { user, downloads } = renderPane({ storage });
    const entry = await screen.findByRole("button", { name: /^Custody in Westshire/ });
    expect(entry).toHaveTextContent("added by your office");

    await user.click(screen.getByRole("button", { name: "Export “Custody in Westshire” as JSON" }));
    expect(downloads[0].fileName).toBe("hmicfrs-westshire-custody-2021.json");
    const exported = JSON.parse(await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(downloads[0].blob);
    }));
    expect(exported.inspections[0]).toEqual(ownInspection());

    await user.click(screen.getByRole("button", { name: "Delete “Custody in Westshire”" }));
    const confirm = screen.getByRole("group", { name: "Delete “Custody in Westshire”?" });
    expect(within(confirm).getByRole("button", { name: "Delete" })).toHaveFocus();
    await user.click(within(confirm).getByRole("button", { name: "Keep it" }));
    expect(screen.getByRole("button", { name: /^Custody in Westshire/ })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Delete “Custody in Westshire”" }));
    await user.click(within(screen.getByRole("group", { name: "Delete “Custody in Westshire”?" })).getByRole("button", { name: "Delete" }));
    expect(screen.queryByRole("button", { name: /^Custody in Westshire/ })).not.toBeInTheDocument();
    expect(screen.getByText("“Custody in Westshire” deleted")).toBeInTheDocument();
    expect(storage.data.has(OWN_KEY)).toBe(false);
  });

  it("reopen in the preview to edit, and saving under the same id replaces them without asking", async () => {
    const storage = withOwn(ownInspection());
    const { user } = renderPane({ storage });
    await screen.findByRole("button", { name: /^Custody in Westshire/ });
    await user.click(screen.getByRole("button", { name: "Edit “Custody in Westshire”" }));
    expect(await screen.findByRole("heading", { name: "Edit “Custody in Westshire”" })).toBeInTheDocument();
    const text = within(item("Recommendation 1")).getByRole("textbox", { name: "Text" });
    await user.type(text, " It should review the records monthly.");
    await user.click(screen.getByRole("button", { name: "Save inspection" }));

    expect(await screen.findByText("“Custody in Westshire” saved")).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(storedOwn(storage)[0].recommendations[0].text).toBe("The force should record every use of force in custody. It should review the records monthly.");
  });
});

describe("the inspection list", () => {
  it("puts those still due first, soonest first, and those past the deadline below under a heading", async () => {
    const storage = memoryStorage({
      "ird.welcome.v1": "done",
      [OWN_KEY]: JSON.stringify({ inspections: [ownInspection({ id: "old-one", shortTitle: "An old custody report", title: "An old custody report", publishedOn: "2021-01-05" })] }),
    });
    renderPane({ storage, today: new Date(2021, 8, 20) });
    const due = await screen.findByRole("list", { name: "Inspections with a response due" });
    const past = screen.getByRole("list", { name: "Inspections past the deadline" });
    expect(screen.getByRole("heading", { name: "Past the 56-day deadline" })).toBeInTheDocument();
    const names = (list: HTMLElement) => within(list).getAllByRole("listitem").map((li) => li.querySelector("span span")?.textContent);
    expect(names(due)).toEqual(["Violence against women and girls – final report", "Response to rape – Phase two"]);
    expect(names(past)).toEqual(["Response to rape – Phase one", "An old custody report"]);
  });

  it("finds inspections by id and by words of a recommendation", async () => {
    const { user } = renderPane({ storage: memoryStorage({ "ird.welcome.v1": "done", [OWN_KEY]: JSON.stringify({ inspections: [ownInspection()] }) }) });
    await screen.findByRole("button", { name: /^Custody in Westshire/ });
    const search = screen.getByRole("searchbox", { name: "Search inspections" });
    await user.type(search, "westshire-custody");
    expect(screen.getByText("1 of 4 inspections match")).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, "force in custody");
    expect(screen.getByRole("button", { name: /^Custody in Westshire/ })).toBeInTheDocument();
    expect(screen.getByText("1 of 4 inspections match")).toBeInTheDocument();
  });

  it("keeps what was pasted when the user goes back to the list and returns", async () => {
    const { user } = renderPane();
    await user.click(await openAdd(user));
    await user.paste("Recommendation 1\nForces should do better.");
    await user.click(screen.getByRole("button", { name: "Back to the list" }));
    expect(screen.getByRole("button", { name: "Add inspection" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Add inspection" }));
    expect(await screen.findByRole("textbox", { name: /Report text/ })).toHaveValue("Recommendation 1\nForces should do better.");
    await act(async () => undefined);
  });
});
