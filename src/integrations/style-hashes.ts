/**
 * Astro integration: once the pages are written, allows each page's inline stylesheet by its hash in the
 * page's own policy <meta>. (`_headers` leaves inline style to that <meta>: src/lib/site.ts,
 * HEADER_POLICY.) See src/lib/style-hashes.ts.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { withStyleHashes } from '../lib/style-hashes.ts';

export default function styleHashes(): AstroIntegration {
  return {
    name: 'style-hashes',
    hooks: {
      // As soon as the pages are written (the search index is being made meanwhile, src/integrations/pagefind.ts).
      'astro:build:generated': async ({ dir, logger }) => {
        const all = new Set<string>();
        // The search index's files appear meanwhile (Pagefind only adds files, it deletes none): listed
        // or not, they are not pages.
        const pages = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'));
        // All at once: the reads and writes overlap (one after another, they waited 0.15 s).
        await Promise.all(
          pages.map(async (file) => {
            const url = new URL(file, dir);
            const page = withStyleHashes(await readFile(url, 'utf8'), file);
            if (page.hashes.length === 0) return;
            for (const hash of page.hashes) all.add(hash);
            await writeFile(url, page.html);
          }),
        );
        logger.info(`Inline stylesheets allowed by hash in the policy of ${pages.length} pages (${all.size} distinct)`);
      },
    },
  };
}
