/**
 * The content collections: their loaders and schemas are in src/loaders/collection-definitions.ts.
 *
 * Node loads that module and everything it imports (the whole content pipeline: unified, the
 * plugins, the registries' parsers) as it is, with its own type stripping, instead of Vite's
 * module runner, which transformed each of those modules, and Astro's runtime behind
 * `astro:content`, one import at a time before the first file could be read (bench/build.mjs
 * says what it saves). The pages' bundle has its own copies of the same modules: what the two
 * must share (a content mistake in `astro dev`, share cards in flight) is kept on globalThis.
 */
import { createRequire } from 'node:module';

export const { collections } = createRequire(import.meta.url)('./loaders/collection-definitions.ts') as typeof import('./loaders/collection-definitions.ts');
