#!/usr/bin/env node
// Draws the add-in icon (an Office-blue document with a white tick) at the sizes Word asks for
// and writes assets/icon-<size>.png. No image tooling needed: shapes are sampled 4x4 per pixel
// for anti-aliasing and encoded as RGBA PNG with node's zlib. Run: node scripts/make-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80]; // ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64
const BLUE = [0x18, 0x5a, 0xbd]; // Office/Word brand blue
const FOLD = [0x9c, 0xbc, 0xeb];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

// Shapes in unit coordinates (0..1, y down).
const DOC = { left: 0.17, right: 0.83, top: 0.06, bottom: 0.94, fold: 0.22 };
function inDocument(x, y) {
  if (x < DOC.left || x > DOC.right || y < DOC.top || y > DOC.bottom) return false;
  return x - (DOC.right - DOC.fold) <= y - DOC.top + 1e-9 || x < DOC.right - DOC.fold; // cut top-right corner
}
function inFold(x, y) {
  const fx = DOC.right - DOC.fold;
  return x >= fx && y <= DOC.top + DOC.fold && x - fx <= y - DOC.top;
}
function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const TICK = [[0.31, 0.57], [0.45, 0.71], [0.7, 0.42]];
function inTick(x, y, halfWidth) {
  return distToSegment(x, y, TICK[0], TICK[1]) <= halfWidth || distToSegment(x, y, TICK[1], TICK[2]) <= halfWidth;
}

export function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const halfWidth = Math.max(0.055, 1.1 / size); // keep the tick at least ~2px wide at 16px
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let colour = null;
          if (inFold(x, y)) colour = FOLD;
          else if (inDocument(x, y)) colour = inTick(x, y, halfWidth) ? WHITE : BLUE;
          if (colour) {
            r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (S * S));
      }
    }
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
  for (const size of SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
