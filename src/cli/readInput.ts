/**
 * Reading a file the user named, without hanging or running out of memory: only regular files
 * (opening a FIFO blocks until a writer comes; /dev/zero never ends), never into /dev, /proc or
 * /sys, and never more than a cap, whatever the file's size says.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { sizeInWords } from "../domain/docx/limits";

/** Why a file was not read, in words; the caller adds the file name. */
export class Unreadable extends Error {
  override name = "Unreadable";
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

const SYSTEM = /^\/(dev|proc|sys)(\/|$)/;

/** The file's bytes, up to `cap`; throws Unreadable (with the reason) for anything else. */
export function readRegularFile(file: string, cap: number, what = "file"): Buffer {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Unreadable(code === "ENOENT" ? "no such file" : code === "ELOOP" ? "a symbolic link that loops" : `cannot be read (${code ?? "error"})`);
  }
  let real = file;
  try {
    real = realpathSync(file);
  } catch {
    // e.g. a link to /proc/self/fd/0 naming a pipe: the kind check below still refuses it.
  }
  if (SYSTEM.test(real) && !st.isDirectory()) throw new Unreadable(`not a regular ${what}: it leads to ${real.split("/").slice(0, 2).join("/")}`);
  if (!st.isFile()) throw new Unreadable(`not a regular ${what}: it is ${kindOf(st)}`);
  if (st.size > cap) throw new Unreadable(`too large (${sizeInWords(st.size)}; ird reads ${what}s up to ${sizeInWords(cap)})`);
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening it must not wait.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new Unreadable(`cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new Unreadable(`not a regular ${what}: it is ${kindOf(opened)}`);
    // The size may change under us (or lie, as in /proc): read until the end or just past the cap.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(opened.size - length, 64 * 1024), cap + 1 - length));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw new Unreadable(`cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > cap) throw new Unreadable(`too large (more than ${sizeInWords(cap)}; ird reads ${what}s up to ${sizeInWords(cap)})`);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}
