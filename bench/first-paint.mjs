#!/usr/bin/env node
/**
 * First paint against the floor (not a test: figures, no verdict). Lighthouse 12 mobile
 * (simulated throttling), median of RUNS (default 3), for `/`, a unit page, /names/ and /map/ of
 * the built site, beside a plain-HTML rendering of the same text that this script writes itself
 * from the build's JSON download: semantic HTML, no CSS, no JavaScript — the smallest sensible
 * page for the text. Prints first contentful paint, largest contentful paint, speed index, CLS,
 * total blocking time, the main thread's style-and-layout time, and each page's LCP against the
 * plain page's. Full reports go to bench-results/first-paint/.
 *
 * Both sites are served gzip-compressed (level 6, what the page-weight budget counts), as the
 * hosts the README names serve them: Lantern simulates the network from the bytes transferred,
 * and an uncompressed 50 KB document costs round trips no reader's host makes it pay.
 * GZIP=0 serves them uncompressed (the figures before 2026-12-06 were measured so).
 *
 *   npm run build && npm run bench:first-paint
 *   SITE_DIR=other-dist RUNS=5 npm run bench:first-paint
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/support/browser-path.ts';
import { readBuiltSite } from '../tests/support/built-site.ts';
import { serveDirectory } from '../tests/support/serve-site.ts';
import { compressedCopy } from './lib.mjs';

const runs = Math.max(1, Number(process.env.RUNS ?? 3));
const dir = resolve(process.env.SITE_DIR ?? 'dist');
const site = readBuiltSite(dir);
const outDir = resolve('bench-results', 'first-paint');
const plainDir = join(outDir, 'plain');
mkdirSync(join(plainDir, 'unit'), { recursive: true });

/** The text as the build exports it (downloads/<reference>.json), written as bare semantic HTML. */
function writePlainPages() {
  const downloads = join(dir, 'downloads');
  const file = readdirSync(downloads).find((name) => name.endsWith('.json') && !name.endsWith('.schema.json') && !name.endsWith('.csl.json'));
  if (!file) throw new Error(`No JSON download in ${downloads}: the plain page is written from it`);
  const { heading, units } = JSON.parse(readFileSync(join(downloads, file), 'utf8'));
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const page = (title, body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><meta name="description" content="${escape(title)}"></head><body><main>${body}</main></body></html>\n`;
  const unitHtml = (unit) => `<p id="${unit.id}">${unit.printedLabel ? `${escape(unit.printedLabel)} ` : '– '}${escape(unit.text)}</p>`;
  const sections = ['citation', 'recital', 'paragraph'].map((kind) => {
    const members = units.filter((unit) => unit.kind === kind);
    return `<section><h2>${kind[0].toUpperCase()}${kind.slice(1)}s</h2>${members.map(unitHtml).join('')}</section>`;
  });
  writeFileSync(join(plainDir, 'index.html'), page(heading.title, `<h1>${escape(heading.reference)}: ${escape(heading.title)}</h1><p>${escape(heading.formula)}</p>${sections.join('')}`));
  const unit = units.find((u) => u.kind === 'paragraph') ?? units[0];
  writeFileSync(join(plainDir, 'unit', 'index.html'), page(unit.title, `<h1>${escape(unit.title)}</h1>${unitHtml(unit)}`));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzip = process.env.GZIP !== '0';

writePlainPages();
const served = await serveDirectory(gzip ? compressedCopy(dir, join(outDir, 'site-gz')) : dir, site.basePath, 0, { gzip });
const plain = await serveDirectory(gzip ? compressedCopy(plainDir, join(outDir, 'plain-gz')) : plainDir, '/', 0, { gzip });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });

const local = (path) => site.pages.find((page) => page.path === `${site.basePath}${path}`);
const unitPage = site.pages.find((page) => /\/paragraphs\/[^/]+\/$/.test(page.path));
const targets = [
  ['plain text (floor)', new URL('', plain.url).href],
  ['/', local('') && new URL(local('').path, served.url).href],
  ['plain unit (floor)', new URL('unit/', plain.url).href],
  ['unit page', unitPage && new URL(unitPage.path, served.url).href],
  ['/names/', local('names/') && new URL(local('names/').path, served.url).href],
  ['/map/', local('map/') && new URL(local('map/').path, served.url).href],
];

const rows = [];
try {
  for (const [name, url] of targets) {
    if (!url) throw new Error(`${dir} has no page for "${name}"`);
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const { lhr, report } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const breakdown = lhr.audits['mainthread-work-breakdown'].details?.items ?? [];
      samples.push({
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        si: lhr.audits['speed-index'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        style: breakdown.find((item) => item.group === 'styleLayout')?.duration ?? 0,
      });
      writeFileSync(join(outDir, `${name === '/' ? 'home' : name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}-${run + 1}.json`), report);
    }
    const row = { name, url };
    for (const key of Object.keys(samples[0])) row[key] = median(samples.map((s) => s[key]));
    rows.push(row);
  }
} finally {
  await chrome.kill();
  await served.close();
  await plain.close();
}

const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
console.log(`Lighthouse ${version} mobile (simulated throttling), median of ${runs}; ${dir} under ${site.basePath}, served ${gzip ? 'gzip-compressed' : 'uncompressed'}\n`);
const header = ['page', 'FCP ms', 'LCP ms', 'SI ms', 'CLS', 'TBT ms', 'style+layout ms', 'LCP ÷ floor'];
const floorOf = (name) => rows.find((r) => r.name === (name === 'unit page' || name.startsWith('plain unit') ? 'plain unit (floor)' : 'plain text (floor)'));
const table = [
  header,
  ...rows.map((r) => [r.name, r.fcp.toFixed(0), r.lcp.toFixed(0), r.si.toFixed(0), r.cls.toFixed(3), r.tbt.toFixed(0), r.style.toFixed(0), (r.lcp / floorOf(r.name).lcp).toFixed(2)]),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
console.log('\n(the unit page is set against the plain unit; every other page against the plain text)');
writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(rows, null, 2)}\n`);
