/**
 * The one validating path every content file goes through (src/loaders/content.ts), on the
 * real content with one mistake made in it: each mistake stops it with its own file, line and
 * fix, and gives one error, not a cascade. The real build's behaviour on the same mistakes is
 * in tests/build/malformed-build.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, writtenStart } from '../../src/lib/record/timeline.ts';
import { decodeUtf8 } from '../../src/loaders/read-text.ts';
import { contentFiles, readContent } from '../../src/loaders/content.ts';
import { CONTENT_MISTAKES, RESOLUTION_FILE, placePattern, writeContent, type ContentMistake } from '../fixtures/malformed-content.ts';
import { MALFORMED_CASES, realContent } from '../fixtures/malformed-cases.ts';

/** Reads a copy of the real content with `mistake` made in it; gives the error's message. */
async function errorOf(mistake?: ContentMistake, edit?: (dir: string) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'content-loader-'));
  writeContent(dir, mistake);
  edit?.(dir);
  try {
    await readContent(contentFiles(dir));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('readContent accepted the malformed content');
}

/** The problems a message lists: its lines that start with a place (`file:line:column: `). */
const problemLines = (message: string) => message.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));

describe('the content loader on a mistake in a file under content/', () => {
  it('covers every row of the table', () => expect(CONTENT_MISTAKES).toHaveLength(10));

  it.each(CONTENT_MISTAKES)('$name: one error, at its file and line, with a fix', async (mistake) => {
    const message = await errorOf(mistake);
    expect(message).toMatch(mistake.message);
    expect(message).toMatch(placePattern(mistake));
    expect(message).toMatch(/\n {2}Fix: \S/);
    expect(problemLines(message), message).toHaveLength(1);
  });
});

describe('one mistake in the resolution, one error', () => {
  // Each of these once gave a cascade of false errors ("Recital L is missing" when L exists).
  const ONE_ERROR = ['missing recital', 'repeated letter', 'empty unit', 'stray text between units', 'unknown section', 'unit in the wrong section', 'heading that names no unit', 'last recital missing (count declared in frontmatter)'];

  it.each(MALFORMED_CASES.filter((c) => ONE_ERROR.includes(c.name)))('$name', async ({ mutate, message }) => {
    const error = await errorOf(undefined, (dir) => writeFileSync(join(dir, RESOLUTION_FILE), mutate(realContent())));
    expect(error).toMatch(message);
    expect(problemLines(error), error).toHaveLength(1);
  });

  it('runs every case named above', () => expect(MALFORMED_CASES.filter((c) => ONE_ERROR.includes(c.name))).toHaveLength(ONE_ERROR.length));
});

describe('encodings', () => {
  it('accepts a byte order mark and CRLF line endings in every file, and reads the same units', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-loader-'));
    writeContent(dir);
    for (const file of [RESOLUTION_FILE, 'names.yaml', 'topics.yaml', 'relations.yaml', 'record.yaml', 'timeline.yaml']) {
      const text = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(dir, file), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    }
    const content = await readContent(contentFiles(dir));
    expect(content.units).toHaveLength(39);
    expect(content.units.find((u) => u.id === 'recital-l')?.text).toMatch(/^whereas human rights defender Elena Semenova was charged with “disseminating false information” in July 2018 after/);
    expect(content.units.some((u) => u.text.includes('\r') || u.text.includes('\uFEFF'))).toBe(false);
    expect(content.record.tabled.written).toBe('12 March 2019');
    expect(content.timeline[0]).toMatchObject({ slug: 'resolution-2009', when: '2009-09-17' });
  });

  it('names the line, column and byte of a stray continuation byte', () => {
    expect(() => decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0x63, 0x80, 0x64]), 'x.md')).toThrow(/^x\.md:2:3: the byte 0x80 is not UTF-8/);
  });

  it('blames a sequence cut short on its first byte, after multi-byte characters', () => {
    // "Ž" is two bytes, one character: the cut-short sequence E2 82 starts at column 3.
    expect(() => decodeUtf8(Buffer.from([0xc5, 0xbd, 0x61, 0xe2, 0x82, 0x20, 0x0a]), 'x.md')).toThrow(/^x\.md:1:3: the byte 0xE2 is not UTF-8/);
  });

  it('blames a sequence cut short by the end of the file', () => {
    expect(() => decodeUtf8(Buffer.from([0x61, 0x0a, 0x0a, 0x61, 0xd0]), 'x.md')).toThrow(/^x\.md:3:2: the byte 0xD0 is not UTF-8/);
  });

  it('keeps a U+FFFD the file really holds', () => {
    expect(decodeUtf8(Buffer.from('a\uFFFDb', 'utf8'), 'x.md')).toBe('a\uFFFDb');
  });
});

describe('timeline dates', () => {
  it('are days, months and years of the calendar', () => {
    expect(['2019-03-12', '2016-02-29', '2018-09', '2011'].map(isCalendarDate)).toEqual([true, true, true, true]);
    expect(['2019-13-12', '2009-09-31', '2019-02-29', '2018-00', '2018-9-1', '18-09-01'].map(isCalendarDate)).toEqual([false, false, false, false, false, false]);
  });

  it('start where their written form starts, as precisely as it is written', () => {
    expect(['17 September 2009', '17-19 September 2018', '1 March 2017', 'March 2017', '2011', '2014-2015', 'Sept. 2017', 'spring 2018'].map((written) => writtenStart(written))).toEqual([
      '2009-09-17', '2018-09-17', '2017-03-01', '2017-03', '2011', '2014', undefined, undefined,
    ]);
  });
});
