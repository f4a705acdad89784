/**
 * Shared by the bench scripts: build the site, serve a built directory on loopback under its
 * base path, launch Debian's Chromium, and record what a page fetches (raw and gzip bytes).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

export const BASE_PATH = process.env.BASE_PATH ?? '/';

/**
 * Runs `astro build` (with extra env and args) in `cwd` (this checkout unless given: another
 * checkout with its own node_modules, for comparing builds); returns its wall time in ms. Fails loudly.
 */
export function build({ env = {}, args = [], cwd = process.cwd() } = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    // Served on loopback for measuring: a local build unless the caller gives SITE_URL.
    env: { SITE_LOCAL: '1', ...process.env, ...env },
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`astro build failed (exit ${result.status})`);
  }
  return performance.now() - started;
}

/** Serves `dir` at http://127.0.0.1:<port><BASE_PATH>, 404 page included. */
export async function serve(dir) {
  const root = resolve(dir);
  if (!existsSync(resolve(root, 'index.html'))) throw new Error(`No built site in ${root}`);
  const assets = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(BASE_PATH)) return res.writeHead(404).end();
    req.url = `/${url.slice(BASE_PATH.length)}`;
    assets(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      sirv(root, { dev: false })(req, res, () => res.end('Not found'));
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${BASE_PATH}`, close: () => new Promise((done) => server.close(done)) };
}

export async function launch() {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
}

/** What kind of bytes a response carries, by its URL and Playwright's resource type. */
export function kindOf(response) {
  const url = new URL(response.url()).pathname;
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (/\.(m?js)$/.test(url)) return 'js';
  if (/\.pagefind$/.test(url)) return 'wasm';
  if (/\.(pf_index|pf_fragment|pf_meta|pf_filter)$/.test(url) || url.endsWith('pagefind-entry.json')) return 'index';
  if (url.endsWith('.json')) return 'json';
  return 'other';
}

/**
 * Records every response of `page` from now on; `totals()` gives raw and gzip-9 bytes by kind.
 * Pagefind's index files are gzip already: their gzip figure is their size as served.
 */
export function recordResponses(page) {
  const pending = [];
  const rows = [];
  const onResponse = (response) => {
    if (response.status() >= 300 && response.status() < 400) return;
    pending.push(
      response
        .body()
        .then((body) => rows.push({ url: response.url(), kind: kindOf(response), raw: body.length, gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => undefined),
    );
  };
  page.on('response', onResponse);
  return {
    async totals() {
      page.off('response', onResponse);
      await Promise.all(pending);
      const byKind = {};
      for (const row of rows) {
        byKind[row.kind] ??= { raw: 0, gzip: 0, files: 0 };
        byKind[row.kind].raw += row.raw;
        byKind[row.kind].gzip += row.kind === 'wasm' || row.kind === 'index' ? row.raw : row.gzip;
        byKind[row.kind].files += 1;
      }
      return { byKind, rows };
    },
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** "html 8.0/8.2 KiB · css …" – one line per page of raw/gzip bytes by kind. */
export function formatTotals(byKind) {
  const kinds = Object.keys(byKind).sort();
  const sum = kinds.reduce((acc, k) => ({ raw: acc.raw + byKind[k].raw, gzip: acc.gzip + byKind[k].gzip }), { raw: 0, gzip: 0 });
  const parts = kinds.map((k) => `${k} ${kib(byKind[k].raw)} raw / ${kib(byKind[k].gzip)} gz (${byKind[k].files})`);
  return { line: parts.join(' · '), sum };
}

const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.svg', '.json', '.xml', '.txt']);

/**
 * A copy of the site in `from`, at `to`, with a `.gz` (zlib level 6, what the page-weight budget
 * counts) beside each text file: served with sirv's `gzip` option (tools/static-host.ts), a
 * browser gets what the hosts the README names send, compressed. Lighthouse's simulated network
 * counts the bytes transferred, so the benches that run it serve such a copy.
 */
export function compressedCopy(from, to) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const file of readdirSync(to, { recursive: true })) {
    if (COMPRESSED.has(extname(file))) writeFileSync(join(to, `${file}.gz`), gzipSync(readFileSync(join(to, file)), { level: 6 }));
  }
  return to;
}
