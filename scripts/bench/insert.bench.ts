/**
 * Round trips and time of one insert through Microsoft's Word library and the emulated host.
 * Syncs must not grow with the number of recommendations (ARCHITECTURE.md "Word API discipline").
 */
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost } from "../../tests/support/wordHost";
import { planFor, syntheticInspection } from "../../tests/word/plans";

async function insertSyncs(count: number): Promise<number> {
  const { host } = setupWordHost();
  await createOfficeWordPort().insertPlan(planFor(syntheticInspection(count)), "cursor");
  return host.counters.syncs;
}

export default async function bench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const count of [3, 13, 200]) figures[`insert.syncs.recs${count}`] = await insertSyncs(count);
  setupWordHost({ latencyMs: 50 });
  const started = performance.now();
  await createOfficeWordPort().insertPlan(planFor(syntheticInspection(200)), "cursor");
  figures["insert.ms.recs200.latency50"] = Math.round(performance.now() - started);
  return figures;
}
