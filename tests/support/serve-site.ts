/**
 * Vitest global setup for the site tests: serves the built site (dist/, or SITE_DIR) on
 * loopback under its base path (BASE_PATH, default "/"), as a static host would, 404 page
 * included, and gives the tests its URL. `serveDirectory` is also used by tests that serve a
 * second build (the sub-path build in dist-base/) and by the Lighthouse bench.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../../tools/static-host.ts';

export { serveDirectory, type ServedSite } from '../../tools/static-host.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    basePath: string;
  }
}

export default async function serveSite(project: TestProject) {
  const siteDir = resolve(process.env['SITE_DIR'] ?? 'dist');
  const basePath = process.env['BASE_PATH'] ?? '/';
  const site = await serveDirectory(siteDir, basePath);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', siteDir);
  project.provide('basePath', basePath);
  return site.close;
}
