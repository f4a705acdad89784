/**
 * src/integrations/atomic-output.ts on a tiny Astro project of its own: a page that fails to
 * render (a failure no content check can catch) leaves the output directory exactly as it was;
 * a build that succeeds replaces it whole.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../support/build-fixture.ts';

// Inside node_modules, so that the project finds Astro; out of git, ESLint and astro check.
const parent = resolve('node_modules/.cache');
mkdirSync(parent, { recursive: true });
const root = mkdtempSync(join(parent, 'atomic-output-'));
const outDir = join(root, 'dist');
const broken = join(root, 'src/pages/broken.astro');

function build() {
  const result = spawnSync('npx', ['--no-install', 'astro', 'build', '--root', root], {
    encoding: 'utf8',
    env: childEnv(),
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a build that fails while rendering', () => {
  beforeAll(() => {
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    const integration = resolve('src/integrations/atomic-output.ts');
    writeFileSync(join(root, 'astro.config.mjs'), `import atomicOutput from ${JSON.stringify(integration)};\nexport default { cacheDir: './cache', integrations: [atomicOutput()] };\n`);
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>The new site.</p>\n');
    writeFileSync(join(root, 'src/pages/about.astro'), '<p>About.</p>\n');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), '<p>The site as it was.</p>\n');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves the output directory as it was', () => {
    writeFileSync(broken, "---\nthrow new Error('A page that fails on purpose');\n---\n");
    const { status, output } = build();
    expect(status, output).toBe(1);
    expect(output).toContain('A page that fails on purpose');
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<p>The site as it was.</p>\n');
  });

  it('is replaced whole by the next build that succeeds', () => {
    rmSync(broken);
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(['about', 'index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('The new site.');
  });
});
