#!/usr/bin/env node
/**
 * Lighthouse bench (not a test: scores vary from run to run). Serves the built site (dist/, or
 * SITE_DIR, under BASE_PATH) on loopback, runs Lighthouse 12 in Debian's Chromium on one page
 * of each type the build made, mobile and desktop, and prints the four category scores with
 * LCP, TBT and CLS. Full reports go to bench-results/lighthouse/.
 *
 *   npm run build && npm run bench:lighthouse
 *   RUNS=3 npm run bench:lighthouse        # median of three runs per page and form factor
 *
 * Runs under the Node 24 of node_modules/.bin (npm run puts it first on PATH); it imports the
 * test support modules (TypeScript) through Node's type stripping. The site is served
 * gzip-compressed, as hosts serve it (bench/lib.mjs, `compressedCopy`); GZIP=0 serves it as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/support/browser-path.ts';
import { pageTypes, readBuiltSite } from '../tests/support/built-site.ts';
import { serveDirectory } from '../tests/support/serve-site.ts';
import { compressedCopy } from './lib.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const runs = Math.max(1, Number(process.env.RUNS ?? 1));

const dir = resolve(process.env.SITE_DIR ?? 'dist');
const site = readBuiltSite(dir);
const outDir = resolve('bench-results', 'lighthouse');
mkdirSync(outDir, { recursive: true });
const gzip = process.env.GZIP !== '0';
const served = await serveDirectory(gzip ? compressedCopy(dir, join(outDir, 'site-gz')) : dir, site.basePath, 0, { gzip });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const rows = [];
try {
  for (const [type, page] of pageTypes(site)) {
    const url = new URL(page.path, served.url).href;
    for (const formFactor of ['mobile', 'desktop']) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${url} (${formFactor}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const failing = CATEGORIES.flatMap((id) =>
          lhr.categories[id].auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
            .map((ref) => `${id}/${ref.id}`),
        );
        samples.push({
          scores: CATEGORIES.map((id) => Math.round(lhr.categories[id].score * 100)),
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          failing,
        });
        const name = `${type.replace(/[^\w]+/g, '-')}-${formFactor}-${run + 1}.json`;
        writeFileSync(join(outDir, name), result.report);
      }
      rows.push({
        type,
        path: page.path,
        formFactor,
        scores: CATEGORIES.map((_, i) => median(samples.map((s) => s.scores[i]))),
        lcp: median(samples.map((s) => s.lcp)),
        tbt: median(samples.map((s) => s.tbt)),
        cls: median(samples.map((s) => s.cls)),
        failing: [...new Set(samples.flatMap((s) => s.failing))],
      });
    }
  }
} finally {
  await chrome.kill();
  await served.close();
}

const header = ['page type', 'path', 'form', 'perf', 'a11y', 'b.p.', 'SEO', 'LCP ms', 'TBT ms', 'CLS'];
const table = [
  header,
  ...rows.map((r) => [r.type, r.path, r.formFactor, ...r.scores.map(String), r.lcp.toFixed(0), r.tbt.toFixed(0), r.cls.toFixed(3)]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${runs} run(s) each (median), ${dir} under ${site.basePath}, served ${gzip ? 'gzip-compressed' : 'uncompressed'}\n`);
for (const row of table) console.log(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
const below = rows.filter((r) => r.failing.length > 0);
if (below.length > 0) {
  console.log('\nAudits below full marks:');
  for (const r of below) console.log(`  ${r.type} (${r.formFactor}): ${r.failing.join(', ')}`);
}
writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(rows, null, 2)}\n`);
