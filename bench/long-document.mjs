/**
 * npm run bench (part): how cost grows with the length of a resolution. Builds the real
 * document and a synthetic long one (tests/fixtures/long-resolution.ts: 40 citations,
 * 80 recitals, 150 paragraphs) and prints, for each, the build time and the weight of the
 * reading view on load (HTML + CSS + JS as Chromium receives them, gzip -9). Prints; asserts nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longResolution } from '../tests/fixtures/long-resolution.ts';
import { build, formatTotals, kib, launch, recordResponses, serve } from './lib.mjs';

const out = (line = '') => process.stdout.write(`${line}\n`);
const work = mkdtempSync(join(tmpdir(), 'bench-long-'));
const longDir = join(work, 'resolution');
mkdirSync(longDir);
writeFileSync(join(longDir, 'long.md'), longResolution());

const documents = [
  { name: 'B8-0205/2019 (39 units)', outDir: join(work, 'real'), env: {} },
  { name: 'synthetic (270 units)', outDir: join(work, 'long'), env: { RESOLUTION_DIR: longDir } },
];

out('\n## Length: build time and reading-view weight, real vs synthetic long document');
const browser = await launch();
try {
  for (const document of documents) {
    const ms = build({ env: { ...document.env, ASTRO_CACHE_DIR: join(work, `cache-${documents.indexOf(document)}`) }, args: ['--outDir', document.outDir] });
    const server = await serve(document.outDir);
    const context = await browser.newContext();
    const page = await context.newPage();
    const recorder = recordResponses(page);
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const { byKind } = await recorder.totals();
    const onLoad = ['html', 'css', 'js'].reduce((n, kind) => n + (byKind[kind]?.gzip ?? 0), 0);
    out(`${document.name.padEnd(26)} build ${(ms / 1000).toFixed(2)} s; reading view HTML+CSS+JS ${kib(onLoad)} gz — ${formatTotals(byKind).line}`);
    await context.close();
    await server.close();
  }
} finally {
  await browser.close();
}
