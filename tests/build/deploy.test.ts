/**
 * Builds meant for deployment, with the real content: without SITE_URL `astro build` stops,
 * says how to set it and writes nothing; with SITE_URL, a path in it is honoured and no file of
 * the build names 127.0.0.1 or localhost. And `npm run serve` stops when its port is taken.
 *
 * The deployment build uses https://example.org/motion/: example.org exists and is reserved
 * for examples (RFC 2606), and the build lives in a temporary folder, never published.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture.ts';

/** A build for deployment: none of the test run's SITE_LOCAL, SITE_URL or BASE_PATH, then `env`. */
function build(work: string, env: Record<string, string>) {
  return buildFixture({ work, env: { SITE_LOCAL: undefined, SITE_URL: undefined, BASE_PATH: undefined, ...env }, timeout: 240_000 });
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('astro build without SITE_URL', () => {
  it('stops, says how to set SITE_URL, and writes nothing', () => {
    const { status, output, outDir } = build(mkdtempSync(join(tmpdir(), 'deploy-unset-')), {});
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('Fix: SITE_URL=https://<your-domain>/ npm run build');
    expect(output).toContain('run `npm start`');
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('a build for deployment at https://example.org/motion/', () => {
  const work = mkdtempSync(join(tmpdir(), 'deploy-public-'));
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build(work, { SITE_URL: 'https://example.org/motion/' });
  }, 260_000);

  it('builds and says the address it carries', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Public address: https://example.org/motion/ (from SITE_URL)');
  });

  it('names 127.0.0.1 or localhost in no file', () => {
    const all = files(result.outDir);
    expect(all.length).toBeGreaterThan(300);
    const offenders = all.filter((file) => /127\.0\.0\.1|localhost/i.test(readFileSync(file, 'latin1'))).map((file) => relative(result.outDir, file));
    expect(offenders).toEqual([]);
  });

  it('honours the path: canonical links, page links, sitemap, robots.txt and citations carry /motion/', () => {
    const home = fromHtml(readFileSync(join(result.outDir, 'index.html'), 'utf8'));
    expect(select('link[rel="canonical"]', home)?.properties['href']).toBe('https://example.org/motion/');
    const about = fromHtml(readFileSync(join(result.outDir, 'about/index.html'), 'utf8'));
    expect(select('link[rel="canonical"]', about)?.properties['href']).toBe('https://example.org/motion/about/');
    const footer = selectAll('footer.site-footer a', home).map((a) => String(a.properties['href']));
    expect(footer).toContain('/motion/downloads/');
    expect(readFileSync(join(result.outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/motion/sitemap-index.xml');
    expect(readFileSync(join(result.outDir, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://example.org/motion/recitals/j/</loc>');
    expect(readFileSync(join(result.outDir, 'downloads/b8-0205-2019.bib'), 'utf8')).toContain('https://example.org/motion/');
  });
});

describe('npm run serve', () => {
  let holder: Server;
  let port = 0;
  beforeAll(async () => {
    holder = createServer((_req, res) => res.end('taken'));
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const address = holder.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => new Promise<void>((done) => holder.close(() => done())));

  it('stops with a message when its port is taken, instead of moving to another', async () => {
    const child = spawn('npm', ['run', '--silent', 'serve'], { env: { ...process.env, SERVE_PORT: String(port) } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code, output).toBe(1);
    expect(output).toContain(`Port ${port} on 127.0.0.1 is taken`);
    expect(output).not.toContain('Serving');
  });
});
