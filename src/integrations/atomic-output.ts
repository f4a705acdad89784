/**
 * Astro integration: a build that fails leaves the output directory as it was.
 *
 * Astro checks the content (the content layer's loaders, where every cross-check of
 * src/loaders/content.ts runs) before it touches outDir, but then it empties outDir and writes
 * the pages one by one, and the integrations add their files after: a failure on the way would
 * leave half a site. So the build writes to a staging directory in the cache, and only when
 * every `astro:build:done` hook has run is the staging directory put in outDir's place.
 * This integration must come last in astro.config.mjs, so that its `astro:build:done` runs
 * after the others' (Astro runs them in order).
 */
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Moves `from` to `to`, replacing it; copies when they lie on different file systems. */
async function replaceDirectory(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

export default function atomicOutput(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        updateConfig({ outDir: new URL('build-output/', config.cacheDir) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!outDir) return;
        await replaceDirectory(fileURLToPath(dir), outDir);
        logger.info(`The site is in ${outDir}.`);
      },
    },
  };
}
