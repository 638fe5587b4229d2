/**
 * Random sequences of what a user and the add-in do to one document (issue 11): insert the full
 * response, a section, the missing sections, approved wording; remove what was just inserted;
 * re-check coverage; type into responses and between sections; delete a section; move the
 * cursor; turn Track Changes on. Each sequence runs on one host profile (WordApi 1.1, 1.3, 1.4 on
 * Windows, or Word on the web; strict or lenient) with one inspection, and mixes the built-in
 * house styles from insert to insert. After every step the invariants in invariants.ts must hold;
 * at the end of a sequence coverage is checked too. See README.md here.
 *
 * On a failure fast-check shrinks the sequence, and the message gives the seed, the path, and the
 * shortest failing sequence in words. Replay it exactly with
 *   IRD_SEQUENCE_SEED=<seed> IRD_SEQUENCE_PATH=<path> npx jest tests/reliability
 * IRD_SEQUENCES=<n> changes the number of sequences (1000 by default).
 */
import fc from "fast-check";
import { profileByName } from "../../src/preview/emulator/profiles";
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost } from "../support/wordHost";
import { recheckCoverage } from "./addInSteps";
import { stepsRun, type Step } from "./step";
import { stepArbitrary } from "./steps";
import { INSPECTIONS, PROFILES, STARTS, describeScenario, type Scenario } from "./scenario";
import type { Expected, Real } from "./state";

const SEQUENCES = Number(process.env.IRD_SEQUENCES ?? 1000);
const SEED = process.env.IRD_SEQUENCE_SEED ? Number(process.env.IRD_SEQUENCE_SEED) : undefined;
const PATH = process.env.IRD_SEQUENCE_PATH || undefined;

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.record({
  profile: fc.constantFrom(...PROFILES),
  inspection: fc.constantFrom(...INSPECTIONS),
  start: fc.constantFrom(...STARTS),
});

/** 3–8 steps: short enough for 1,000 sequences in well under a minute. */
const stepsArbitrary = fc.array(stepArbitrary, { minLength: 3, maxLength: 8 });

/** A fresh document on the scenario's host; the lines of a begun letter are text the user typed. */
function begin(scenario: Scenario): { model: Expected; real: Real } {
  const expected: Expected = { scenario, tracking: false, typed: [], sections: new Map(), steps: [], nextMarker: 1, inserts: 0, lastInsert: null };
  const letter = scenario.start === "letter begun" ? ["typed-0a Dear Home Secretary,", "typed-0b"] : [];
  for (const line of letter) expected.typed.push({ marker: line.split(" ")[0], place: "between sections", fate: "kept" });
  const { host, model } = setupWordHost(profileByName(scenario.profile)!.options, { body: [...letter, ""] });
  return { model: expected, real: { host, model, port: createOfficeWordPort() } };
}

async function runSequence(scenario: Scenario, steps: Step[]): Promise<void> {
  const { model: expected, real } = begin(scenario);
  await fc.asyncModelRun(() => ({ model: expected, real }), steps);
  // Every sequence ends with a coverage check, whether or not it re-checked on the way.
  await recheckCoverage(expected, real, "the end of the sequence");
}

function failureReport(details: fc.RunDetails<[Scenario, Step[]]>): string {
  const [scenario, steps] = details.counterexample ?? [];
  const error = details.errorInstance;
  return [
    `Random sequences failed after ${details.numRuns} of ${SEQUENCES} (seed ${details.seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks} times).`,
    `Replay: IRD_SEQUENCE_SEED=${details.seed} IRD_SEQUENCE_PATH="${details.counterexamplePath}" npx jest tests/reliability`,
    `Shortest failing sequence: ${scenario ? describeScenario(scenario) : "?"}; steps as generated: ${steps?.map(String).join(", ") ?? "?"}`,
    error instanceof Error ? (error.name === "SequenceFailure" ? error.message : String(error.stack ?? error)) : String(error),
  ].join("\n");
}

describe("random sequences of user and add-in actions", () => {
  it(`keep typed text, one section per recommendation, the plan's structure and coverage right (${SEQUENCES} sequences)`, async () => {
    const started = Date.now();
    const property = fc.asyncProperty(scenarioArbitrary, stepsArbitrary, runSequence);
    const details = await fc.check(property, { numRuns: SEQUENCES, seed: SEED, path: PATH, endOnFailure: false });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (details.failed) throw new Error(failureReport(details));
    const steps = [...stepsRun.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`random sequences: ${details.numRuns} passed, ${steps} steps, in ${seconds} s (seed ${details.seed})\n`);
    if (process.env.IRD_SEQUENCE_STATS) process.stdout.write(`${JSON.stringify(Object.fromEntries(stepsRun))}\n`);
  }, 600_000);
});
