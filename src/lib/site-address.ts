/**
 * Where a build says it lives: the origin and base path every absolute address of the build
 * carries (canonical links, Open Graph, share cards, the sitemap, robots.txt, citations, JSON-LD,
 * the downloads). Read from the environment by astro.config.mjs and by `npm run serve`:
 *
 * - `SITE_URL=https://host/path/`: a build for deployment; a path in it is the base path.
 * - `SITE_LOCAL=1` (what `npm start` and `npm test` set): a build to look at on this machine,
 *   at the origin `npm run serve` answers on.
 * - neither: fine for `astro dev` and `astro check`; `astro build` stops (src/integrations/site-origin.ts),
 *   so that no build meant for deployment publishes a local address, or an invented domain.
 */

/** Where `npm run serve` serves the build: the origin of a local build. */
export const LOCAL_PORT = 4321;
export const LOCAL_ORIGIN = `http://127.0.0.1:${LOCAL_PORT}`;

export interface SiteAddress {
  /** The origin, "https://host" (no path). */
  site: string;
  /** The base path, "/" or "/sub/". */
  base: string;
  /** public: from SITE_URL; local: this machine; unset: no address given. */
  mode: 'public' | 'local' | 'unset';
}

/** A SITE_URL or BASE_PATH that cannot be an address: what was found and how to write it. */
export class SiteAddressError extends Error {
  override name = 'SiteAddressError';
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** "/sub/" from "sub", "/sub" or "/sub/"; "/" from "" or "/". */
function basePath(path: string): string {
  const inner = path.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const siteUrl = env['SITE_URL']?.trim();
  const basePathEnv = env['BASE_PATH']?.trim() || undefined;
  if (!siteUrl) {
    return { site: LOCAL_ORIGIN, base: basePath(basePathEnv ?? '/'), mode: env['SITE_LOCAL'] === '1' ? 'local' : 'unset' };
  }
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new SiteAddressError(`SITE_URL="${siteUrl}" is not an address. Fix: give the site's public address with its scheme, e.g. SITE_URL=https://<your-domain>/ or SITE_URL=https://<user>.github.io/<repo>/.`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new SiteAddressError(`SITE_URL="${siteUrl}" must be an http(s) address without query, fragment or credentials. Fix: SITE_URL=${url.protocol}//${url.host}${url.pathname}`);
  }
  const fromUrl = basePath(url.pathname);
  if (basePathEnv !== undefined && fromUrl !== '/' && basePath(basePathEnv) !== fromUrl) {
    throw new SiteAddressError(`SITE_URL="${siteUrl}" has the path ${fromUrl} but BASE_PATH="${basePathEnv}". Fix: give the path once, in SITE_URL (and unset BASE_PATH).`);
  }
  const base = fromUrl !== '/' ? fromUrl : basePath(basePathEnv ?? '/');
  return { site: url.origin, base, mode: LOOPBACK.test(url.hostname) ? 'local' : 'public' };
}

/** Why `astro build` stops without an address, and how to give one. */
export const SITE_URL_MISSING = [
  'SITE_URL is not set: a build for deployment needs the public address of the site, which its canonical links, share cards, citations, sitemap and downloads carry.',
  'Fix: SITE_URL=https://<your-domain>/ npm run build   (under a sub-path: SITE_URL=https://<user>.github.io/<repo>/ npm run build).',
  `To look at the site on this machine, run \`npm start\`: it builds with SITE_LOCAL=1 for ${LOCAL_ORIGIN}/ and serves it there.`,
].join('\n');
