/**
 * Pagefind's Component UI against our own interface (src/scripts/search-view.ts), on the same
 * index, in Chromium: bytes the first search fetches (interface + Pagefind), time from typing
 * to the first result shown (median of BENCH_RUNS, default 5), where results lead (units or
 * the page top), axe violations and CSP refusals. Builds into dist-compare/ with Pagefind's
 * prebuilt interfaces kept (PAGEFIND_KEEP_UI=1) and adds a page for the Component UI there.
 * Prints figures; asserts nothing. Run: npm run bench:compare-ui
 */
import { readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { BASE_PATH, build, formatTotals, kib, launch, median, recordResponses, serve } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = 'dist-compare';
const QUERY = 'torture';

rmSync(OUT, { recursive: true, force: true });
build({ env: { PAGEFIND_KEEP_UI: '1' }, args: ['--outDir', OUT] });

// The Component UI page: the search page's shell (same CSP, same CSS), Pagefind's components in <main>.
// Its script and styles are added only when the reader starts, as ours are.
const shell = readFileSync(`${OUT}/search/index.html`, 'utf8');
const componentMain = `<main id="main" tabindex="-1"><div class="prose"><h1>Search (Component UI)</h1>
<pagefind-config bundle-path="${BASE_PATH}pagefind/" base-url="${BASE_PATH}"></pagefind-config>
<pagefind-input></pagefind-input><pagefind-summary></pagefind-summary><pagefind-results max-sub-results="50"></pagefind-results>
</div></main>`;
mkdirSync(`${OUT}/compare/component-ui`, { recursive: true });
writeFileSync(`${OUT}/compare/component-ui/index.html`, shell.replace(/<main[\s\S]*<\/main>/, componentMain));

const server = await serve(OUT);
const browser = await launch();
const out = (line = '') => process.stdout.write(`${line}\n`);

/** Loads the interface (as on first focus), types the query, waits for the first result. */
const candidates = {
  'Component UI': {
    path: 'compare/component-ui/',
    start: async (page) => {
      await page.evaluate((base) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = `${base}pagefind/pagefind-component-ui.css`;
        document.head.append(link);
        const script = document.createElement('script');
        script.type = 'module';
        script.src = `${base}pagefind/pagefind-component-ui.js`;
        document.head.append(script);
      }, BASE_PATH);
      await page.waitForSelector('pagefind-input input');
      await page.fill('pagefind-input input', QUERY);
    },
    result: 'pagefind-results a[href]',
  },
  'Our interface': {
    path: 'search/',
    start: async (page) => {
      await page.focus('#search-page-q');
      await page.fill('#search-page-q', QUERY);
    },
    result: '.search-hit',
  },
};

try {
  out(`# Component UI vs our interface, query "${QUERY}", Chromium ${browser.version()}`);
  for (const [name, ui] of Object.entries(candidates)) {
    const times = [];
    let bytes;
    let hrefs = [];
    let violations = [];
    const csp = new Set();
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) csp.add(m.text().slice(0, 140));
      });
      await page.goto(server.url + ui.path, { waitUntil: 'networkidle' });
      const recorder = recordResponses(page);
      const t0 = Date.now();
      await ui.start(page);
      await page.waitForSelector(ui.result);
      times.push(Date.now() - t0);
      await page.waitForLoadState('networkidle');
      if (run === 0) {
        bytes = await recorder.totals();
        hrefs = await page.$$eval(ui.result, (as) => as.map((a) => a.getAttribute('href')));
        violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} (${v.nodes.length})`);
      }
      await context.close();
    }
    const { line, sum } = formatTotals(bytes.byKind);
    const ui_ = ['js', 'css'].map((k) => `${k} ${kib(bytes.byKind[k]?.raw ?? 0)} raw / ${kib(bytes.byKind[k]?.gzip ?? 0)} gz`).join(', ');
    out(`\n## ${name}`);
    out(`first search fetches: ${kib(sum.raw)} raw / ${kib(sum.gzip)} gz — ${line}`);
    out(`interface code (JS+CSS, Pagefind included): ${ui_}`);
    out(`typing to first result: median ${median(times)} ms over ${RUNS} cold runs (${times.join(', ')})`);
    const units = hrefs.filter((h) => /#(citation|recital|paragraph)-/.test(h ?? ''));
    out(`result links: ${hrefs.length}, of which to a unit: ${units.length} (${[...new Set(hrefs)].slice(0, 6).join(' ')}${hrefs.length > 6 ? ' …' : ''})`);
    out(`axe violations: ${violations.length ? violations.join(', ') : 'none'}`);
    out(`CSP refusals: ${csp.size ? [...csp].join(' | ') : 'none'}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(OUT, { recursive: true, force: true });
}
