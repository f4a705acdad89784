/**
 * Vitest global setup for the site tests: serves the built site (dist/, or SITE_DIR) on
 * loopback under its base path (BASE_PATH, default "/"), as a static host would, 404 page
 * included, and gives the tests its URL.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

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
  if (!existsSync(resolve(siteDir, 'index.html'))) {
    throw new Error(`No built site in ${siteDir}: run "npm run build" first (the test command does).`);
  }
  const assets = sirv(siteDir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(siteDir, { dev: false });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) {
      res.writeHead(404).end();
      return;
    }
    req.url = `/${url.slice(basePath.length)}`;
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      req.url = '/404.html';
      notFound(req, res, () => {
        res.end('Not found');
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port');
  project.provide('siteUrl', `http://127.0.0.1:${address.port}${basePath}`);
  project.provide('siteDir', siteDir);
  project.provide('basePath', basePath);
  return () => new Promise<void>((done) => server.close(() => done()));
}
