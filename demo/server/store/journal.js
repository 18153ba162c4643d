// An append-only journal: one JSON record per line, each write flushed to
// disk (fsync) before the request that caused it is answered, replayed in
// order on start. A crash mid-write can leave a torn last line; that line was
// never acknowledged to anyone, so it is cut off and the journal carries on.
// A bad line anywhere else is real corruption and stops the server.
import { closeSync, appendFileSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class JournalCorruptError extends Error {}

/**
 * Opens (creating if need be) the journal at `path`.
 * @param {string} path
 * @param {{ onTornLine?: (text: string) => void }} [options]
 * @returns {{ entries: unknown[], append(entry: unknown): void, close(): void, path: string }}
 */
export function openJournal(path, { onTornLine } = {}) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a+');
  let closed = false;
  try {
    const { entries, goodBytes, torn, unterminated } = replay(readFileSync(path), path);
    if (torn !== null) {
      ftruncateSync(fd, goodBytes);
      fsyncSync(fd);
      onTornLine?.(torn);
    } else if (unterminated) {
      // A whole record that lost its newline: end the line so the next record starts on its own.
      appendFileSync(fd, '\n');
      fsyncSync(fd);
    }
    return {
      path,
      entries,
      append(entry) {
        if (closed) throw new Error('The journal is closed');
        // JSON.stringify escapes every newline inside strings, so one entry is always one line.
        appendFileSync(fd, `${JSON.stringify(entry)}\n`);
        fsyncSync(fd);
      },
      close() {
        if (!closed) closeSync(fd);
        closed = true;
      },
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Parses every complete line. Reports a torn last line (and where the good
 * part ends), or a last record that is whole but lost its newline.
 */
function replay(buffer, path) {
  const entries = [];
  let offset = 0;
  let lineNumber = 0;
  while (offset < buffer.length) {
    lineNumber += 1;
    const end = buffer.indexOf(0x0a, offset);
    const last = end === -1;
    const line = buffer.subarray(offset, last ? buffer.length : end).toString('utf8');
    if (line.trim() !== '') {
      try {
        entries.push(JSON.parse(line));
      } catch {
        // Only the final, unterminated line can be torn: everything before it was fsynced whole.
        if (last) return { entries, goodBytes: offset, torn: line, unterminated: false };
        throw new JournalCorruptError(`${path}: line ${lineNumber} is not valid JSON; the journal is damaged (move it aside to start afresh)`);
      }
    }
    if (last) return { entries, goodBytes: buffer.length, torn: null, unterminated: true };
    offset = end + 1;
  }
  return { entries, goodBytes: offset, torn: null, unterminated: false };
}
