/**
 * "Ready to publish?" on the real responses: the Home Secretary letter signs off before its long
 * appendix (the Constabulary's response), and that is its signature.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/domain/coverage";
import { publicationCheck } from "../../src/domain/coverage/publish";
import { docxToSnapshot, textToSnapshot } from "../../src/domain/docx";
import { expected, fixtures, inspectionOf } from "./realDocs";

const file = "cambridgeshire-rape-phase-1";
const doc = expected.find((d) => d.file === `${file}.txt`)!;

async function snapshotOf(format: "txt" | "docx") {
  const bytes = readFileSync(path.join(fixtures, `${file}.${format}`));
  return format === "txt" ? textToSnapshot(bytes.toString("utf8")) : (await docxToSnapshot(new Uint8Array(bytes))).snapshot;
}

describe("Ready to publish? on the real letter signed before its appendix", () => {
  it.each(["txt", "docx"] as const)("%s: finds the date and the signature, and every recommendation answered", async (format) => {
    const snapshot = await snapshotOf(format);
    const inspection = inspectionOf(doc.inspection);
    const report = analyse(snapshot, inspection);
    const check = publicationCheck(snapshot, inspection, report, new Date(2021, 8, 13));
    const codes = check.items.map((i) => i.code);
    expect(codes).not.toContain("no-signature");
    expect(codes).not.toContain("no-date");
    expect(codes).not.toContain("missing");
    // The signature really is before the appendix: the letter's last 25 paragraphs hold no sign-off.
    const texts = snapshot.paragraphs.map((p) => p.text);
    const signOff = texts.findIndex((t) => /^\s*Yours sincerely/i.test(t));
    expect(signOff).toBeGreaterThan(-1);
    expect(signOff).toBeLessThan(texts.length - 25);
  });
});

/**
 * A letter signed with no "Yours sincerely": under a signature image come the PCC's name and role
 * on lines of their own, and nothing after them. That is its signature.
 */
describe("Ready to publish? on the real letter signed with name and role alone", () => {
  const signedByName = "cheshire-rape-phase-1";
  const byName = expected.find((d) => d.file === `${signedByName}.txt`)!;

  it.each(["txt", "docx"] as const)("%s: finds the signature, naming the commissioner, at the letter's end", async (format) => {
    const bytes = readFileSync(path.join(fixtures, `${signedByName}.${format}`));
    const snapshot = format === "txt" ? textToSnapshot(bytes.toString("utf8")) : (await docxToSnapshot(new Uint8Array(bytes))).snapshot;
    const inspection = inspectionOf(byName.inspection);
    const check = publicationCheck(snapshot, inspection, analyse(snapshot, inspection), new Date(2021, 8, 13));
    expect(check.items.map((i) => i.code)).not.toContain("no-signature");
    // It really has no sign-off line: the name and role close the letter.
    const texts = snapshot.paragraphs.map((p) => p.text.trim()).filter(Boolean);
    expect(texts.some((t) => /^(?:yours\s+(?:sincerely|faithfully)|(?:kind|best)\s+regards)/i.test(t))).toBe(false);
    expect(texts.at(-1)).toMatch(/^Police and Crime Commissioner for /);
  });
});
