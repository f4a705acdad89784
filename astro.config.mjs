// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import headers from './src/integrations/headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import siteOrigin, { LOCAL_ORIGIN } from './src/integrations/site-origin.ts';

// Where the site is published. SITE_URL gives canonical URLs, Open Graph, the sitemap,
// citations and JSON-LD their origin; BASE_PATH lets the site live under a sub-path
// ("/motion/"). Unset, the build uses the local origin `npm run serve` answers on,
// never an invented domain, and says so (src/integrations/site-origin.ts).
const site = process.env.SITE_URL || LOCAL_ORIGIN;
const base = process.env.BASE_PATH ?? '/';

// The resolution's Markdown is rendered by its content loader (src/loaders/content.ts) with our
// plugin list (src/plugins/resolution-pipeline.ts): no Markdown goes through Astro's renderer.
export default defineConfig({
  site,
  base,
  // The tests build fixtures with a cache of their own, so they never touch the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External files only: the Content Security Policy allows no inline script or style.
    inlineStylesheets: 'never',
  },
  // No module preloading: the search code is imported on demand (see src/integrations/pagefind.ts).
  vite: { build: { assetsInlineLimit: 0, modulePreload: false } },
  devToolbar: { enabled: false },
  integrations: [sitemap(), pagefind(), headers(), siteOrigin()],
});
