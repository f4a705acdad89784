/**
 * The real `astro build` on a malformed content/references.yaml: a document cited by a unit the
 * resolution lacks stops the build with the file, the line and the fix, and no page is written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('a reference to a missing unit', () => {
  it('stops the build with file, line and fix, and writes no page', () => {
    const work = mkdtempSync(join(tmpdir(), 'references-build-'));
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const file = join(content, 'references.yaml');
    const original = readFileSync(file, 'utf8');
    const broken = original.replace('    citation-8: Universal Declaration of Human Rights\n', '    citation-18: Universal Declaration of Human Rights\n');
    expect(broken).not.toBe(original);
    writeFileSync(file, broken);
    const line = broken.split('\n').indexOf('    citation-18: Universal Declaration of Human Rights') + 1;
    const outDir = join(work, 'dist');
    const result = spawnSync('npx', ['--no-install', 'astro', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      // Vitest's own variables left out (NODE_ENV=test changes how Astro builds).
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))), CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`references\\.yaml:${line}:\\d+: udhr\\.cites\\.citation-18: "citation-18" is not a unit of the resolution\\.`));
    expect(output).toMatch(/Fix: use one of citation-1 … paragraph-12\./);
    expect(existsSync(join(outDir, 'index.html')), 'no page may be written').toBe(false);
  }, 150_000);
});
