// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import pagefind from './src/integrations/pagefind.ts';
import { readNameRegistry } from './src/lib/editorial/names.ts';
import remarkLinkNames from './src/plugins/remark-link-names.ts';
import rehypeUnitFragments from './src/plugins/rehype-unit-fragments.ts';
import remarkResolutionUnits from './src/plugins/remark-resolution-units.ts';
import remarkResolutionValidate from './src/plugins/remark-resolution-validate.ts';
import headers from './src/integrations/headers.ts';
import siteOrigin, { LOCAL_ORIGIN } from './src/integrations/site-origin.ts';
import redirects from './src/integrations/redirects.ts';

// Where the site is published. SITE_URL gives canonical URLs, Open Graph, the sitemap,
// citations and JSON-LD their origin; BASE_PATH lets the site live under a sub-path
// ("/kazakhstan-2019/"). Unset, the build uses the local origin `npm run serve` answers on,
// never an invented domain, and says so (src/integrations/site-origin.ts).
const site = process.env.SITE_URL || LOCAL_ORIGIN;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // The tests build malformed fixtures with a cache of their own, so they never touch the real one.
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
  markdown: {
    processor: unified({
      // The text is sacred: no smart quotes, no autolinks, nothing that rewrites a character.
      gfm: false,
      smartypants: false,
      remarkPlugins: [
        remarkResolutionValidate,
        [remarkResolutionUnits, { base }],
        // Editorial layer: links names to their pages (content/names.yaml), after the units exist.
        [remarkLinkNames, { base, registry: readNameRegistry() }],
      ],
      rehypePlugins: [rehypeSlug, rehypeUnitFragments],
    }),
  },
  integrations: [sitemap(), pagefind(), headers(), siteOrigin(), redirects()],
});
