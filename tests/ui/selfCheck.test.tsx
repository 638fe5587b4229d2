/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { Plan } from "../../src/domain/plan";
import type { SelfCheckResult } from "../../src/word/port";
import { FakeWordPort } from "../support/fakePort";
import { renderPane } from "../support/uiHarness";

const STYLES = ["Narrative letter", "Response form", "Letter to the Home Secretary with appendix"];
const NOT_BLANK =
  "The check runs only in a new blank document, so nothing of yours is touched. Open a new blank document (File › New › Blank document), open the add-in there and run the check again.";

/** Word that builds the second style wrongly (as the adapter reports it). */
class WordWithAProblem extends FakeWordPort {
  override async checkThisWord(plans: Array<{ name: string; plan: Plan }>): Promise<SelfCheckResult> {
    const result = await super.checkThisWord(plans);
    const lines = result.lines.map((l, i) => (i === 1 ? { ...l, passed: false, problems: [{ kind: "wrong-parent" as const, tag: "ird:response:ird-check:r1" }] } : l));
    return { passed: false, lines };
  }
}

async function openHelp(port: FakeWordPort = new FakeWordPort()) {
  const pane = renderPane({ port });
  await pane.user.click(await screen.findByRole("tab", { name: "Help" }));
  await screen.findByRole("heading", { name: "Check this copy of Word" });
  return pane;
}

const report = () => screen.getByRole("region", { name: "Check report" });

describe("Check this copy of Word, in Help", () => {
  it("says what the check does before it is run", async () => {
    await openHelp();
    expect(screen.getByRole("button", { name: "Check this copy of Word" })).toHaveAccessibleDescription(/new blank document.*inserts a test section.*removes it/);
    expect(screen.queryByRole("region", { name: "Check report" })).not.toBeInTheDocument();
  });

  it("shows PASS with one line per built-in house style and the Word it ran in", async () => {
    const { user, port } = await openHelp();
    await user.click(screen.getByRole("button", { name: "Check this copy of Word" }));

    expect(await screen.findByRole("region", { name: "Check report" })).toBeInTheDocument();
    expect(port.callsOf("checkThisWord")).toEqual([{ method: "checkThisWord", names: STYLES }]);
    expect(within(report()).getByRole("status")).toHaveTextContent("PASSThis copy of Word builds every house style correctly.");
    expect(within(report()).getByText("Word on Windows, WordApi 1.4")).toBeInTheDocument();
    const lines = within(within(report()).getByRole("list", { name: "Result for each house style" })).getAllByRole("listitem");
    expect(lines.map((l) => l.textContent)).toEqual(STYLES.map((name) => `PASS${name}built 1 section, verified and removed`));
  });

  it("shows FAIL and which house style Word built wrongly", async () => {
    const { user } = await openHelp(new WordWithAProblem());
    await user.click(screen.getByRole("button", { name: "Check this copy of Word" }));

    expect(await screen.findByRole("region", { name: "Check report" })).toBeInTheDocument();
    expect(within(report()).getByRole("status")).toHaveTextContent("FAILSomething went wrong in this copy of Word.");
    const lines = within(report()).getAllByRole("listitem").map((l) => l.textContent);
    expect(lines[0]).toBe("PASSNarrative letterbuilt 1 section, verified and removed");
    expect(lines[1]).toBe("FAILResponse formwrong-parent at ird:response:ird-check:r1");
    expect(within(report()).getByText(/close this document without saving it/)).toBeInTheDocument();
  });

  it("in a document that is not blank, says to open a new blank one and shows no report", async () => {
    const port = new FakeWordPort();
    port.failNext("checkThisWord", { kind: "not-blank" }, "NotBlank");
    const { user } = await openHelp(port);
    await user.click(screen.getByRole("button", { name: "Check this copy of Word" }));

    const title = await screen.findByText("The check needs a new blank document");
    expect(title.closest(".fui-MessageBar")).toHaveTextContent(NOT_BLANK);
    expect(screen.queryByRole("region", { name: "Check report" })).not.toBeInTheDocument();
    // Only the port's check was asked for: nothing was inserted or removed.
    expect(port.calls.filter((c) => c.method !== "readSnapshot" && c.method !== "readStoredInspection").map((c) => c.method)).toEqual(["checkThisWord"]);
    expect(screen.getByRole("button", { name: "Check this copy of Word" })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("shows progress while the check runs and ignores a second press", async () => {
    const port = new FakeWordPort();
    port.hold("checkThisWord");
    const { user } = await openHelp(port);
    await user.click(screen.getByRole("button", { name: "Check this copy of Word" }));
    expect(await screen.findByText("Checking this copy of Word…")).toBeInTheDocument();
    expect(screen.getByText("Leave the document alone until the check has finished.")).toBeInTheDocument();
    const button = screen.getByRole("button", { name: "Check this copy of Word" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    expect(port.callsOf("checkThisWord")).toHaveLength(1);

    port.release("checkThisWord");
    expect(await screen.findByRole("region", { name: "Check report" })).toBeInTheDocument();
    expect(screen.queryByText("Checking this copy of Word…")).not.toBeInTheDocument();
  });

  it("copies the report for whoever supports the add-in", async () => {
    const { user } = await openHelp();
    await user.click(screen.getByRole("button", { name: "Check this copy of Word" }));
    await user.click(await screen.findByRole("button", { name: "Copy report" }));

    expect(await screen.findByText("Report copied: paste it into your message.")).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied.split("\n")).toEqual([
      "Inspection Response Drafter: Check this copy of Word",
      "Result: PASS",
      "Word: Word on Windows, WordApi 1.4",
      "Checked: 20 August 2021 at 10:00",
      ...STYLES.map((name) => `PASS ${name}: built 1 section, verified and removed`),
    ]);
  });

  it("shows the report as text to copy by hand when copying is not allowed", async () => {
    const { user } = await openHelp();
    await user.click(screen.getByRole("button", { name: "Check this copy of Word" }));
    await screen.findByRole("button", { name: "Copy report" });
    // user-event installs its own clipboard at setup; Office may refuse clipboard access to the pane.
    const refuse = jest.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("Write permission denied.", "NotAllowedError"));
    await user.click(screen.getByRole("button", { name: "Copy report" }));

    const text = await screen.findByRole("textbox", { name: "Report" });
    expect(text).toHaveAttribute("readonly");
    expect((text as HTMLTextAreaElement).value).toMatch(/^Inspection Response Drafter: Check this copy of Word\nResult: PASS\n/);
    expect(screen.queryByText("Report copied: paste it into your message.")).not.toBeInTheDocument();
    refuse.mockRestore();
  });
});
