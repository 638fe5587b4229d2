/** Adding the coverage table when Word stops part-way: nothing of it is left, and the message says so (issue 11). */
import { wordFailureText } from "../../src/taskpane/actions/wordFailures";
import { createOfficeWordPort, WordActionError } from "../../src/word";
import { setupWordHost } from "../support/wordHost";
import { outline } from "./outline";

const rows = [
  ["Recommendation", "Status"],
  ["1", "Answered"],
  ["2", "Not yet answered"],
];

/** The write batch's size, from a run that succeeds. */
async function writeBatchSize(): Promise<number> {
  const { host } = setupWordHost({}, { body: ["Dear Inspector,"] });
  host.resetCounters();
  await createOfficeWordPort().appendTable("Progress", rows);
  const batches = host.requestLog.filter((r) => !r.cleanup);
  return batches[batches.length - 1].actions;
}

describe("adding the coverage table when Word stops part-way", () => {
  it("leaves the document as it was at every action of the write batch, and the message says so", async () => {
    const size = await writeBatchSize();
    expect(size).toBeGreaterThan(2);
    for (let action = 0; action < size; action++) {
      const { model, host } = setupWordHost({}, { body: ["Dear Inspector,"] });
      const before = outline(model);
      host.injectFailure({ batch: 1, action, code: "GeneralException" });
      const error = await createOfficeWordPort()
        .appendTable("Progress", rows)
        .then(() => null, (e: unknown) => e);
      if (error === null) continue; // an action the library sent that Word does not act on
      expect(error).toBeInstanceOf(WordActionError);
      const said = wordFailureText(error as WordActionError);
      // True either way: nothing, or (when Word stopped before the wrap) at most one empty paragraph, and then the message says "possibly".
      if (/possibly one empty paragraph/.test(said)) expect({ action, outline: outline(model).slice(0, before.length), extra: outline(model).slice(before.length).filter((l) => l !== "Normal: ") }).toEqual({ action, outline: before, extra: [] });
      else {
        expect(said).toMatch(/Nothing was added: the document is as it was\./);
        expect({ action, outline: outline(model) }).toEqual({ action, outline: before });
      }
      expect(outline(model).join("\n")).not.toMatch(/Progress|Recommendation|Answered/);
    }
  });
});
