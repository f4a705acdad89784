/**
 * astro.config.mjs loads in Node as it is. Astro imports a .mjs config with Node first and, when
 * Node cannot load it (a module in its imports that type stripping cannot run, such as a class
 * with a parameter property), bundles it with Vite instead: a second or so more on every build,
 * and no error to say so. So the config imports only its small build hooks, never the site's
 * modules (a build step that needs the content is a route: see src/integrations/pagefind.ts).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('astro.config.mjs', () => {
  it('loads with Node alone, with its integrations in order, atomic-output last', () => {
    const script = "const { default: config } = await import('./astro.config.mjs'); console.log(JSON.stringify(config.integrations.map((i) => i.name)));";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, SITE_LOCAL: '1' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(['@astrojs/sitemap', 'pagefind', 'site-origin', 'share-cards', 'style-hashes', 'atomic-output']);
  });
});
