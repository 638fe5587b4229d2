/** One random step of a sequence: what the add-in or a person does, with its random choices. */
import fc from "fast-check";
import type { InsertWhere } from "../../src/word";
import { InsertFullResponse, InsertMissing, InsertSection, InsertWording, RecheckCoverage, RemoveLastInsert } from "./addInSteps";
import { STYLES } from "./scenario";
import type { Step } from "./step";
import { DeleteSection, MoveCursor, OFFSETS, TrackChangesOn, TypeBetweenSections, TypeIntoResponse } from "./userSteps";

const pick = fc.nat({ max: 15 });
const style = fc.nat({ max: STYLES.length - 1 });
const where = fc.constantFrom<InsertWhere>("cursor", "end");

/**
 * One step. Moving the cursor comes first: fast-check shrinks a step towards the first
 * alternative, and that one changes nothing in the document.
 */
export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.tuple(pick, fc.constantFrom(...OFFSETS)).map(([p, o]) => new MoveCursor(p, o)), weight: 3 },
  { arbitrary: fc.tuple(style, where).map(([s, w]) => new InsertFullResponse(s, w)), weight: 2 },
  { arbitrary: fc.tuple(pick, style, where).map(([rec, s, w]) => new InsertSection(rec, s, w)), weight: 3 },
  { arbitrary: style.map((s) => new InsertMissing(s)), weight: 2 },
  { arbitrary: pick.map((w) => new InsertWording(w)), weight: 2 },
  { arbitrary: fc.constant(null).map(() => new RecheckCoverage()), weight: 1 },
  { arbitrary: fc.tuple(pick, pick, fc.boolean()).map(([s, p, n]) => new TypeIntoResponse(s, p, n)), weight: 4 },
  { arbitrary: fc.tuple(pick, fc.boolean()).map(([p, e]) => new TypeBetweenSections(p, e)), weight: 2 },
  { arbitrary: pick.map((s) => new DeleteSection(s)), weight: 1 },
  { arbitrary: fc.constant(null).map(() => new TrackChangesOn()), weight: 1 },
  { arbitrary: fc.constant(null).map(() => new RemoveLastInsert()), weight: 1 },
);
