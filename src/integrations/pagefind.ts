/**
 * Astro integration: once the pages are built, writes the search index and the search vocabulary.
 *
 * The index holds custom records only, built from the unit model and the editorial data
 * (src/lib/search/records.ts), never from the built HTML: one per unit at its place in the
 * reading view ("/#recital-j"), with the spellings of its names that its text lacks and the
 * filters kind / topic / name-kind; one per entity page; one per topic page, with the readers'
 * words for it. The vocabulary (/search/vocabulary.json, src/lib/search/vocabulary.ts) is
 * fetched by the search client only when it needs it. Pagefind's prebuilt interfaces are not
 * published: our own interface talks to its JS API. Any error fails the build.
 *
 * Records and vocabulary come from the content collections, like every page: a build-only route
 * (pagefind-input.ts) writes them into the output, where this hook reads them and deletes the
 * file. So the content pipeline runs once, and this module imports nothing of the site's code:
 * astro.config.mjs loads it with Node itself, quickly, with no bundler.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindInput } from './pagefind-input.ts';

/** The build-only route's address, and its file in the output (never published: deleted once read). */
export const PAGEFIND_INPUT = 'pagefind-input.json';

/**
 * Pagefind's prebuilt interfaces, highlighter and worker: unused (the client sets noWorker and
 * the CSP has no worker-src), so not shipped.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Vite wraps every dynamic import() in a helper that preloads the imported chunk's
 * dependencies and CSS (~0.9 KiB gzip, on every page, in search-boot.ts). Our on-demand chunks
 * have no CSS dependencies (search-ui.ts adds its stylesheet itself) and module preloading is
 * off (astro.config.mjs), so the helper only has to call import(): this replaces it.
 */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';
function plainDynamicImport() {
  return {
    name: 'plain-dynamic-import',
    enforce: 'pre' as const,
    resolveId: (id: string) => (id === PRELOAD_HELPER_ID ? id : undefined),
    load: (id: string) => (id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

export interface Options {
  /** Keep Pagefind's prebuilt interfaces in the bundle (for comparing them with ours). */
  keepPrebuiltUi?: boolean;
}

/**
 * Writes the search index and the vocabulary into the built `site`, from the build-only route's
 * file (deleted once read); says what it wrote.
 */
async function writeSearchIndex(site: string, keepPrebuiltUi: boolean): Promise<string> {
  const outputPath = join(site, 'pagefind');
  const started = performance.now();
  const inputFile = join(site, PAGEFIND_INPUT);
  const { language, records, vocabulary } = JSON.parse(await readFile(inputFile, 'utf8')) as PagefindInput;
  await rm(inputFile);
  try {
    const created = await pagefind.createIndex({ forceLanguage: language });
    if (!created.index || created.errors.length > 0) {
      throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
    }
    // All sent at once: the index takes them in turn, without a round trip between each.
    const { index } = created;
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    added.forEach((recorded, i) => {
      if (recorded.errors.length > 0) throw new Error(`Pagefind could not add the record ${records[i]?.url}: ${recorded.errors.join('; ')}`);
    });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const vocabularyFile = join(site, vocabulary.path);
  await mkdir(dirname(vocabularyFile), { recursive: true });
  await writeFile(vocabularyFile, JSON.stringify(vocabulary.data));
  // PAGEFIND_KEEP_UI=1 keeps them, for bench/compare-ui.mjs.
  if (!keepPrebuiltUi) await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
  return `Search index (${records.length} records) and ${vocabulary.path} written in ${Math.round(performance.now() - started)} ms.`;
}

export default function pagefindIntegration(options: Options = {}): AstroIntegration {
  let indexing: Promise<string> | undefined;
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, updateConfig }) => {
        updateConfig({ vite: { plugins: [plainDynamicImport()] } });
        if (command === 'build') injectRoute({ pattern: `/${PAGEFIND_INPUT}`, entrypoint: new URL('./pagefind-input.ts', import.meta.url), prerender: true });
      },
      // Started as soon as the pages are written, not awaited: Pagefind's own process indexes
      // while the other integrations' hooks run (style-hashes reads every page meanwhile).
      'astro:build:generated': ({ dir }) => {
        indexing = writeSearchIndex(fileURLToPath(dir), options.keepPrebuiltUi ?? process.env['PAGEFIND_KEEP_UI'] === '1');
        // Its failure is reported by astro:build:done, which awaits it; never as unhandled.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('The search index was never started: astro:build:generated did not run.');
        logger.info(await indexing);
      },
    },
  };
}
