// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import rehypeUnitFragments from './src/plugins/rehype-unit-fragments.ts';
import remarkResolutionUnits from './src/plugins/remark-resolution-units.ts';
import remarkResolutionValidate from './src/plugins/remark-resolution-validate.ts';
import headers from './src/integrations/headers.ts';

// Where the site is published. SITE_URL gives canonical URLs, Open Graph and the sitemap
// their origin; BASE_PATH lets the site live under a sub-path ("/kazakhstan-2019/").
const site = process.env.SITE_URL ?? 'https://b8-0205-2019.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External files only: the Content Security Policy allows no inline script or style.
    inlineStylesheets: 'never',
  },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      // The text is sacred: no smart quotes, no autolinks, nothing that rewrites a character.
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkResolutionValidate, [remarkResolutionUnits, { base }]],
      rehypePlugins: [rehypeSlug, rehypeUnitFragments],
    }),
  },
  integrations: [sitemap(), headers()],
});
