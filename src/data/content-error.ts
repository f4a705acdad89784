/**
 * A content mistake made while `astro dev` runs: the loaders (src/loaders/collections.ts) set
 * it, the data modules throw it, so every page shows the error (file, line, fix) until the file
 * is fixed, never the last good content. Kept on globalThis because the loaders and the pages
 * may run in different module graphs of the same process.
 */
const KEY = Symbol.for('ep-motion-site.content-error');
const store = globalThis as { [KEY]?: string };

export function setContentError(message: string | undefined): void {
  store[KEY] = message;
}

/** Throws the pending content mistake, if any. */
export function throwContentError(): void {
  const message = store[KEY];
  if (message !== undefined) throw new Error(message);
}
