/**
 * Reads a content file as UTF-8 text, strictly: a byte that is not UTF-8 stops the build at its
 * own file, line and column, naming the byte, instead of turning into U+FFFD on the page (what
 * readFileSync(file, 'utf8') would do). A byte order mark is dropped and CRLF line endings
 * become LF, so files saved by Windows editors read the same; line numbers do not change.
 */
import { readFileSync } from 'node:fs';

export class EncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodingError';
  }
}

const LF = 0x0a;
const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Where the first malformed sequence of `line` (one line's bytes, known to be invalid) starts:
 * its byte index and the column (characters decoded before it, plus one). The line is fed to a
 * fatal streaming decoder a byte at a time; a sequence left incomplete is blamed on its first byte.
 */
function firstBadByte(line: Uint8Array): { index: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let decoded = 0;
  let pending: number | undefined;
  for (let i = 0; i < line.length; i++) {
    let out: string;
    try {
      out = decoder.decode(line.subarray(i, i + 1), { stream: true });
    } catch {
      return { index: pending ?? i, column: decoded + 1 };
    }
    if (out === '') pending ??= i;
    else {
      decoded += out.length;
      pending = undefined;
    }
  }
  // The line ends inside a sequence.
  return { index: pending ?? line.length - 1, column: decoded + 1 };
}

/** Decodes `bytes` as UTF-8 or throws an EncodingError naming `display`, the line, column and byte. */
export function decodeUtf8(bytes: Uint8Array, display: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the line: a line feed byte never occurs inside a multi-byte sequence.
    let start = 0;
    for (let lineNumber = 1; ; lineNumber++) {
      const end = bytes.indexOf(LF, start);
      const line = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(line);
      } catch {
        const { index, column } = firstBadByte(line);
        throw new EncodingError(
          `${display}:${lineNumber}:${column}: the byte ${hex(line[index])} is not UTF-8 (the file was saved in another encoding, e.g. Latin-1 or Windows-1252).\n` +
            `  Fix: retype the character at that place, or save the file as UTF-8.`,
        );
      }
      if (end === -1) break;
      start = end + 1;
    }
    throw new EncodingError(`${display}: the file is not valid UTF-8.\n  Fix: save it as UTF-8.`);
  }
  return text.replace(/\r\n/g, '\n');
}

/** Reads `file` as UTF-8 text (see decodeUtf8); `display` is how messages name it. */
export function readUtf8(file: string, display = file): string {
  return decodeUtf8(readFileSync(file), display);
}
