/**
 * The real `astro build` on malformed content: it must exit non-zero, say what is wrong
 * where (file and line) and how to fix it, and write no site: over a warm cache and a site
 * built before, the cache is not served in the content's place and dist/ stays as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_FRONTMATTER_CASES, MALFORMED_CASES, lineNumberOf, realContent, type MalformedCase } from '../fixtures/malformed-cases.ts';
import { mistakeNamed, placePattern, writeContent } from '../fixtures/malformed-content.ts';
import { buildFixture } from '../support/build-fixture.ts';

/** Eight kinds, one build each (a build takes a few seconds): the plugin tests cover every case. */
const BUILT = [
  'missing recital',
  'repeated letter',
  'number out of order',
  'empty unit',
  'stray text between units',
  'unknown section',
  'unit in the wrong section',
  'bad frontmatter: malformed reference',
];

const cases = [...MALFORMED_CASES, ...BAD_FRONTMATTER_CASES].filter((c) => BUILT.includes(c.name));

function build(markdown: string) {
  const work = mkdtempSync(join(tmpdir(), 'malformed-build-'));
  const content = join(work, 'content');
  mkdirSync(content);
  writeFileSync(join(content, 'resolution.md'), markdown);
  return buildFixture({ work, env: { RESOLUTION_DIR: content } });
}

describe('npm run build on malformed content', () => {
  it('covers eight kinds of malformation', () => expect(cases.map((c) => c.name)).toEqual(BUILT));

  it.each(cases)('$name: exits non-zero, names file and line, writes nothing', ({ mutate, message, lineOf }: MalformedCase) => {
    const markdown = mutate(realContent());
    const { status, output, outDir } = build(markdown);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).toMatch(/Fix: \S/);
    const line = lineOf ? lineNumberOf(markdown, lineOf) : '\\d+';
    expect(output).toMatch(new RegExp(`resolution\\.md:${line}:`));
    expect(existsSync(join(outDir, 'index.html')), 'no page may be written').toBe(false);
  });
});


/** Every file under `dir` with its size and modification time: any write shows. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      return [relative(dir, path), `${size} ${mtimeMs}`];
    }),
  );
}

describe('npm run build on a mistake under content/, over a warm cache and a site built before', () => {
  const work = mkdtempSync(join(tmpdir(), 'malformed-content-build-'));
  const content = join(work, 'content');
  const outDir = join(work, 'dist');
  let before: Record<string, string> = {};

  beforeAll(() => {
    writeContent(content);
    const { status, output } = buildFixture({ work, env: { CONTENT_DIR: content } });
    expect(status, output).toBe(0);
    before = snapshot(outDir);
  }, 180_000);

  it('starts from a whole site', () => {
    expect(before['index.html']).toBeDefined();
    expect(before['timeline/index.html']).toBeDefined();
    expect(Object.keys(before).length).toBeGreaterThan(300);
  });

  // Each of these once exited 0 serving the cached content, or left half a site in dist/.
  it.each([
    'an impossible date in record.yaml',
    'a YAML syntax error in timeline.yaml',
    'a timeline date its unit does not write',
    'a byte that is not UTF-8 inside a name',
  ])('%s: exits 1 at its file and line, dist/ untouched', (name) => {
    const mistake = mistakeNamed(name);
    rmSync(content, { recursive: true });
    writeContent(content, mistake);
    const { status, output } = buildFixture({ work, env: { CONTENT_DIR: content } });
    expect(status, output).toBe(1);
    expect(output).toMatch(mistake.message);
    expect(output).toMatch(placePattern(mistake));
    expect(output).toMatch(/Fix: \S/);
    expect(snapshot(outDir)).toEqual(before);
  });
});

describe('npm run build on a mistake under content/, in a fresh clone', () => {
  it('an impossible date in record.yaml: exits 1 at its file and line, writes no dist/', () => {
    const work = mkdtempSync(join(tmpdir(), 'malformed-content-fresh-'));
    const mistake = mistakeNamed('an impossible date in record.yaml');
    writeContent(join(work, 'content'), mistake);
    const { status, output } = buildFixture({ work, env: { CONTENT_DIR: join(work, 'content') } });
    expect(status, output).toBe(1);
    expect(output).toMatch(placePattern(mistake));
    expect(output).not.toMatch(/collection is empty/);
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });
});
