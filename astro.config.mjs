// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import atomicOutput from './src/integrations/atomic-output.ts';
import { CACHE_DIR } from './src/lib/build-cache.ts';
import pagefind from './src/integrations/pagefind.ts';
import shareCards from './src/integrations/share-cards.ts';
import siteOrigin from './src/integrations/site-origin.ts';
import styleHashes from './src/integrations/style-hashes.ts';
import { siteAddress } from './src/lib/site-address.ts';

// Where the site is published (src/lib/site-address.ts): SITE_URL, whose path is the base path
// ("https://<user>.github.io/<repo>/"), or BASE_PATH; SITE_LOCAL=1 for a build served on this
// machine (`npm start`, `npm test`). `astro build` with neither stops and says how to set it.
const address = siteAddress(process.env);
const { site, base } = address;

// The resolution's Markdown is rendered by its content loader (src/loaders/content.ts) with our
// plugin list (src/plugins/resolution-pipeline.ts): no Markdown goes through Astro's renderer.
export default defineConfig({
  site,
  base,
  // The tests build fixtures with a cache of their own, so they never touch the real one; the
  // share cards are kept there too, by content hash (src/lib/build-cache.ts).
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Each page's stylesheet inline: the first paint waits for no second request (issue 17). The
    // Content Security Policy allows it by its hash (src/integrations/style-hashes.ts).
    inlineStylesheets: 'always',
    // Pages rendered side by side: a share card waits for a drawing thread (src/lib/cards/),
    // and meanwhile the pages after it render. Enough to hold every card of a motion in flight.
    concurrency: 64,
  },
  // No module preloading: the search code is imported on demand (see src/integrations/pagefind.ts).
  vite: {
    build: { assetsInlineLimit: 0, modulePreload: false },
    // The page script's file (src/components/PageScript.astro) named short: every page carries
    // its address, where Astro's own name would be "PageScript.astro_astro_type_script_index_0_lang".
    environments: { client: { build: { rolldownOptions: { output: { entryFileNames: '_astro/page.[hash].js' } } } } },
  },
  devToolbar: { enabled: false },
  // atomicOutput last: it moves the finished build into outDir after every other hook has run.
  integrations: [sitemap(), pagefind(), siteOrigin(address), shareCards(), styleHashes(), atomicOutput()],
});
