/**
 * A mistake in an editorial file (names, references) stops the build at its file and line.
 * An edit to the editorial layer shows where it should, without a forced rebuild: the names
 * registry is content, read and watched by the content loader, and every unit's rendering
 * depends on it. Checked on a copy of content/ with an ordinary `astro build` run twice over one
 * cache, and live in `astro dev`, where a mistake shows on every page until it is fixed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, childEnv, copyContent } from '../support/build-fixture.ts';

const DESCRIPTION = 'activist serving a prison term after the 2016 land-reform protests;';
const EDITED = 'Edited description, activist sentenced after the 2016 land-reform protests.';
/** The name as recital J links it, before and after the edit of its text forms. */
const LINKED_BEFORE = '<a href="/names/maks-bokayev/">Maks Bokayev</a>';
const LINKED_AFTER = 'Maks <a href="/names/maks-bokayev/">Bokayev</a>';

/** Edits the names registry of a copy of content/: Maks Bokayev's text form and description. */
function editRegistry(content: string): void {
  const names = join(content, 'names.yaml');
  const registry = readFileSync(names, 'utf8');
  const edited = registry.replace('  text: [Maks Bokayev]\n', '  text: [Bokayev]\n').replace(`description: ${DESCRIPTION}`, `description: ${EDITED}`);
  if (edited === registry || !edited.includes(EDITED) || !edited.includes('text: [Bokayev]')) throw new Error('The fixture edit found nothing to change in names.yaml');
  writeFileSync(names, edited);
}

describe('a registry edit, then an ordinary rebuild', () => {
  const { work, content } = copyContent();
  const outDir = join(work, 'dist');
  const build = () => {
    const { status, output } = buildFixture({ work, env: { CONTENT_DIR: content } });
    expect(status, output).toBe(0);
  };
  const page = (path: string) => readFileSync(join(outDir, path), 'utf8');

  /** The share cards in the build cache, each file with the time it was written. */
  const cachedCards = () => {
    const folder = join(work, 'cache', 'share-cards');
    return readdirSync(folder).map((file) => `${file} ${statSync(join(folder, file)).mtimeMs}`);
  };
  let cardsBefore: string[] = [];

  it('shows the edit in the reading view and on the entity page', () => {
    build();
    expect(page('index.html')).toContain(LINKED_BEFORE);
    expect(page('names/maks-bokayev/index.html')).toContain(DESCRIPTION);
    cardsBefore = cachedCards();
    editRegistry(content);
    build();
    expect(page('index.html')).toContain(LINKED_AFTER);
    expect(page('index.html')).not.toContain(LINKED_BEFORE);
    expect(page('recitals/j/index.html')).toContain(LINKED_AFTER);
    expect(page('names/maks-bokayev/index.html')).toContain(EDITED);
  });

  it('draws no share card again: the registry is on no card, so every card comes from the cache as it was', () => {
    // /, /about/ and the 39 units: one card each, by content hash.
    expect(cardsBefore).toHaveLength(41);
    expect(cachedCards()).toEqual(cardsBefore);
    expect(readFileSync(join(outDir, 'cards', 'recitals-j.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('a malformed editorial file', () => {
  // Each: the edit, the line it breaks (found in the edited file), and what the build must say there.
  it.each([
    {
      file: 'names.yaml',
      from: 'maks-bokayev:\n  kind: person\n',
      to: 'maks-bokayev:\n  kind: persn\n',
      brokenLine: '  kind: persn',
      says: (line: number) => new RegExp(`names\\.yaml:${line}:\\d+: maks-bokayev\\.kind: `),
      fix: /Fix: /,
    },
    {
      file: 'references.yaml',
      from: '    citation-8: Universal Declaration of Human Rights\n',
      to: '    citation-18: Universal Declaration of Human Rights\n',
      brokenLine: '    citation-18: Universal Declaration of Human Rights',
      says: (line: number) => new RegExp(`references\\.yaml:${line}:\\d+: udhr\\.cites\\.citation-18: "citation-18" is not a unit of the resolution\\.`),
      fix: /Fix: use one of citation-1 … paragraph-12\./,
    },
  ])('$file: stops the build with the file, the line and the fix, and writes no page', ({ file, from, to, brokenLine, says, fix }) => {
    const { work, content } = copyContent();
    const path = join(content, file);
    const original = readFileSync(path, 'utf8');
    const broken = original.replace(from, to);
    expect(broken).not.toBe(original);
    writeFileSync(path, broken);
    const { status, output, outDir } = buildFixture({ work, env: { CONTENT_DIR: content } });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(says(broken.split('\n').indexOf(brokenLine) + 1));
    expect(output).toMatch(fix);
    expect(existsSync(join(outDir, 'index.html')), 'no page may be written').toBe(false);
  });
});

describe('a registry edit in astro dev', () => {
  const { work, content } = copyContent();
  let server: ReturnType<typeof spawn> | undefined;
  let origin = '';
  let log = '';

  const freePort = () =>
    new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
      });
    });
  // A request sent while the server starts may never be answered: each one gives up after 5 s.
  const get = async (path: string) => (await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(5_000) })).text();

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn('npx', ['--no-install', 'astro', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      env: childEnv({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_DEV_BACKGROUND: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // Ready when it serves the reading view (the first request also syncs the content).
    const deadline = Date.now() + 60_000;
    while (!(await get('/').then((html) => html.includes('recital-j'), () => false))) {
      if (Date.now() > deadline) throw new Error(`astro dev did not serve / within 60 s:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 90_000);

  afterAll(() => {
    // A server of its own (--ignore-lock: a developer's running dev server is left alone); it and
    // its children share a process group: end them all.
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  });

  it('shows the edit live in the reading view and on the entity page', async () => {
    expect(await get('/'), log).toContain(LINKED_BEFORE);
    expect(await get('/names/maks-bokayev/')).toContain(DESCRIPTION);
    editRegistry(content);
    // The dev server re-reads the content when the file changes; on a busy machine that takes a while.
    await expect.poll(() => get('/names/maks-bokayev/').catch(() => ''), { timeout: 60_000, interval: 500 }).toContain(EDITED);
    await expect.poll(() => get('/').catch(() => ''), { timeout: 60_000, interval: 500 }).toContain(LINKED_AFTER);
    expect(await get('/recitals/j/')).toContain(LINKED_AFTER);
  }, 150_000);

  it('shows a mistake in record.yaml on every page, never the last good record, until it is fixed', async () => {
    const record = join(content, 'record.yaml');
    const good = readFileSync(record, 'utf8');
    const bad = good.replace('tabled: { date: 2019-03-12', 'tabled: { date: 2019-13-12');
    if (bad === good) throw new Error('The fixture edit found nothing to change in record.yaml');
    const status = async (path: string) => (await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(5_000) })).status;
    expect(await get('/about/')).toContain('12 March 2019');
    writeFileSync(record, bad);
    // Astro's error page (its overlay shows the message), not the last good record.
    await expect.poll(() => status('/about/').catch(() => 0), { timeout: 60_000, interval: 500 }).toBe(500);
    expect(await status('/recitals/j/')).toBe(500);
    expect(await get('/about/')).not.toContain('12 March 2019');
    expect(log).toMatch(/record\.yaml:43:17: tabled\.date: a date is a day of the calendar/);
    // Fixed within a second of the mistake, the pages come back. (The watcher can drop the event
    // of the write that follows a truncation: the loaders look at the files once more after each
    // read, src/loaders/collections.ts.)
    writeFileSync(record, good);
    await expect.poll(() => status('/about/').catch(() => 0), { timeout: 60_000, interval: 250 }).toBe(200);
    expect(await get('/about/')).toContain('12 March 2019');
    expect(await status('/recitals/j/')).toBe(200);
  }, 150_000);
});
