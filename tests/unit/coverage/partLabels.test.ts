/** Sub-parts of a recommendation answered part by part in an untagged document. */
import { analyse } from "../../../src/domain/coverage";
import { textToSnapshot } from "../../../src/domain/docx";
import { inspection } from "./fixtures";

const vawg = inspection("hmicfrs-vawg-final-2021");
const r2 = vawg.recommendations[1];

/** Our answers to the six parts of recommendation 2: (b) and (d) are not written yet. */
const answers = [
  "Arrest and bail decisions are checked each morning by a duty inspector.",
  "Domestic Violence Disclosure Scheme: to follow.",
  "Every response officer completed a day's course in May.",
  "TBC",
  "The multi-agency meeting now reviews the highest-risk cases every week.",
  "A county-wide campaign ran in the autumn, led by the comms team.",
];

function letter(label: (k: number) => string): string {
  return ["Recommendation 2", r2.text, "Force response:", "Our action plan was published in March 2022 and the board reviews it every quarter.", ...answers.map((a, k) => `${label(k)} ${a}`)].join("\n");
}

describe("sub-parts answered part by part", () => {
  it.each<[string, (k: number) => string]>([
    ["(a)", (k) => `(${String.fromCharCode(97 + k)})`],
    ["a)", (k) => `${String.fromCharCode(97 + k)})`],
    ["2.1", (k) => `2.${k + 1}`],
    ["i.", (k) => `${["i", "ii", "iii", "iv", "v", "vi"][k]}.`],
  ])("judges each part by its own %s label, not by its topic words", (_, label) => {
    const item = analyse(textToSnapshot(letter(label)), vawg).items[1];
    expect(item.status).toBe("answered");
    expect(item.parts.map((p) => p.status)).toEqual(["answered", "placeholder", "answered", "placeholder", "answered", "answered"]);
  });

  it("still reads parts by topic when the response does not label them", () => {
    const text = ["Recommendation 2", r2.text, "Force response:", "Our action plan was published in March 2022. Applications under the Domestic Violence Disclosure Scheme are now decided within a week."].join("\n");
    const parts = analyse(textToSnapshot(text), vawg).items[1].parts;
    expect(parts[1].status).toBe("answered");
    expect(parts[0].status).toBe("placeholder");
  });
});
