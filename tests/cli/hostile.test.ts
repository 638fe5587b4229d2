/**
 * `ird check` on hostile input (issue 11: nothing lost, nothing forged, no hang): every refusal
 * names its cause on one line and exits 2, memory stays bounded, one bad file in a folder does
 * not stop the others, a stored inspection cannot forge a pass, and nothing from a document or a
 * catalog reaches the terminal as a control character.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Inspection } from "../../src/domain/catalog";
import { inspectionToXml } from "../../src/domain/docx";
import { decodeText } from "../../src/domain/docx/decode";
import { MAX_PARAGRAPHS, MAX_XML_DEPTH } from "../../src/domain/docx/limits";
import { responseTag, sectionTag, XML_NAMESPACE } from "../../src/domain/tags";
import { buildDocx } from "../unit/coverage/buildDocx";
import { fixtureDir, inspection, readFixture, repoRoot } from "../unit/coverage/fixtures";
import { docxOf, documentXml, zipBomb } from "./support/zipBomb";
import { ird, tempFiles } from "./support/cli";

const PHASE2 = "cjji-rape-phase-2-2022";
const MB = 1024 * 1024;

const { dir: tmp, file } = tempFiles("ird-hostile-");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const fifo = (p: string) => {
  const made = spawnSync("mkfifo", [p]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return p;
};

/** bin/ird.js in its own process, with its wall time and peak memory (KB, from tests/cli/support/maxrss.js). */
function spawnIrd(...args: string[]) {
  const rssFile = path.join(tmp, `rss-${process.hrtime.bigint()}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [path.join(__dirname, "support", "maxrss.js"), ...args], {
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, IRD_MAXRSS_FILE: rssFile },
  });
  const seconds = (Date.now() - started) / 1000;
  const peakMB = Number(readFileSync(rssFile, "utf8")) / 1024;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.trim(), seconds, peakMB };
}

/** Control characters (C0 but tab and our line ends, DEL, C1) and bidi controls: none may reach the terminal. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("zip bombs and costly documents are refused before they cost memory", () => {
  const bombs: [string, () => Buffer, RegExp][] = [
    ["a 1.2 MB .docx whose document.xml inflates to 400 MB", () => zipBomb(400 * MB), /too large: word\/document\.xml would unpack to 400 MB/],
    ["a 3.5 MB .docx whose document.xml inflates to 1.1 GB", () => zipBomb(1.1 * 1024 * MB), /too large: word\/document\.xml would unpack to 1\.1 GB/],
    ["a .docx that declares 1 KB and inflates to 400 MB", () => zipBomb(400 * MB, { declaredSize: 1000 }), /unpacks to more than 20 MB, though its zip entry declares 1 KB/],
  ];
  it.each(bombs)("%s: exit 2 within 5 s, under 300 MB", (name, make, reason) => {
    const bomb = file(`${name.slice(0, 12).replace(/\W/g, "-")}.docx`, make());
    const r = spawnIrd("check", bomb, "--inspection", PHASE2);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.seconds).toBeLessThan(5);
    expect(r.peakMB).toBeLessThan(300);
  });

  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const nested = "<w:sdt><w:sdtContent>".repeat(MAX_XML_DEPTH) + "<w:p/>" + "</w:sdtContent></w:sdt>".repeat(MAX_XML_DEPTH);
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
  const manyEntries = () => {
    const parts: Record<string, string> = { "word/document.xml": documentXml("<w:p/>") };
    for (let i = 0; i < 10_001; i++) parts[`word/media/x${i}.xml`] = "<x/>";
    return docxOf(parts);
  };
  it.each([
    ["611 KB of tiny paragraphs (600 MB inflated)", () => zipBomb(600 * MB, { unit: "<w:p/>" }), /too large: word\/document\.xml would unpack to 600 MB/],
    ["more paragraphs than ird reads, within the size cap", () => docxOf({ "word/document.xml": documentXml("<w:p/>".repeat(MAX_PARAGRAPHS + 1)) }), /more than 100,000 paragraphs/],
    ["more elements than ird reads, within the size cap", () => docxOf({ "word/document.xml": documentXml(`<w:p>${"<w:r/>".repeat(600_000)}</w:p>`) }), /more than 500,000 XML elements/],
    ["elements nested too deep", () => docxOf({ "word/document.xml": documentXml(nested) }), /nested too deep: word\/document\.xml has elements more than 100 levels deep/],
    ["a DOCTYPE with entities (billion laughs)", () => docxOf({ "word/document.xml": laughs }), /declares a DOCTYPE or entities/],
    ["a document.xml that is not XML", () => docxOf({ "word/document.xml": "%PDF-1.7 not xml at all" }), /not a Word document \(word\/document\.xml is not XML\)/],
    ["XML that is not a Word document", () => docxOf({ "word/document.xml": '<?xml version="1.0"?><html><body/></html>' }), /not a Word document \(word\/document\.xml has no w:document element\)/],
    ["a zip with no document.xml", () => docxOf({ "word/other.xml": "<x/>" }), /no word\/document\.xml inside/],
    ["a zip of more entries than a Word document has", manyEntries, /not a Word document \(the zip holds 10,003 entries\)/],
    ["a styles part nested too deep", () => docxOf({ "word/document.xml": documentXml("<w:p/>"), "word/styles.xml": `<w:styles ${W}>${nested}</w:styles>` }), /nested too deep: word\/styles\.xml/],
  ])("%s: exit 2 naming the cause", async (_, make, reason) => {
    const r = await ird("check", file(`costly-${Math.random().toString(36).slice(2)}.docx`, make()), "--inspection", PHASE2);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(r.stdout).toBe("");
  });
});

describe("an empty, damaged or password-protected file is named for what it is", () => {
  const sample = () => docxOf({ "word/document.xml": documentXml("<w:p><w:r><w:t>Recommendation 1</w:t></w:r></w:p>".repeat(200)) });
  const halfOf = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2));
  /** A zip whose entries are flagged as encrypted (general purpose bit 0, in both headers), as a zip tool's password makes them. */
  const zipWithPassword = () => {
    const bytes = Buffer.from(sample());
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (bytes.readUInt32LE(i) === 0x04034b50) bytes[i + 6] |= 1; // local header
      if (bytes.readUInt32LE(i) === 0x02014b50) bytes[i + 8] |= 1; // central directory
    }
    return bytes;
  };
  it.each([
    ["an empty .docx", () => Buffer.alloc(0), /empty \(0 bytes\)/],
    ["a .docx cut short in the copy", () => halfOf(sample()), /damaged or incomplete/],
    ["a password-protected .docx (an OLE file, as Word writes one)", () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]), /password-protected, or an old Word 97-2003 file/],
    ["a .docx zipped again with a password", zipWithPassword, /a zip with a password/],
    ["an empty .txt", () => Buffer.alloc(0), /empty \(0 bytes\)/, "txt"],
    ["a .txt of blank lines", () => Buffer.from(" \r\n\r\n  \n"), /has no text/, "txt"],
  ])("%s: exit 2 with that reason, no table", async (_, make, reason, ext = "docx") => {
    const r = await ird("check", file(`named-${Math.random().toString(36).slice(2)}.${ext}`, make()), "--inspection", PHASE2);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });
  it("still calls a renamed text file what it is: not a Word document", async () => {
    const r = await ird("check", file("renamed.docx", Buffer.from("Dear Chief Inspector, this was a text file.")), "--inspection", PHASE2);
    expect(r.stderr).toMatch(/not a Word document \(\.docx is a zip package; this file is not one\)/);
  });
});

describe("a folder's own folders are not searched, and ird says so", () => {
  it("names them on one line and checks the folder's files", async () => {
    const dir = path.join(tmp, "by-force");
    mkdirSync(path.join(dir, "cheshire"), { recursive: true });
    mkdirSync(path.join(dir, "cumbria"));
    writeFileSync(path.join(dir, "a.txt"), readFixture("portal-form.txt"));
    writeFileSync(path.join(dir, "cheshire", "b.txt"), readFixture("portal-form.txt"));
    const r = await ird("check", dir, "--inspection", PHASE2, "--json");
    expect(r.stderr).toBe(`ird: not looked inside the folders in ${dir}: cheshire/, cumbria/ (check each on its own)`);
    expect(JSON.parse(r.stdout).map((e: { file: string }) => e.file)).toEqual(["a.txt"]);
  });
});

describe("only regular files are read, and one bad file does not stop a folder", () => {
  it("refuses a FIFO, a link to /dev/zero and a 600 MB file at once, and still checks the good file", () => {
    const dir = path.join(tmp, "folder");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "a-good.txt"), readFixture("portal-form.txt"));
    fifo(path.join(dir, "b-pipe.txt"));
    symlinkSync("/dev/zero", path.join(dir, "c-zero.txt"));
    writeFileSync(path.join(dir, "d-huge.txt"), "");
    truncateSync(path.join(dir, "d-huge.txt"), 600 * MB); // sparse: no disk used
    writeFileSync(path.join(dir, "e-bomb.docx"), zipBomb(400 * MB));
    mkdirSync(path.join(dir, "f-folder.docx"));
    writeFileSync(path.join(dir, "g-binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(dir, "h-good.txt"), readFixture("portal-form.txt"));

    const r = spawnIrd("check", dir, "--inspection", PHASE2, "--json");
    expect(r.seconds).toBeLessThan(5);
    expect(r.peakMB).toBeLessThan(300);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.map((x: { file: string }) => x.file)).toEqual(["a-good.txt", "h-good.txt"]);
    expect(json[0].summary).toEqual({ answered: 2, unanswered: 1, total: 3 });
    const lines = r.stderr.split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/b-pipe\.txt: not a regular file: it is a named pipe \(FIFO\)/);
    expect(lines[1]).toMatch(/c-zero\.txt: not a regular file: it leads to \/dev/);
    expect(lines[2]).toMatch(/d-huge\.txt: too large \(600 MB; ird reads files up to 50 MB\)/);
    expect(lines[3]).toMatch(/e-bomb\.docx: too large: word\/document\.xml would unpack to 400 MB/);
    expect(lines[4]).toMatch(/f-folder\.docx: not a regular file: it is a folder/);
    expect(lines[5]).toMatch(/g-binary\.txt: not text: it holds NUL bytes/);
  });

  it.each([
    ["a FIFO given as the file", () => fifo(path.join(tmp, "lone-pipe.txt")), /not a regular file: it is a named pipe/],
    ["a link to /dev/zero given as the file", () => {
      const p = path.join(tmp, "lone-zero.txt");
      symlinkSync("/dev/zero", p);
      return p;
    }, /it leads to \/dev/],
    ["a 600 MB file", () => {
      const p = file("lone-huge.docx", "");
      truncateSync(p, 600 * MB);
      return p;
    }, /too large \(600 MB; ird reads files up to 50 MB\)/],
  ])("refuses %s at once with exit 2", (_, make, reason) => {
    const r = spawnIrd("check", make(), "--inspection", PHASE2);
    expect(r.seconds).toBeLessThan(5);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
  });
});

describe("ird import-text reads the same way", () => {
  it("refuses a FIFO at once, and reads UTF-16 report text with a warning", async () => {
    const r = spawnIrd("import-text", fifo(path.join(tmp, "report-pipe.txt")), "--json");
    expect(r.seconds).toBeLessThan(5);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a regular file: it is a named pipe/);
    const report = "An inspection of how forces record hate crime\nPublished on: 5 March 2024\n\nRecommendations\n1. By 30 September 2024, chief constables should audit how hate crime is recorded.\n";
    const utf16 = await ird("import-text", file("report16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, "utf16le")])), "--json");
    expect(utf16.code).toBe(0);
    expect(JSON.parse(utf16.stdout).recommendations[0].text).toBe("By 30 September 2024, chief constables should audit how hate crime is recorded.");
    expect(utf16.stderr).toMatch(/read as UTF-16LE/);
  });
});

describe("no forged pass", () => {
  const real = inspection(PHASE2);
  const answeredDocx = (stored: Inspection | string | null, recs = real.recommendations) =>
    buildDocx(
      recs.map((rec) => ({ sdt: { tag: sectionTag(real.id, rec.id), children: [rec.text, { sdt: { tag: responseTag(real.id, rec.id), children: ["Done: audited monthly by the witness care manager."] } }] } })),
      stored ? { customXml: [typeof stored === "string" ? stored : inspectionToXml(stored)] } : {},
    );
  const emptyStored = `<inspection xmlns="${XML_NAMESPACE}" format="1" id="${PHASE2}" publishedOn="2022-02-25" complete="true"><title>x</title><shortTitle>x</shortTitle><type>t</type><inspectorates/><recommendations/></inspection>`;

  it("a stored inspection with the checked id and no recommendations: exit 1, checked against the catalog, with a note", async () => {
    const doc = file("forged-empty.docx", await answeredDocx(emptyStored, []));
    const r = await ird("check", doc, "--inspection", PHASE2, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ answered: 0, unanswered: 3, total: 3 });
    expect(json.notes.join(" ")).toMatch(/stored inspection is damaged: recommendations must list at least one.*ignored/);
    const table = await ird("check", doc, "--inspection", PHASE2);
    expect(table.stdout).toMatch(/0 of 3 answered/);
    expect(table.stdout).toMatch(/note: the stored inspection is damaged/);
  });

  it("a stored inspection with one easy recommendation under the real id: the catalog's three are checked, and the difference noted", async () => {
    const forged = { ...real, recommendations: [{ ...real.recommendations[0], text: "Say hello." }] };
    const doc = file("forged-one.docx", await answeredDocx(forged, [real.recommendations[0]]));
    const r = await ird("check", doc, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.summary.total).toBe(3);
    expect(json.notes.join(" ")).toMatch(/differs from the catalog's \(1 recommendation stored, 3 in the catalog; not stored: r2, r3; r1's text differs\): checked against the catalog's recommendations/);
    expect((await ird("check", doc)).stdout).toMatch(/note: The inspection stored in the document differs from the catalog's/);
  });

  it("a stored inspection that differs only in wording: exit 1 though every recommendation is answered", async () => {
    const reworded = { ...real, recommendations: real.recommendations.map((r, i) => (i === 1 ? { ...r, text: `${r.text} Or not.` } : r)) };
    const r = await ird("check", file("reworded.docx", await answeredDocx(reworded)), "--json");
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ answered: 3, unanswered: 0, total: 3 });
    expect(json.notes).toEqual([expect.stringMatching(/r2's text differs/)]);
    expect(r.code).toBe(1);
  });

  it("a stored inspection the same as the catalog's: no note, exit 0", async () => {
    const r = await ird("check", file("honest.docx", await answeredDocx(real)), "--json");
    expect(JSON.parse(r.stdout).notes).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("a stored inspection the catalog does not know is used, and says so", async () => {
    const own = { ...real, id: "our-own-2024" };
    const r = await ird("check", file("own.docx", await answeredDocx(own)), "--json");
    expect(JSON.parse(r.stdout).notes).toContain("Checked against the inspection stored in the document: the catalog does not list our-own-2024.");
  });

  it.each([
    ["no recommendations", { recommendations: [] }, /inspection "empty-2024" in the catalog is not valid: recommendations must list at least one recommendation or area for improvement/],
    ["only areas for improvement", { recommendations: [], areasForImprovement: [{ ...real.recommendations[0], id: "a1", kind: "area-for-improvement" }] }, /inspection "empty-2024" lists no recommendations to check \(only areas for improvement/],
  ])("a catalog entry with %s: exit 2, never 0 of 0 answered", async (_, change, reason) => {
    const catalog = file(`catalog-${Math.random().toString(36).slice(2)}.json`, JSON.stringify({ inspections: [real, { ...real, id: "empty-2024", ...change }] }));
    const r = await ird("check", path.join(fixtureDir, "portal-form.txt"), "--inspection", "empty-2024", "--catalog", catalog);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stdout).toBe("");
  });

  it("a catalog whose only entry has no recommendations: exit 2", async () => {
    const catalog = file("only-empty.json", JSON.stringify({ inspections: [{ ...real, recommendations: [] }] }));
    const r = await ird("check", path.join(fixtureDir, "portal-form.txt"), "--inspection", PHASE2, "--catalog", catalog);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad catalog .*recommendations must list at least one/);
  });
});

describe("text in any encoding a user's editor saves, and never a binary file", () => {
  const text = readFixture("portal-form.txt");
  const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();
  const baseline = async () => JSON.parse((await ird("check", file("utf8.txt", text), "--inspection", PHASE2, "--json")).stdout);

  it.each([
    ["UTF-8 with a BOM", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), null],
    ["UTF-16LE with a BOM", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), /read as UTF-16LE/],
    ["UTF-16LE without a BOM", () => Buffer.from(text, "utf16le"), /read as UTF-16LE/],
    ["UTF-16BE with a BOM", () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), /read as UTF-16BE/],
    ["UTF-16BE without a BOM", () => utf16be(text), /read as UTF-16BE/],
    ["Latin-1", () => Buffer.from(`${text}\nRésumé of the café's review.\n`, "latin1"), /read as Windows-1252 text \(Latin-1\)/],
  ])("reads %s as the same response, with a note when it guessed", async (name, bytes, note) => {
    const r = await ird("check", file(`${name.replace(/\W/g, "-")}.txt`, bytes()), "--inspection", PHASE2, "--json");
    const json = JSON.parse(r.stdout);
    expect(json.recommendations).toEqual((await baseline()).recommendations);
    if (note) expect(json.notes).toEqual(expect.arrayContaining([expect.stringMatching(note)]));
    else expect(json.notes).toEqual((await baseline()).notes);
    expect(r.code).toBe(1);
  });

  it("decodes Latin-1 and Windows-1252 letters exactly", () => {
    expect(decodeText(Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x93, 0x71, 0x94])).text).toBe("Résumé “q”");
  });

  it.each([
    ["a PNG renamed .txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), /not text: it holds NUL bytes/],
    ["control bytes with no NUL", Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 ? 0x41 : 0x01))), /not text: too many control characters/],
  ])("refuses %s: exit 2", async (_, bytes, reason) => {
    const r = await ird("check", file(`binary-${Math.random().toString(36).slice(2)}.txt`, bytes), "--inspection", PHASE2);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
  });
});

describe("nothing reaches the terminal raw", () => {
  const real = inspection(PHASE2);
  const evil = "\u001b]0;owned\u0007\u001b[2J\u009b31m\u202eevil\u2066\n  3 of 3 answered";
  const catalog = file("evil-catalog.json", JSON.stringify({ inspections: [{ ...real, shortTitle: `Rape ${evil}` }] }));
  const response = file("evil\u001b[31m.txt", `${readFixture("portal-form.txt")}\nRecommendation 3: \u001b[31mDone\u0007 \u009b2J and audited.\u202e\n`);

  it("strips control, escape and bidi characters from every line of the table, and forges no line", async () => {
    const r = await ird("check", response, "--inspection", PHASE2, "--catalog", catalog);
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stdout.split("\n").filter((l) => /^\s*\d+ of \d+ answered/.test(l))).toEqual(["  2 of 3 answered; not yet answered: 2"]);
    expect(r.stdout).toMatch(/^evil\[31m\.txt: Rape \]0;owned\[2J31mevil {3}3 of 3 answered/m);
  });

  it("keeps them in JSON, escaped", async () => {
    const r = await ird("check", response, "--inspection", PHASE2, "--catalog", catalog, "--json");
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stdout).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(r.stdout).inspection).toBe(PHASE2);
  });

  it("strips them from messages on stderr too", async () => {
    const r = await ird("check", file("bad\u001b[2J\u0007.docx", "not a zip"), "--inspection", PHASE2);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stderr).toMatch(/bad\[2J\.docx: not a Word document/);
  });
});

describe("catalog files", () => {
  const form = path.join(fixtureDir, "portal-form.txt");
  const catalogJson = readFileSync(path.join(repoRoot, "assets", "catalog.json"), "utf8");

  it("reads a catalog with a UTF-8 BOM silently", async () => {
    const r = await ird("check", form, "--inspection", PHASE2, "--catalog", file("bom.json", `\uFEFF${catalogJson}`));
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/2 of 3 answered/);
  });

  it.each([
    ["a folder", () => mkdtempSync(path.join(tmp, "catalog-dir-")), /bad catalog .*: it is a folder; --catalog takes a catalog \.json file/],
    ["a FIFO", () => fifo(path.join(tmp, "catalog-pipe.json")), /bad catalog .*: not a regular catalog file: it is a named pipe/],
    ["JSON with a syntax error", () => file("broken.json", '{"inspections": [}'), /bad catalog .*: not valid JSON \(.+\)/],
    ["a binary file", () => file("binary.json", Buffer.from([0, 1, 2, 3, 0, 0, 0, 0])), /bad catalog .*: not valid JSON \(not text: it holds NUL bytes/],
  ])("refuses %s as the catalog, naming why", async (_, make, reason) => {
    const r = await ird("check", form, "--inspection", PHASE2, "--catalog", make());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.split("\n")).toHaveLength(1);
  });
});
