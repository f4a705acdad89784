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
 *   npm run bench:build            BUILD_RUNS=5 npm run bench:build
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, median } from './lib.mjs';

const runs = Math.max(1, Number(process.env.BUILD_RUNS ?? 3));
const ORIGINAL = 'serving a prison term';
const EDITED = 'serving a prison sentence';

const cards = (cache) => (existsSync(join(cache, 'share-cards')) ? readdirSync(join(cache, 'share-cards')).length : 0);
const rows = { clean: [], rebuild: [] };
const drawn = { clean: [], rebuild: [] };

for (let run = 0; run < runs; run += 1) {
  const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
  try {
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const cache = join(work, 'cache');
    const env = { CONTENT_DIR: content, ASTRO_CACHE_DIR: cache };
    const args = ['--outDir', join(work, 'dist')];
    rows.clean.push(build({ env, args }));
    drawn.clean.push(cards(cache));
    const names = join(content, 'names.yaml');
    const registry = readFileSync(names, 'utf8');
    if (!registry.includes(ORIGINAL)) throw new Error(`${names}: "${ORIGINAL}" not found: the bench's one-word edit needs a new target`);
    writeFileSync(names, registry.replace(ORIGINAL, EDITED));
    const before = cards(cache);
    rows.rebuild.push(build({ env, args }));
    drawn.rebuild.push(cards(cache) - before);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

console.log(`astro build (Pagefind included), wall time, median of ${runs}:`);
console.log(`  clean (no dist, no cache)          ${(median(rows.clean) / 1000).toFixed(2)} s   share cards drawn: ${median(drawn.clean)}`);
console.log(`  rebuild after a one-word registry edit  ${(median(rows.rebuild) / 1000).toFixed(2)} s   share cards drawn: ${median(drawn.rebuild)}`);
console.log(`  rebuild ÷ clean                    ${(median(rows.rebuild) / median(rows.clean)).toFixed(2)}`);
