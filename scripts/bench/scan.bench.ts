/** Round trips and time of reading a long document (10,000 paragraphs, 13 drafted sections) for coverage. */
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost } from "../../tests/support/wordHost";
import { planFor, syntheticInspection } from "../../tests/word/plans";

export default async function bench(): Promise<Record<string, number>> {
  const body = Array.from({ length: 10000 }, (_, i) => `Paragraph ${i + 1} of a long report, with some ordinary words in it.`);
  const { host } = setupWordHost({}, { body });
  const port = createOfficeWordPort();
  await port.insertPlan(planFor(syntheticInspection(13)), "end");
  host.resetCounters();
  const started = performance.now();
  const snapshot = await port.readSnapshot();
  const ms = Math.round(performance.now() - started);
  if (snapshot.paragraphs.length < 10000) throw new Error(`read ${snapshot.paragraphs.length} paragraphs, expected over 10000`);
  return { "scan.syncs.paras10000": host.counters.syncs, "scan.ms.paras10000": ms };
}
