/**
 * Astro integration: after the build, Pagefind indexes the built site (the reading view and
 * the entity pages carry data-pagefind-body; unit pages do not, so no text is indexed twice),
 * adds one alias record per unit that mentions a name by fewer than all its spellings (see
 * src/lib/search-aliases.ts), and writes its bundle to dist/pagefind/. Our own search
 * interface talks to Pagefind's JS API, so Pagefind's prebuilt interfaces are not published.
 * Any indexing error fails the build.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { aliasRecords } from '../lib/search/aliases.ts';
import { readContent } from '../loaders/content.ts';

/** Pagefind's prebuilt interfaces and highlighter: unused, so not shipped. */
const UNUSED_BUNDLE_FILES = [
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
        let aliasCount = 0;
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!created.index || created.errors.length > 0) {
            throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
          }
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length > 0 || added.page_count === 0) {
            throw new Error(`Pagefind could not index ${site} (${added.page_count} pages): ${added.errors.join('; ')}`);
          }
          // The content layer is gone by now: the unit model is read again from the same files.
          const { registry, units } = await readContent();
          const records = aliasRecords(registry, units);
          for (const record of records) {
            const recorded = await created.index.addCustomRecord(record);
            if (recorded.errors.length > 0) throw new Error(`Pagefind could not add the alias record ${record.url}: ${recorded.errors.join('; ')}`);
          }
          aliasCount = records.length;
          const written = await created.index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        // PAGEFIND_KEEP_UI=1 keeps them, for bench/compare-ui.mjs.
        if (!(options.keepPrebuiltUi ?? process.env['PAGEFIND_KEEP_UI'] === '1')) {
          await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
        }
        logger.info(`Search index (with ${aliasCount} alias records) written to ${outputPath} in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
