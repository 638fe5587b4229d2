/**
 * Recommendation 5 of the rape phase one report asks for four things "as a minimum": the catalog
 * carries them as parts, so coverage checks each one, in a letter drafted with the add-in.
 */
import { analyse } from "../../../src/domain/coverage";
import { composedLetter, snapshotOf, typeResponse } from "./composed";
import { inspection } from "./fixtures";

const phase1 = inspection("cjji-rape-phase-1-2021");
const r5 = phase1.recommendations.find((r) => r.id === "r5")!;

function partStatuses(response: string) {
  const doc = composedLetter(phase1);
  typeResponse(doc, phase1.id, "r5", response);
  const item = analyse(snapshotOf(doc), phase1).items.find((i) => i.recId === "r5")!;
  return { status: item.status, parts: Object.fromEntries(item.parts.map((p) => [p.partId, p.status])) };
}

describe("the four minimum items of recommendation 5", () => {
  it("are parts of the recommendation, in the report's order", () => {
    expect(r5.parts.map((p) => p.id)).toEqual(["r5.1", "r5.2", "r5.3", "r5.4"]);
    expect(r5.text).toMatch(/As a minimum, the following should be included:$/);
  });

  it("each count as answered when the response takes them one by one", () => {
    const { status, parts } = partStatuses(
      [
        "The force and the CPS Area have agreed a joint protocol, overseen by the local criminal justice board.",
        "1. Investigators now seek early investigative advice in every case, and record why when they do not.",
        "2. Investigators and reviewing prosecutors give their direct telephone numbers and email addresses in all written communication.",
        "3. A face-to-face meeting, in person or online, is held before any decision to take no further action on a referred case.",
        "4. A joint escalation pathway is in place for disagreements, reviewed every quarter with local results.",
      ].join("\n"),
    );
    expect(status).toBe("answered");
    expect(parts).toEqual({ "r5.1": "answered", "r5.2": "answered", "r5.3": "answered", "r5.4": "answered" });
  });

  it("flag the item the response leaves out", () => {
    const { status, parts } = partStatuses(
      [
        "The force and the CPS Area have agreed a joint protocol, overseen by the local criminal justice board.",
        "1. Investigators now seek early investigative advice in every case, and record why when they do not.",
        "2. Investigators and reviewing prosecutors give their direct telephone numbers and email addresses in all written communication.",
        "3. A face-to-face meeting, in person or online, is held before any decision to take no further action on a referred case.",
      ].join("\n"),
    );
    expect(status).toBe("answered");
    expect(parts["r5.4"]).toBe("placeholder");
    expect([parts["r5.1"], parts["r5.2"], parts["r5.3"]]).toEqual(["answered", "answered", "answered"]);
  });
});
