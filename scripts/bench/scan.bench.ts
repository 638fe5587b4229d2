/**
 * What reading a long document costs (issue 12), in round trips, time and bytes on the wire
 * (request + response, Word.run's release request included, as the host counts them):
 * - scan.syncs/ms.paras10000: a full read of 10,000 paragraphs and 13 drafted sections;
 * - scan.bytes.untagged.paras12000: a full read of a 12,000-paragraph document not drafted with us,
 *   and scan.releaseRequests.untagged.paras12000 (must be 0, WORD-SEMANTICS 72);
 * - scan.bytes.tagged.paras12000: the re-check of a 12,000-paragraph document drafted with us (13
 *   sections, read alone), and scan.ratio.tagged its share of that document's full read;
 * - select.bytes.paras12000: going to paragraph 11,000.
 */
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost } from "../../tests/support/wordHost";
import { planFor, syntheticInspection } from "../../tests/word/plans";

const text = (i: number) => `Paragraph ${i + 1} of a long report, with some ordinary words in it.`;

function wire(host: ReturnType<typeof setupWordHost>["host"]) {
  const log = host.requestLog;
  return { bytes: log.reduce((n, r) => n + r.requestBytes + r.responseBytes, 0), releases: log.filter((r) => r.cleanup).length };
}

export default async function bench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};

  {
    const { host } = setupWordHost({}, { body: Array.from({ length: 10000 }, (_, i) => text(i)) });
    const port = createOfficeWordPort();
    await port.insertPlan(planFor(syntheticInspection(13)), "end");
    host.resetCounters();
    const started = performance.now();
    const snapshot = await port.readSnapshot();
    figures["scan.ms.paras10000"] = Math.round(performance.now() - started);
    if (snapshot.paragraphs.length < 10000) throw new Error(`read ${snapshot.paragraphs.length} paragraphs, expected over 10000`);
    figures["scan.syncs.paras10000"] = host.counters.syncs;
  }

  {
    const { host } = setupWordHost({}, { body: Array.from({ length: 12000 }, (_, i) => text(i)) });
    const port = createOfficeWordPort();
    host.resetCounters();
    await port.readSnapshot("document");
    const untagged = wire(host);
    figures["scan.bytes.untagged.paras12000"] = untagged.bytes;
    figures["scan.releaseRequests.untagged.paras12000"] = untagged.releases;
    host.resetCounters();
    await port.selectParagraph(11000);
    figures["select.bytes.paras12000"] = wire(host).bytes;
  }

  {
    const { host } = setupWordHost({}, { body: Array.from({ length: 12000 }, (_, i) => text(i)) });
    const port = createOfficeWordPort();
    await port.insertPlan(planFor(syntheticInspection(13)), "end");
    host.resetCounters();
    await port.readSnapshot("document");
    const full = wire(host).bytes;
    host.resetCounters();
    const sections = await port.readSnapshot("sections");
    if (sections.controls.length < 13) throw new Error(`the re-check found ${sections.controls.length} controls, expected the 13 sections and more`);
    const tagged = wire(host).bytes;
    figures["scan.bytes.full.paras12000"] = full;
    figures["scan.bytes.tagged.paras12000"] = tagged;
    figures["scan.ratio.tagged"] = Math.round((tagged / full) * 10000) / 10000;
  }
  return figures;
}
