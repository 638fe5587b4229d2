/** The README's pictures are in the repository: every image it references exists and is a PNG or SVG file. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

/** Local images: Markdown ![alt](src), HTML <img src="…">, and links to a .png/.svg/.jpg. */
function imagesOf(markdown: string): string[] {
  const found = [
    ...[...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...markdown.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]),
    ...[...markdown.matchAll(/\]\(\s*<?([^)\s>]+\.(?:png|svg|jpe?g|gif))>?\s*\)/gi)].map((m) => m[1]),
  ];
  return [...new Set(found.filter((src) => !/^[a-z][a-z0-9+.-]*:/i.test(src)).map((src) => decodeURIComponent(src.split("#")[0])))];
}

describe("README images", () => {
  it("finds images written either way (so the check below cannot pass by finding none)", () => {
    expect(imagesOf('![a](docs/a.png) <img alt="b" src="docs/b.png"> [c](docs/c.svg) ![web](https://example.org/x.png)')).toEqual(["docs/a.png", "docs/b.png", "docs/c.svg"]);
  });

  it("every image the README references exists", () => {
    const images = imagesOf(readme);
    // The drafting section shows the three built-in styles' full output.
    expect(images).toEqual(expect.arrayContaining(["docs/screenshots/rape-phase-one-narrative-letter.png", "docs/screenshots/rape-phase-one-response-form.png", "docs/screenshots/rape-phase-one-home-secretary-letter-appendix.png"]));
    const missing = images.filter((src) => !existsSync(path.join(root, src)));
    expect(missing).toEqual([]);
    for (const src of images.filter((s) => s.endsWith(".png"))) {
      // A real PNG, not an empty file or a Git LFS pointer.
      expect(readFileSync(path.join(root, src)).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    }
  });
});
