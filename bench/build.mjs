#!/usr/bin/env node
/**
 * Build times (not a test: figures, no verdict). On a private copy of content/ with a cache
 * directory of its own, BUILD_RUNS times (default 3; the median printed):
 *   clean        no dist, no cache: a fresh clone's first build;
 *   rebuild      the same build again over its cache, after one word of the names registry is
 *                edited (a description: it shows on the entity's page and nowhere on a share card).
 * Beside each, the share cards the build drew (the ones not found in the cache by content hash,
 * src/lib/build-cache.ts). Wall time of `astro build` as a whole process, Pagefind included;
 * and, on Linux, its CPU time (user + system, all its threads), which the machine's other load
 * changes less than the wall time: on a busy machine compare those.
 *
 * BASELINE_DIR=<another checkout, with its node_modules> measures it beside this one, in pairs
 * (baseline clean, this clean, baseline rebuild, this rebuild; then again), each from its own
 * content/ and its own code, so that both see the same moments of the machine's load; the
 * ratios are the medians of the pairs' ratios.
 *
 *   npm run bench:build            BUILD_RUNS=5 npm run bench:build
 *   BASELINE_DIR=../old BUILD_RUNS=5 npm run bench:build
 *
 * Measured (2 cores, shared with browser tests: wall times swung by up to 2× within a run; the
 * baseline is main before issue 17's build work, 9ecccde; medians of the pairs' ratios):
 *   before this work (3 pairs)                          clean 1.14× baseline clean (CPU 1.29×);
 *                                                       rebuild 0.87× baseline clean (CPU 0.91×)
 *   content loaders loaded by Node, not Vite's module runner; cards drawn from the moment the
 *   content is read, not when their route renders (3 pairs)
 *                                                       clean 1.01× (CPU 1.14×); rebuild 0.75× (CPU 0.72×)
 *   content.config.ts without `astro:content` (Astro's runtime no longer loaded through the
 *   runner before the sync): "[types] Generated" 0.66 s, was 1.29 s (one build each)
 *   one drawing thread on 2 cores instead of two, beside two (3 pairs)
 *                                                       clean 0.87× of two threads (CPU 0.93×)
 *   all of the above (5 pairs, 05:31 UTC)               clean 0.90× baseline clean (CPU 1.04×), 4.25 s;
 *                                                       rebuild 0.67× baseline clean (CPU 0.71×), 3.32 s
 *   tried, not kept: a thread of its own, started with the config, that read the content again
 *   and drew the cards (4 pairs, beside the kept version): clean 1.09× (CPU 1.04×), rebuild
 *   1.23× (CPU 1.22×), its second reading of the content costing more than its head start gave;
 *   build.concurrency 4 instead of 64 (3 pairs): CPU 1.01×, wall within the noise; the
 *   drawing thread started with the config on a first build, to load the renderers while Astro
 *   loads (4 pairs, load average 8): clean 0.97× (CPU 0.97×), within the noise.
 *   again, load average 8 (5 pairs, 06:00 UTC)        clean 0.91× baseline clean (CPU 1.06×);
 *                                                       rebuild 0.59× baseline clean (CPU 0.70×)
 *   + style hashes read from each page's head only, topic mark patterns compiled once, no zod in
 *   the client code (addresses.ts reads the sections from plain data), the per-component styles,
 *   the page script loader, the icon in the page (5 pairs each, load average 1–2.5, 06:04 and
 *   06:36 UTC)                                          clean 0.86× and 0.82× (CPU 1.00×, 0.95×);
 *                                                       rebuild 0.58× and 0.56× (CPU 0.61×, 0.60×)
 *   + (2026-12-06, from a CPU profile of a rebuild and timestamps on its log lines) the style
 *   hashes read by htmlparser2's tokenizer, the pages read and written side by side, as soon as
 *   they are generated (was 0.23 s, after the search index; now ~0.08 s, while Pagefind's own
 *   process indexes); names found by indexOf and one whole-word check instead of a compiled
 *   pattern per form (each \p{L} class costs ~0.3 ms to compile: the content read went from
 *   0.34 s to 0.24 s); prose heading ids without parse5 (0.09 s); 5 pairs each, three runs:
 *                                                       clean 0.81×, 0.76×, 0.76× (CPU 0.97×, 0.90×, 0.89×);
 *                                                       rebuild 0.50×, 0.50×, 0.49× the baseline's rebuild
 *                                                       (0.54×, 0.49×, 0.48× its clean build)
 *   + the topics' spans found by trying each mark's words at each word start, one letter class
 *   for all (content read 0.19 s); 5 pairs, then 7 pairs (08:25 UTC, load average 1.2):
 *                                                       clean 0.77×, 0.76× (CPU 0.91×, 0.91×);
 *                                                       rebuild 0.51×, 0.49× the baseline's rebuild
 *                                                       (0.52×, 0.48× its clean build)
 *   tried, not kept: the drawing thread started with the config when the cache holds no card
 *   (5 pairs beside the kept version): clean 0.98× (CPU 1.00×), within the noise, as before;
 *   the topics' patterns with case ignored only around the marks, (?i:…): ~20% less to compile,
 *   a few ms in all; Astro's telemetry off (5 pairs of rebuilds): within the noise.
 *   Left: a rebuild is Astro starting (~0.6 s, its own modules), the content read again whole
 *   (~0.2 s: the edit of one registry reruns the pipeline, since every unit's links depend on
 *   it; YAML parsing the largest part), Vite bundling the pages (~0.5 s, mostly
 *   Astro's own 218 modules) and 130 pages written (~0.55 s); a clean build waits for its 41
 *   share cards (~34 ms each: satori 12, resvg 12, PNG 9), drawn on the second core.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, median } from './lib.mjs';

const runs = Math.max(1, Number(process.env.BUILD_RUNS ?? 3));
const ORIGINAL = 'serving a prison term';
const EDITED = 'serving a prison sentence';

/** CPU seconds used so far by this process's finished children (Linux: /proc/self/stat's cutime + cstime), or undefined elsewhere. */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
function childrenCpu() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
  // Fields 16 and 17 of proc(5), counted here from field 3 (the state), after the command's name.
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

/** Builds once; returns its wall time (ms) and CPU time (s, or NaN where unknown). */
function measured(options) {
  const before = childrenCpu();
  const ms = build(options);
  const after = childrenCpu();
  return { ms, cpu: before === undefined || after === undefined ? Number.NaN : after - before };
}

const commitOf = (dir) => spawnSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'not a git checkout';
const checkouts = [
  ...(process.env.BASELINE_DIR ? [{ name: 'baseline', dir: resolve(process.env.BASELINE_DIR) }] : []),
  { name: 'this', dir: process.cwd() },
];
for (const { dir } of checkouts) {
  if (!existsSync(join(dir, 'node_modules/astro/bin/astro.mjs'))) throw new Error(`${dir} has no node_modules/astro: run npm ci there first.`);
}

const cards = (cache) => (existsSync(join(cache, 'share-cards')) ? readdirSync(join(cache, 'share-cards')).length : 0);
/** checkout name → { clean: ms[], rebuild: ms[], cleanCpu: s[], rebuildCpu: s[], drawnClean: n[], drawnRebuild: n[] } */
const results = Object.fromEntries(checkouts.map(({ name }) => [name, { clean: [], rebuild: [], cleanCpu: [], rebuildCpu: [], drawnClean: [], drawnRebuild: [] }]));

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
      const { ms, cpu } = measured({ env: w.env, args: w.args, cwd: w.dir });
      results[w.name].clean.push(ms);
      results[w.name].cleanCpu.push(cpu);
      results[w.name].drawnClean.push(cards(w.cache));
    }
    for (const w of works) {
      const names = join(w.content, 'names.yaml');
      const registry = readFileSync(names, 'utf8');
      if (!registry.includes(ORIGINAL)) throw new Error(`${names}: "${ORIGINAL}" not found: the bench's one-word edit needs a new target`);
      writeFileSync(names, registry.replace(ORIGINAL, EDITED));
      const before = cards(w.cache);
      const { ms, cpu } = measured({ env: w.env, args: w.args, cwd: w.dir });
      results[w.name].rebuild.push(ms);
      results[w.name].rebuildCpu.push(cpu);
      results[w.name].drawnRebuild.push(cards(w.cache) - before);
    }
  } finally {
    for (const w of works) rmSync(w.work, { recursive: true, force: true });
  }
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const c = (seconds) => `${seconds.toFixed(2)} s`;
const ratio = (a, b) => median(a.map((value, i) => value / b[i])).toFixed(2);
const mine = results.this;
console.log(`astro build (Pagefind included), median of ${runs}: wall time, CPU time (user + system)`);
console.log(`  clean (no dist, no cache)               ${s(median(mine.clean))}   CPU ${c(median(mine.cleanCpu))}   share cards drawn: ${median(mine.drawnClean)}`);
console.log(`  rebuild after a one-word registry edit  ${s(median(mine.rebuild))}   CPU ${c(median(mine.rebuildCpu))}   share cards drawn: ${median(mine.drawnRebuild)}`);
console.log(`  rebuild ÷ clean                         ${ratio(mine.rebuild, mine.clean)}     CPU ${ratio(mine.rebuildCpu, mine.cleanCpu)}`);
const base = results.baseline;
if (base) {
  const row = (label, walls, cpus) => console.log(`  ${label.padEnd(38)}  ${s(median(walls))}   CPU ${c(median(cpus))}   (each: ${walls.map(s).join(', ')})`);
  const versus = (label, a, b, aCpu, bCpu) => console.log(`  ${label.padEnd(38)}  ${ratio(a, b)}     CPU ${ratio(aCpu, bCpu)}`);
  console.log(`Beside the baseline ${process.env.BASELINE_DIR} (${commitOf(checkouts[0].dir)}), built in pairs, baseline first; ratios are medians of the pairs' ratios:`);
  row('baseline clean', base.clean, base.cleanCpu);
  row('this clean', mine.clean, mine.cleanCpu);
  versus('this clean ÷ baseline clean', mine.clean, base.clean, mine.cleanCpu, base.cleanCpu);
  row('baseline rebuild', base.rebuild, base.rebuildCpu);
  row('this rebuild', mine.rebuild, mine.rebuildCpu);
  versus('this rebuild ÷ baseline clean', mine.rebuild, base.clean, mine.rebuildCpu, base.cleanCpu);
  versus('this rebuild ÷ baseline rebuild', mine.rebuild, base.rebuild, mine.rebuildCpu, base.rebuildCpu);
}
