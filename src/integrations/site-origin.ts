/**
 * Says, in the build log, which public origin the addresses of the build carry (canonical
 * links, Open Graph, the sitemap, citations, JSON-LD): SITE_URL, or, when it is unset, the
 * local origin that `npm run serve` answers on. A domain that does not exist is never used.
 */
import type { AstroIntegration } from 'astro';

/** Where `npm run serve` serves the build (package.json): the origin of a build made without SITE_URL. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4321';

export default function siteOrigin(): AstroIntegration {
  return {
    name: 'site-origin',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const root = new URL(config.base, config.site).href;
        if (process.env['SITE_URL']) logger.info(`Public address: ${root} (from SITE_URL)`);
        else logger.warn(`SITE_URL is not set: canonical links, share cards, citations and the sitemap point to the local origin ${root}. Set SITE_URL to the public origin when deploying (README, "Deploying").`);
      },
    },
  };
}
