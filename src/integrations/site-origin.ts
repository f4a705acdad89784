/**
 * Says, in the build log, which address the build carries (src/lib/site-address.ts), and stops
 * `astro build` when none was given: a build without SITE_URL would tell every reader and
 * citation manager that the site lives on their own machine. `astro dev` and `astro check`
 * need no address.
 */
import type { AstroIntegration } from 'astro';
import { SITE_URL_MISSING, type SiteAddress } from '../lib/site-address.ts';

export default function siteOrigin(address: SiteAddress): AstroIntegration {
  return {
    name: 'site-origin',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && address.mode === 'unset') throw new Error(SITE_URL_MISSING);
      },
      'astro:config:done': ({ config, logger }) => {
        const root = new URL(config.base, config.site).href;
        if (address.mode === 'public') logger.info(`Public address: ${root} (from SITE_URL)`);
        else if (address.mode === 'local') logger.warn(`Local build: every absolute address points at ${root}, where \`npm run serve\` shows it. Not for deployment: set SITE_URL for that (README, "Deploying").`);
      },
    },
  };
}
