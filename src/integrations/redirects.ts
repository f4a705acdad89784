/**
 * Writes `_redirects` into the build for hosts that read one (Netlify, Cloudflare Pages): the
 * forgiving addresses of the units (src/lib/links/forgiving-addresses.ts). The 404 page's
 * script covers every host, and the case of letters, too.
 */
import { readdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { redirectRules } from '../lib/links/forgiving-addresses.ts';

const SECTIONS = ['citations', 'recitals', 'paragraphs'];

export default function redirects(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The unit pages as built: the build is the list, nothing kept by hand.
        const unitPages: string[] = [];
        for (const section of SECTIONS) {
          const labels = await readdir(new URL(`${section}/`, dir), { withFileTypes: true });
          unitPages.push(...labels.filter((entry) => entry.isDirectory()).map((entry) => `${section}/${entry.name}/`));
        }
        const rules = redirectRules(base, unitPages);
        await writeFile(new URL('_redirects', dir), `# Forgiving addresses (src/lib/links/forgiving-addresses.ts).\n${rules.join('\n')}\n`);
        logger.info(`\`_redirects\` written: ${rules.length} rules`);
      },
    },
  };
}
