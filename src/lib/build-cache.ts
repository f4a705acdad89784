/**
 * Build-time artefacts (share cards) kept between builds in Astro's cache directory, each under a
 * content hash of everything that makes it: a build makes again only what its inputs changed,
 * and a fresh clone (no cache) makes everything. Shared with astro.config.mjs, which gives Astro
 * the same directory.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Astro's cache directory; the tests give each fixture build one of its own (ASTRO_CACHE_DIR). */
export const CACHE_DIR = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

/** The folder of one kind of artefact in the cache, e.g. "share-cards". */
export const cacheFolder = (kind: string): string => resolve(CACHE_DIR, kind);

/** A hex SHA-256 of the inputs, strings and bytes in order (each prefixed by its length, so that no two lists hash alike). */
export function contentHash(inputs: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(`${typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength}:`).update(input);
  return hash.digest('hex');
}

/**
 * The artefact of `kind` whose inputs hash to `key`: read from the cache, or made by `make` and
 * stored (written to a temporary name, then renamed, so that a build stopped halfway never leaves
 * a truncated file that a later build would take for whole).
 */
export async function cachedArtefact(kind: string, key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = join(cacheFolder(kind), key);
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const bytes = await make();
  await mkdir(cacheFolder(kind), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}
