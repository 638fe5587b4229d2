/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { emptySettings } from "../../src/domain/settings";
import { readFileText } from "../../src/taskpane/readFile";
import { FakeWordPort } from "../support/fakePort";
import { memoryStorage, renderPane } from "../support/uiHarness";

const RAPE_ONE = /Response to rape – Phase one/;

const officeSettings = {
  ...emptySettings(),
  forceName: "Exampleshire Constabulary",
  pccName: "Sam Jones",
  pccTitle: "Police and Crime Commissioner for Exampleshire",
  policeArea: "Exampleshire",
  officeName: "Office of the PCC for Exampleshire",
  signatory: "Sam Jones",
};

function storageWith(extra: Record<string, string> = {}, settings: object | null = officeSettings) {
  return memoryStorage({ "ird.welcome.v1": "done", ...(settings ? { "ird.settings.v1": JSON.stringify(settings) } : {}), ...extra });
}

/** Chooses Response to rape phase one, then opens the Wording tab. */
async function openWording(options: { storage?: ReturnType<typeof memoryStorage>; port?: FakeWordPort } = {}) {
  const pane = renderPane({ storage: options.storage ?? storageWith(), port: options.port });
  await pane.user.click(await screen.findByRole("button", { name: RAPE_ONE }));
  await pane.user.click(screen.getByRole("tab", { name: "Wording" }));
  await screen.findByRole("searchbox");
  return pane;
}

const listed = () => within(screen.getByRole("list", { name: "Wording" })).queryAllByRole("listitem").map((li) => li.textContent ?? "");

describe("finding wording", () => {
  it("finds wording as you type, forgiving a typo, best match first", async () => {
    const { user } = await openWording();
    await user.type(screen.getByRole("searchbox"), "victms code");
    expect(listed()[0]).toMatch(/^Victims' services – Victims' Code compliance/);
    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "partnrship");
    expect(listed().length).toBeGreaterThan(0);
    expect(listed().every((t) => /Partnership/.test(t))).toBe(true);
  });

  it("searches tags as well as titles and text", async () => {
    const { user } = await openWording();
    await user.type(screen.getByRole("searchbox"), "ISVA");
    expect(listed()[0]).toMatch(/^Victims' services – local support service/);
  });

  it("browses by category", async () => {
    const { user } = await openWording();
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "Sign-off");
    expect(listed()).toHaveLength(2);
    expect(listed().every((t) => t.includes("Sign-off"))).toBe(true);
  });

  it("keeps favourites and recently used wording for this user", async () => {
    const storage = storageWith();
    const { user, unmount } = await openWording({ storage });
    await user.click(screen.getByRole("button", { name: "Add Closing – thanks to the inspectorate to favourites" }));
    await user.click(screen.getByRole("button", { name: /^Sign-off – PCC/ }));
    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    await screen.findByText("“Sign-off – PCC” inserted");
    unmount();

    const { user: again } = await openWording({ storage });
    await again.selectOptions(screen.getByRole("combobox", { name: "Show" }), "Favourites");
    expect(listed()).toEqual([expect.stringMatching(/^Closing – thanks to the inspectorate/)]);
    await again.selectOptions(screen.getByRole("combobox", { name: "Show" }), "Recently used");
    expect(listed()).toEqual([expect.stringMatching(/^Sign-off – PCC/)]);
  });
});

describe("previewing and inserting wording", () => {
  it("fills the preview from settings, the inspection and the chosen recommendation, and marks prompts for the author", async () => {
    const { user } = await openWording();
    await user.selectOptions(screen.getByRole("combobox", { name: /For recommendation/ }), "Recommendation 4");
    await user.click(screen.getByRole("button", { name: /^Response – completed, with evidence/ }));
    const preview = screen.getByRole("region", { name: "Preview of Response – completed, with evidence" });
    expect(preview).toHaveTextContent("Exampleshire Constabulary has completed the work needed to meet recommendation 4.");
    const marks = within(preview).getAllByTitle("For the author to replace");
    expect(marks.map((m) => m.tagName)).toEqual(["MARK"]);
    expect(marks[0]).toHaveTextContent(/^\[Say what changed/);
    expect(preview).toHaveTextContent("1 prompt for you to replace");
  });

  it("shows a value it does not have as missing, and asks before inserting with it", async () => {
    const { user, port } = await openWording();
    await user.click(screen.getByRole("button", { name: /^Response – completed, with evidence/ }));
    const preview = screen.getByRole("region", { name: "Preview of Response – completed, with evidence" });
    expect(within(preview).getByTitle(/No value yet/)).toHaveTextContent("[recommendation number]");
    expect(preview).toHaveTextContent("Not filled in yet: recommendation number.");

    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    const dialog = await screen.findByRole("alertdialog", {}, { timeout: 5000 });
    expect(dialog).toHaveTextContent("Insert with values missing?");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(port.callsOf("insertWording")).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Insert anyway" }));
    await screen.findByText("“Response – completed, with evidence” inserted");
    const [call] = port.callsOf("insertWording");
    expect(call.control.tag).toBe("ird:wording:response-complete@1");
    expect(JSON.stringify(call.control.children)).toContain("recommendation [recommendation number]");
  });

  it("inserts at once when nothing is missing, as a tagged wording control with the filled text", async () => {
    const { user, port } = await openWording();
    await user.click(screen.getByRole("button", { name: /^Opening – welcome the report/ }));
    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    await screen.findByText("“Opening – welcome the report” inserted");
    const [call] = port.callsOf("insertWording");
    expect(call.control).toMatchObject({ tag: "ird:wording:opening-welcome@1", children: [{ kind: "paragraph", text: expect.stringContaining("people in Exampleshire") }] });
  });
});

describe("approval", () => {
  it("shows officers approved wording only, and comms editors drafts too, which cannot be inserted", async () => {
    const { user } = await openWording();
    await user.type(screen.getByRole("searchbox"), "form introduction");
    expect(listed()).toEqual([]);
    await user.click(screen.getByRole("switch", { name: /I maintain the office's wording/ }));
    expect(listed()).toEqual([expect.stringMatching(/^Opening – form introduction \(draft\)/)]);
    await user.click(screen.getByRole("button", { name: /^Opening – form introduction/ }));
    expect(screen.getByRole("button", { name: "Insert at the cursor" })).toHaveAttribute("aria-disabled", "true");
  });

  it("hides retired wording from officers", async () => {
    const retired = { format: "ird-wording", formatVersion: 1, snippets: [{ id: "opening-welcome", version: 2, title: "Opening – welcome the report", category: "opening", status: "retired", text: "Old." }] };
    await openWording({ storage: storageWith({ "ird.wording.office.v1": JSON.stringify(retired) }) });
    expect(listed().some((t) => t.startsWith("Opening – welcome the report"))).toBe(false);
    expect(listed().some((t) => t.startsWith("Opening – report and assurance sought"))).toBe(true);
  });

  it("lets a comms editor add an entry in a checked form; officers see it once approved", async () => {
    const { user, services } = await openWording();
    await user.click(screen.getByRole("switch", { name: /I maintain the office's wording/ }));
    await user.click(screen.getByRole("button", { name: "New entry" }));
    const form = screen.getByRole("form", { name: "New wording entry" });
    await user.type(within(form).getByRole("textbox", { name: /^Id/ }), "Bad Id");
    await user.type(within(form).getByRole("textbox", { name: /^Title/ }), "Partnership – road safety");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Category" }), "Partnership");
    await user.click(within(form).getByRole("textbox", { name: /^Text/ }));
    await user.paste("{force} works with [name the partners] on recommendation {recommendation.number}.");
    await user.click(within(form).getByRole("button", { name: "Save entry" }));
    expect(within(form).getByText(/The id must be lower-case words joined by hyphens/)).toBeInTheDocument();

    await user.clear(within(form).getByRole("textbox", { name: /^Id/ }));
    await user.type(within(form).getByRole("textbox", { name: /^Id/ }), "partnership-road-safety");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Status" }), "approved");
    await user.click(within(form).getByRole("button", { name: "Save entry" }));
    expect(await screen.findByText("“Partnership – road safety” saved")).toBeInTheDocument();
    expect(services.storage.getItem("ird.wording.office.v1")).toContain("{forceName} works with [name the partners] on recommendation {number}.");

    await user.click(screen.getByRole("switch", { name: /I maintain the office's wording/ }));
    await user.type(screen.getByRole("searchbox"), "road safety");
    expect(listed()).toEqual([expect.stringMatching(/^Partnership – road safety/)]);
  });
});

describe("importing and exporting the library", () => {
  const upload = async (user: Awaited<ReturnType<typeof openWording>>["user"], file: File) => {
    await user.click(screen.getByRole("switch", { name: /I maintain the office's wording/ }));
    await user.upload(screen.getByLabelText("Wording library file"), file);
  };
  const json = (body: unknown, name = "library.json") => new File([typeof body === "string" ? body : JSON.stringify(body)], name, { type: "application/json" });

  it("refuses a file that is not JSON, saying so and changing nothing", async () => {
    const { user, services } = await openWording();
    await upload(user, json("{ not json"));
    expect(await screen.findByText(/“library.json” was not imported: the file is not valid JSON/)).toBeInTheDocument();
    expect(services.storage.getItem("ird.wording.office.v1")).toBeNull();
  });

  it("refuses a file of another kind, or with an entry that breaks the rules", async () => {
    const { user } = await openWording();
    await upload(user, json({ format: "ird-house-style", blocks: [] }));
    expect(await screen.findByText(/this is not a wording file/)).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText("Wording library file"),
      json({ format: "ird-wording", formatVersion: 1, snippets: [{ id: "closing-x", version: 1, title: "X", category: "closing", status: "published", text: "Hi {nope}." }] }),
    );
    expect(await screen.findByText(/1 entry is not valid \(closing-x: status must be approved, draft or retired\)\. Nothing was changed\./)).toBeInTheDocument();
  });

  it("refuses a file over 10 MB before reading it", async () => {
    const { user } = await openWording();
    await upload(user, new File(["x".repeat(10 * 1024 * 1024 + 1)], "huge.json"));
    expect(await screen.findByText(/“huge.json” was not imported: it is larger than 10 MB/)).toBeInTheDocument();
  });

  it("imports wording whose text looks like HTML or script, and shows and inserts it as text", async () => {
    const { user, port } = await openWording();
    const body = '<b>Bold</b> <script>alert("x")</script> <img src=x onerror="alert(1)">';
    await upload(user, json({ format: "ird-wording", formatVersion: 1, snippets: [{ id: "closing-markup", version: 1, title: "Closing – markup", category: "closing", status: "approved", text: body }] }));
    expect(await screen.findByText("Wording library imported")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Closing – markup/ }));
    const preview = screen.getByRole("region", { name: "Preview of Closing – markup" });
    expect(preview).toHaveTextContent(body);
    expect(preview.querySelector("b, script, img")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Insert at the cursor" }));
    await waitFor(() => expect(port.callsOf("insertWording")).toHaveLength(1));
    expect(port.callsOf("insertWording")[0].control.children).toEqual([{ kind: "paragraph", text: body, style: "Normal" }]);
  });

  it("exports the library in use as a wording file that imports again", async () => {
    const { user, downloads } = await openWording();
    await user.click(screen.getByRole("switch", { name: /I maintain the office's wording/ }));
    await user.click(screen.getByRole("button", { name: "Export library" }));
    expect(downloads[0].fileName).toBe("wording-library.json");
    const text = await readFileText(downloads[0].blob);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: "ird-wording", formatVersion: 1 });
    expect(file.snippets.length).toBeGreaterThan(20);
  });
});
