/**
 * Astro integration: after the build, writes the search index and the search vocabulary.
 *
 * The index holds custom records only, built from the unit model and the editorial data
 * (src/lib/search/records.ts), never from the built HTML: one per unit at its place in the
 * reading view ("/#recital-j"), with the spellings of its names that its text lacks and the
 * filters kind / topic / name-kind; one per entity page; one per topic page, with the readers'
 * words for it. The vocabulary (/search/vocabulary.json, src/lib/search/vocabulary.ts) is
 * fetched by the search client only when it needs it. Pagefind's prebuilt interfaces are not
 * published: our own interface talks to its JS API. Any error fails the build.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGES } from '../lib/addresses.ts';
import { searchRecords } from '../lib/search/records.ts';
import { buildVocabulary } from '../lib/search/vocabulary-build.ts';
import { VOCABULARY_PATH } from '../lib/search/vocabulary.ts';
import { readContent } from '../loaders/content.ts';

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

export default function pagefindIntegration(options: Options = {}): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plainDynamicImport()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const started = performance.now();
        // The content layer is gone by now: the unit model is read again from the same files.
        const { document, registry, topics, units } = await readContent();
        const records = searchRecords(units, registry, topics);
        try {
          const created = await pagefind.createIndex({ forceLanguage: document.meta.language });
          if (!created.index || created.errors.length > 0) {
            throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
          }
          for (const record of records) {
            const recorded = await created.index.addCustomRecord(record);
            if (recorded.errors.length > 0) throw new Error(`Pagefind could not add the record ${record.url}: ${recorded.errors.join('; ')}`);
          }
          const written = await created.index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        if (!VOCABULARY_PATH.startsWith(PAGES.search)) throw new Error(`${VOCABULARY_PATH} must lie under ${PAGES.search}: see src/lib/search/vocabulary.ts.`);
        const vocabularyFile = join(site, VOCABULARY_PATH);
        await mkdir(dirname(vocabularyFile), { recursive: true });
        await writeFile(vocabularyFile, JSON.stringify(buildVocabulary(units.map((u) => u.text), registry, topics)));
        // PAGEFIND_KEEP_UI=1 keeps them, for bench/compare-ui.mjs.
        if (!(options.keepPrebuiltUi ?? process.env['PAGEFIND_KEEP_UI'] === '1')) {
          await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
        }
        logger.info(`Search index (${records.length} records) and ${VOCABULARY_PATH} written in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
