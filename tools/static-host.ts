/**
 * A static host on loopback for a built site, as Netlify or Cloudflare Pages would serve it:
 * directory indexes, the headers of the site's `_headers` file (so a download gets its media
 * type and charset), and unknown URLs answered with status 404 and the site's 404 page. Used
 * by `npm run serve` (tools/serve.ts), the site tests and the benches' servers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

/**
 * A `_headers` file (the format of Netlify and Cloudflare Pages): a URL pattern on its own
 * line, then its headers indented below it, "Name: value". `*` matches anything, `:name` one
 * path segment.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  matches: (pathname: string) => boolean;
}

export function headerRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      const regex = new RegExp(`^${source}$`);
      rules.push({ pattern, headers: [], matches: (pathname) => regex.test(pathname) });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a URL pattern, got "${line}"`);
    rule.headers.push([match[1], match[2].trim()]);
  }
  return rules;
}

export interface ServedSite {
  /** The site's root URL, base path included, with a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `dir` under `basePath` on 127.0.0.1, on `port` (0: a free one). Like a static
 * host: directory indexes, the headers of the site's `_headers` file, and unknown URLs answered
 * with status 404 and the site's 404 page. `gzip`: a file's `.gz` sibling, where there is one, is
 * sent compressed to a browser that accepts it, as hosts compress (the first-paint bench).
 */
export async function serveDirectory(dir: string, basePath = '/', port = 0, { gzip = false } = {}): Promise<ServedSite> {
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
    gzip,
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
  // A taken port is an error, never a silent move to the next one: a local build's absolute
  // links point at its port (src/lib/site-address.ts).
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
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
