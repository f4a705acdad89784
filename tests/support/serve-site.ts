/**
 * Vitest global setup for the site tests: serves the built site (dist/, or SITE_DIR) on
 * loopback under its base path (BASE_PATH, default "/"), as a static host would, 404 page
 * included, and gives the tests its URL. `serveDirectory` is also used by tests that serve a
 * second build (the sub-path build in dist-base/) and by the Lighthouse bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { headerRules } from './headers-file.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    basePath: string;
  }
}

export interface ServedSite {
  /** The site's root URL, base path included, with a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `dir` under `basePath` on 127.0.0.1 (a free port). Like a static
 * host: directory indexes, the headers of the site's `_headers` file, and unknown URLs answered
 * with status 404 and the site's 404 page.
 */
export async function serveDirectory(dir: string, basePath = '/'): Promise<ServedSite> {
  const siteDir = resolve(dir);
  if (!existsSync(resolve(siteDir, 'index.html'))) {
    throw new Error(`No built site in ${siteDir}: run "npm run build" first (the test command does).`);
  }
  if (!basePath.startsWith('/') || !basePath.endsWith('/')) {
    throw new Error(`The base path must start and end with "/", not "${basePath}"`);
  }
  const headersFile = resolve(siteDir, '_headers');
  const headers = existsSync(headersFile) ? headerRules(readFileSync(headersFile, 'utf8')) : [];
  const notFoundFile = resolve(siteDir, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found');
  const assets = sirv(siteDir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      for (const rule of headers) {
        if (rule.matches(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
      }
    },
  });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const sendNotFound = () => {
      // sirv would answer 200 for the 404 page: write it ourselves, with a real 404.
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFoundPage);
    };
    if (!url.startsWith(basePath)) {
      sendNotFound();
      return;
    }
    req.url = `/${url.slice(basePath.length)}`;
    assets(req, res, sendNotFound);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${basePath}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
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
