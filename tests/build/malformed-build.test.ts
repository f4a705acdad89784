/**
 * The real `astro build` on malformed content: it must exit non-zero, say what is wrong
 * where (file and line) and how to fix it, and write no site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_FRONTMATTER_CASES, MALFORMED_CASES, lineNumberOf, realContent, type MalformedCase } from '../fixtures/malformed-cases.ts';

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
  const outDir = join(work, 'dist');
  const result = spawnSync('npx', ['--no-install', 'astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, RESOLUTION_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
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
