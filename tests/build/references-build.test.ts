/**
 * The real `astro build` on a malformed content/references.yaml: a document cited by a unit the
 * resolution lacks stops the build with the file, the line and the fix, and no page is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, copyContent } from '../support/build-fixture.ts';

describe('a reference to a missing unit', () => {
  it('stops the build with file, line and fix, and writes no page', () => {
    const { work, content } = copyContent();
    const file = join(content, 'references.yaml');
    const original = readFileSync(file, 'utf8');
    const broken = original.replace('    citation-8: Universal Declaration of Human Rights\n', '    citation-18: Universal Declaration of Human Rights\n');
    expect(broken).not.toBe(original);
    writeFileSync(file, broken);
    const line = broken.split('\n').indexOf('    citation-18: Universal Declaration of Human Rights') + 1;
    const { status, output, outDir } = buildFixture({ work, env: { CONTENT_DIR: content } });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`references\\.yaml:${line}:\\d+: udhr\\.cites\\.citation-18: "citation-18" is not a unit of the resolution\\.`));
    expect(output).toMatch(/Fix: use one of citation-1 … paragraph-12\./);
    expect(existsSync(join(outDir, 'index.html')), 'no page may be written').toBe(false);
  }, 150_000);
});
