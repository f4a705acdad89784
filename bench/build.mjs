#!/usr/bin/env node
/**
 * Build times (not a test: figures, no verdict). On a private copy of content/ with a cache
 * directory of its own, BUILD_RUNS times (default 3; the median printed):
 *   clean        no dist, no cache: a fresh clone's first build;
 *   rebuild      the same build again over its cache, after one word of the names registry is
 *                edited (a description: it shows on the entity's page and nowhere on a share card).
 * Beside each, the share cards the build drew (the ones not found in the cache by content hash,
 * src/lib/build-cache.ts). Wall time of `astro build` as a whole process, Pagefind included.
 *
 * BASELINE_DIR=<another checkout, with its node_modules> measures it beside this one, in pairs
 * (baseline clean, this clean, baseline rebuild, this rebuild; then again), each from its own
 * content/ and its own code, so that both see the same moments of the machine's load; the
 * ratios are the medians of the pairs' ratios.
 *
 *   npm run bench:build            BUILD_RUNS=5 npm run bench:build
 *   BASELINE_DIR=../old BUILD_RUNS=5 npm run bench:build
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, median } from './lib.mjs';

const runs = Math.max(1, Number(process.env.BUILD_RUNS ?? 3));
const ORIGINAL = 'serving a prison term';
const EDITED = 'serving a prison sentence';

const commitOf = (dir) => spawnSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'not a git checkout';
const checkouts = [
  ...(process.env.BASELINE_DIR ? [{ name: 'baseline', dir: resolve(process.env.BASELINE_DIR) }] : []),
  { name: 'this', dir: process.cwd() },
];
for (const { dir } of checkouts) {
  if (!existsSync(join(dir, 'node_modules/astro/bin/astro.mjs'))) throw new Error(`${dir} has no node_modules/astro: run npm ci there first.`);
}

const cards = (cache) => (existsSync(join(cache, 'share-cards')) ? readdirSync(join(cache, 'share-cards')).length : 0);
/** checkout name → { clean: ms[], rebuild: ms[], drawnClean: n[], drawnRebuild: n[] } */
const results = Object.fromEntries(checkouts.map(({ name }) => [name, { clean: [], rebuild: [], drawnClean: [], drawnRebuild: [] }]));

for (let run = 0; run < runs; run += 1) {
  const works = checkouts.map((checkout) => {
    const work = mkdtempSync(join(tmpdir(), `bench-build-${checkout.name}-`));
    const content = join(work, 'content');
    cpSync(join(checkout.dir, 'content'), content, { recursive: true });
    const cache = join(work, 'cache');
    return { ...checkout, work, content, cache, env: { CONTENT_DIR: content, ASTRO_CACHE_DIR: cache }, args: ['--outDir', join(work, 'dist')] };
  });
  try {
    for (const w of works) {
      results[w.name].clean.push(build({ env: w.env, args: w.args, cwd: w.dir }));
      results[w.name].drawnClean.push(cards(w.cache));
    }
    for (const w of works) {
      const names = join(w.content, 'names.yaml');
      const registry = readFileSync(names, 'utf8');
      if (!registry.includes(ORIGINAL)) throw new Error(`${names}: "${ORIGINAL}" not found: the bench's one-word edit needs a new target`);
      writeFileSync(names, registry.replace(ORIGINAL, EDITED));
      const before = cards(w.cache);
      results[w.name].rebuild.push(build({ env: w.env, args: w.args, cwd: w.dir }));
      results[w.name].drawnRebuild.push(cards(w.cache) - before);
    }
  } finally {
    for (const w of works) rmSync(w.work, { recursive: true, force: true });
  }
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a, b) => median(a.map((value, i) => value / b[i])).toFixed(2);
const mine = results.this;
console.log(`astro build (Pagefind included), wall time, median of ${runs}:`);
console.log(`  clean (no dist, no cache)               ${s(median(mine.clean))}   share cards drawn: ${median(mine.drawnClean)}`);
console.log(`  rebuild after a one-word registry edit  ${s(median(mine.rebuild))}   share cards drawn: ${median(mine.drawnRebuild)}`);
console.log(`  rebuild ÷ clean                         ${ratio(mine.rebuild, mine.clean)}`);
const base = results.baseline;
if (base) {
  console.log(`Beside the baseline ${process.env.BASELINE_DIR} (${commitOf(checkouts[0].dir)}), built in pairs, baseline first:`);
  console.log(`  baseline clean                          ${s(median(base.clean))}   (each: ${base.clean.map(s).join(', ')})`);
  console.log(`  this clean                              ${s(median(mine.clean))}   (each: ${mine.clean.map(s).join(', ')})`);
  console.log(`  this clean ÷ baseline clean             ${ratio(mine.clean, base.clean)}`);
  console.log(`  baseline rebuild                        ${s(median(base.rebuild))}   (each: ${base.rebuild.map(s).join(', ')})`);
  console.log(`  this rebuild                            ${s(median(mine.rebuild))}   (each: ${mine.rebuild.map(s).join(', ')})`);
  console.log(`  this rebuild ÷ baseline clean           ${ratio(mine.rebuild, base.clean)}`);
  console.log(`  this rebuild ÷ baseline rebuild         ${ratio(mine.rebuild, base.rebuild)}`);
}
