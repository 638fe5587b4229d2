/** @jest-environment jsdom */
/** The optional office details in Settings, and the offer to update the names already in the document (issue 13). */
import { screen, waitFor } from "@testing-library/react";
import { fieldTag } from "../../src/domain/fields";
import { builtInWording, findWording } from "../../src/domain/wording";
import { fillTemplate } from "../../src/domain/wording/template";
import { wordingValues } from "../../src/domain/wording/values";
import type { DocumentSnapshot } from "../../src/domain/snapshot";
import { FakeWordPort } from "../support/fakePort";
import { memoryStorage, renderPane } from "../support/uiHarness";

const SAVED = {
  pccName: "Alex Morgan",
  pccTitle: "Police and Crime Commissioner for Midshire",
  forceName: "Midshire Police",
  policeArea: "Midshire",
  officeName: "Office of the Police and Crime Commissioner for Midshire",
  signatory: "Alex Morgan",
  defaultStyleId: "narrative-letter",
};

/** A letter drafted with those settings: its signatory and role are fields; the PCC's name typed in an answer is not. */
const drafted = (): DocumentSnapshot => ({
  paragraphs: [],
  controls: [
    { tag: "ird:block:signature:cjji-rape-phase-1-2021", title: "Signature", text: "Yours sincerely\r\rAlex Morgan\rPolice and Crime Commissioner for Midshire", placeholderText: "" },
    { tag: fieldTag("{signatory}"), title: "Signatory (from Settings)", text: "Alex Morgan", placeholderText: "" },
    { tag: fieldTag("{signatoryRole}"), title: "Signatory's role (from Settings)", text: "Police and Crime Commissioner for Midshire", placeholderText: "" },
    { tag: "ird:response:cjji-rape-phase-1-2021:r1", title: "Response", text: "Alex Morgan asked for a plan.", placeholderText: "" },
  ],
  storedInspection: null,
});

async function openSettings(port: FakeWordPort) {
  const storage = memoryStorage({ "ird.welcome.v1": "done", "ird.settings.v1": JSON.stringify(SAVED) });
  const pane = renderPane({ storage, port });
  await pane.user.click(await screen.findByRole("tab", { name: "Settings" }));
  await screen.findByRole("heading", { name: "Your office" });
  return { ...pane, storage };
}

/** The offer's announcement: the live region (role=status) that holds it, once it says something. */
async function offerAnnounced(): Promise<HTMLElement> {
  let region: HTMLElement | undefined;
  await waitFor(() => {
    region = screen.getAllByRole("status").find((s) => /old names or details/.test(s.textContent ?? ""));
    expect(region).toBeDefined();
  });
  return region!;
}

const UPDATE = { name: "Update names and details in this document" };

describe("office details and the names in the document", () => {
  it("offers the optional details, the address on several lines, and saves without them", async () => {
    const { user } = await openSettings(new FakeWordPort());
    expect(screen.getByRole("textbox", { name: /^Office address \(optional\)/ }).tagName).toBe("TEXTAREA");
    expect(screen.getByRole("textbox", { name: /^Role under the signature \(optional\)/ })).not.toBeRequired();
    await user.type(screen.getByRole("textbox", { name: /^Contact email/ }), "not an address");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Contact email must be an email address, such as enquiries@cheshire-pcc.gov.uk")).toBeInTheDocument();
    await user.clear(screen.getByRole("textbox", { name: /^Contact email/ }));
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved")).toBeInTheDocument();
  });

  it("after a change, offers to update the names and details in the document, counting the places, and updates only those", async () => {
    const port = new FakeWordPort({ snapshot: drafted() });
    const { user } = await openSettings(port);
    const signatory = screen.getByRole("textbox", { name: /^Signatory/ });
    await user.clear(signatory);
    await user.type(signatory, "Sam Okafor");
    await user.type(screen.getByRole("textbox", { name: /^Role under the signature/ }), "Deputy Police and Crime Commissioner for Midshire");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await offerAnnounced()).toHaveTextContent("This document still has the old names or details in 2 places.");
    await user.click(screen.getByRole("button", UPDATE));
    expect(await screen.findByText("Updated 2 places in the document")).toBeInTheDocument();
    const [call] = port.callsOf("updateFields");
    expect(call.updates).toEqual([
      { tag: fieldTag("{signatory}"), paragraphs: ["Sam Okafor"] },
      { tag: fieldTag("{signatoryRole}"), paragraphs: ["Deputy Police and Crime Commissioner for Midshire"] },
    ]);
    expect(port.snapshot.controls.find((c) => c.tag.startsWith("ird:response:"))?.text).toBe("Alex Morgan asked for a plan.");
    expect(screen.queryByRole("button", { name: /Update names and details/ })).not.toBeInTheDocument();
  });

  it("updates the old title inside the add-in's sentences too, remembering the settings before the change", async () => {
    const snapshot = drafted();
    snapshot.controls.unshift({ tag: "ird:wording:s55-statement-narrative@1", title: "Section 55 statement", text: "This is my response, as Police and Crime Commissioner for Midshire, to the report.", placeholderText: "" });
    const port = new FakeWordPort({ snapshot });
    const { user, storage } = await openSettings(port);
    const title = screen.getByRole("textbox", { name: /^PCC title/ });
    await user.clear(title);
    await user.type(title, "Police, Fire and Crime Commissioner for Midshire");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    // The role under the signature (a field) and the title in the statement's sentence.
    expect(await offerAnnounced()).toHaveTextContent("This document still has the old names or details in 2 places.");
    await user.click(screen.getByRole("button", UPDATE));
    expect(await screen.findByText("Updated 2 places in the document")).toBeInTheDocument();
    const text = (tag: string) => port.snapshot.controls.find((c) => c.tag === tag)?.text;
    expect(text("ird:wording:s55-statement-narrative@1")).toBe("This is my response, as Police, Fire and Crime Commissioner for Midshire, to the report.");
    expect(text(fieldTag("{signatoryRole}"))).toBe("Police, Fire and Crime Commissioner for Midshire");
    expect(text("ird:response:cjji-rape-phase-1-2021:r1")).toBe("Alex Morgan asked for a plan.");
    expect(JSON.parse(storage.getItem("ird.settings.earlier.v1") ?? "[]")[0].pccTitle).toBe(SAVED.pccTitle);
  });

  it("on opening Settings, offers to update a document drafted before an earlier change", async () => {
    const port = new FakeWordPort({ snapshot: drafted() });
    const storage = memoryStorage({
      "ird.welcome.v1": "done",
      "ird.settings.v1": JSON.stringify({ ...SAVED, forceName: "Midshire Constabulary" }),
      "ird.settings.earlier.v1": JSON.stringify([SAVED]),
    });
    port.snapshot.controls.unshift({ tag: "ird:block:opening:cjji-rape-phase-1-2021", title: "Opening", text: "I asked the Chief Constable of Midshire Police to comment.", placeholderText: "" });
    const { user } = renderPane({ storage, port });
    await user.click(await screen.findByRole("tab", { name: "Settings" }));
    expect(await offerAnnounced()).toHaveTextContent("This document still has the old names or details in 1 place.");
    await user.click(screen.getByRole("button", UPDATE));
    expect(await screen.findByText("Updated 1 place in the document")).toBeInTheDocument();
    expect(port.snapshot.controls[0].text).toBe("I asked the Chief Constable of Midshire Constabulary to comment.");
  });

  it("finds the old names in the add-in's own wording when this browser never had the old settings", async () => {
    const statement = findWording(builtInWording, "s55-statement-narrative")!;
    const oldText = fillTemplate(statement.text, { ...wordingValues({ settings: { ...SAVED, forceName: "Midshire Police" } }), inspectionTitle: "Custody 2025", inspectorates: "HMICFRS", publishedOn: "2025-05-12", inspectedForce: null }).text;
    const snapshot = drafted();
    snapshot.controls.unshift({ tag: `ird:wording:s55-statement-narrative@${statement.version}`, title: "Section 55 statement", text: oldText, placeholderText: "" });
    const port = new FakeWordPort({ snapshot });
    // Settings already say "Midshire Constabulary"; nothing remembers "Midshire Police".
    const storage = memoryStorage({ "ird.welcome.v1": "done", "ird.settings.v1": JSON.stringify({ ...SAVED, forceName: "Midshire Constabulary" }) });
    const { user } = renderPane({ storage, port });
    await user.click(await screen.findByRole("tab", { name: "Settings" }));
    expect(await offerAnnounced()).toHaveTextContent("This document still has the old names or details in 1 place.");
    await user.click(screen.getByRole("button", UPDATE));
    expect(await screen.findByText("Updated 1 place in the document")).toBeInTheDocument();
    expect(port.snapshot.controls[0].text).toContain("the Chief Constable of Midshire Constabulary");
    expect(port.snapshot.controls[0].text).not.toContain("Midshire Police");
  });

  it("announces the offer after a save and brings it into view, leaving focus where the user is typing, counting names per line", async () => {
    // jsdom has no scrollIntoView; a browser pane does.
    const scroll = jest.fn();
    Object.defineProperty(Element.prototype, "scrollIntoView", { value: scroll, configurable: true, writable: true });
    try {
      const snapshot = drafted();
      // One line of the add-in's own opening names the force twice: two places, one line.
      snapshot.controls.unshift({ tag: "ird:block:opening:cjji-rape-phase-1-2021", title: "Opening", text: "I asked Midshire Police to comment, and Midshire Police replied.", placeholderText: "" });
      const port = new FakeWordPort({ snapshot });
      const { user } = await openSettings(port);
      expect(screen.queryByText(/old names or details/)).not.toBeInTheDocument();
      scroll.mockClear();
      const force = screen.getByRole("textbox", { name: /^Force name/ });
      await user.clear(force);
      // Saved with Enter from the field: the cursor stays in it while the offer appears.
      await user.type(force, "Midshire Constabulary{Enter}");
      const region = await offerAnnounced();
      expect(region).toHaveTextContent("This document still has the old names or details in 2 places, on 1 line.");
      expect(screen.getByText("Settings saved")).toBeInTheDocument();
      const bar = region.querySelector(".fui-MessageBar");
      expect(bar).not.toBeNull();
      expect(bar).toContainElement(screen.getByRole("button", UPDATE));
      expect(scroll).toHaveBeenCalledWith({ block: "nearest" });
      expect(scroll.mock.contexts).toContain(bar);
      expect(force).toHaveFocus();
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it("makes no offer when the document's names already match", async () => {
    const port = new FakeWordPort({ snapshot: drafted() });
    const { user } = await openSettings(port);
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved")).toBeInTheDocument();
    await waitFor(() => expect(port.callsOf("readSnapshot").some((c) => c.scope === "sections")).toBe(true));
    expect(screen.queryByRole("button", { name: /Update names and details/ })).not.toBeInTheDocument();
  });
});
