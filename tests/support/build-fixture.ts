/**
 * The real `astro build` in a child process, on content of a test's own (a copy of content/, a
 * fixture, one resolution file), into a folder of the test's: its exit status, what it printed,
 * and where it wrote. The child gets the environment a person's build gets, less what Vitest
 * sets for its own Vite: NODE_ENV=test changes how Astro builds and serves, and BASE_URL="/"
 * would override the build's base path.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Variables Vitest sets in its own process (besides VITEST_*), which a child build must not inherit. */
const VITEST_VARIABLES = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The environment of a child `astro` process: the test run's own, less Vitest's variables, no
 * colours, then `extra`. A variable set to undefined in `extra` is left out (a deployment build
 * drops the run's SITE_LOCAL).
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.has(name) && !name.startsWith('VITEST'));
  const merged: Record<string, string | undefined> = { ...Object.fromEntries(inherited), FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
  return Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export interface FixtureBuild {
  status: number | null;
  /** stdout, then stderr. */
  output: string;
  /** Where the build writes its site: `<work>/dist` unless given. */
  outDir: string;
  /** The build's own folder: its output and Astro's cache (`<work>/cache`) go there. */
  work: string;
}

export interface FixtureOptions {
  /** The build's folder (a new temporary one when not given). */
  work?: string;
  /** The output folder, when not `<work>/dist`. */
  outDir?: string;
  /** Astro's cache folder, when not `<work>/cache`. */
  cacheDir?: string;
  /** The build's variables: CONTENT_DIR or RESOLUTION_DIR, SITE_URL …; undefined removes one. */
  env?: Record<string, string | undefined>;
  timeout?: number;
}

/** Runs `astro build` as `npm run build` would, on what `options.env` points it at. */
export function buildFixture(options: FixtureOptions = {}): FixtureBuild {
  const work = options.work ?? mkdtempSync(join(tmpdir(), 'fixture-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const result = spawnSync('npx', ['--no-install', 'astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: childEnv({ ASTRO_CACHE_DIR: options.cacheDir ?? join(work, 'cache'), ...options.env }),
    timeout: options.timeout ?? 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, work };
}

/** A private copy of content/ to edit, in a new temporary folder that is also the build's. */
export function copyContent(): { work: string; content: string } {
  const work = mkdtempSync(join(tmpdir(), 'content-copy-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  return { work, content };
}
