/**
 * The content collections' loaders. Each reads all the content through readContent (so the
 * units, their names, topics, the record and the timeline are always built together, from the
 * same files) and stores its own part. A change to any of the files is seen by all of them:
 * each entry's digest is its data, so an ordinary build picks up an edit, and in `astro dev` a
 * watcher reloads them when a file changes.
 * Malformed content throws: the build stops with the file, the line and the fix, and the
 * cached store is never used in its place (Astro's own file() loader logs such an error and
 * keeps serving the last good data, which is why no content goes through it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { setContentError } from '../data/content-error.ts';
import { drawingShareCardsAhead } from '../lib/cards/ahead.ts';
import { drawShareCards } from '../lib/cards/share-card.ts';
import { siteShareCards } from '../lib/cards/site-cards.ts';
import { documentRecord } from '../lib/record/schema.ts';
import { contentFiles, readContent, type ContentFiles, type SiteContent } from './content.ts';

/** The content as last read, and the files' text it was read from. */
let last: { key: string; content: Promise<SiteContent> } | undefined;

/**
 * Reads the content once for all the collections (they sync one after another, and in dev all
 * at once on a change): read again only when a file's text has changed.
 */
function sharedContent(files: ContentFiles, base: string): Promise<SiteContent> {
  const key = contentKey(files, base);
  if (last?.key !== key) last = { key, content: readContent(files, base) };
  return last.content;
}

/** The content whose share cards have been started. */
const cardsStarted = new WeakSet<SiteContent>();

/**
 * At build, the share cards start drawing as soon as the content is read, once per content: the
 * drawing threads then work while Vite bundles the pages, instead of after them (the card route
 * waits for the drawing it finds in flight, src/lib/cards/share-card.ts). The record as the pages
 * read it (src/data/record.ts): a card that came out otherwise here would only be drawn twice.
 */
function startShareCards(content: SiteContent): void {
  if (cardsStarted.has(content)) return;
  cardsStarted.add(content);
  const { meta } = content.document;
  const record = documentRecord(content.record, { reference: meta.reference, heading: meta.title, procedure: meta.procedure, language: meta.language });
  drawShareCards(siteShareCards(record, content.units).map(({ card }) => card));
}

/** What the content is now: the base and every file's bytes (an edit that breaks the encoding is an edit too). */
function contentKey(files: ContentFiles, base: string): string {
  const resolutions = readdirSync(files.resolutionDir).filter((name) => name.endsWith('.md')).sort();
  const read = [...resolutions.map((name) => join(files.resolutionDir, name)), files.names, files.topics, files.relations, files.record, files.timeline, files.references];
  return [base, ...resolutions, ...read.map((file) => readFileSync(file).toString('latin1'))].join('\0');
}

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** How long after a read the content files are looked at once more (a write whose event the watcher dropped). */
const SETTLE_RECHECK_MS = 300;

function contentLoader(name: string, entriesOf: (content: SiteContent) => Entry[]): Loader {
  return {
    name,
    load: async (context: LoaderContext) => {
      const { store, logger, config, watcher } = context;
      const sync = async (): Promise<string[]> => {
        const content = await sharedContent(contentFiles(), config.base);
        if (drawingShareCardsAhead()) startShareCards(content);
        const entries = entriesOf(content);
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const entry of entries) {
          const data = await context.parseData(entry);
          store.set({ id: entry.id, data, digest: context.generateDigest(data) });
        }
        return content.files.map((file) => resolve(file));
      };
      const files = await sync();
      if (!watcher) return;
      watcher.add(files);
      watcher.on('change', (changed) => {
        if (!files.includes(resolve(changed))) return;
        // In dev a mistake does not stop the server, but no page shows the last good content
        // in its place: every page shows the error until it is fixed (src/data/content-error.ts).
        // A write can reach the watcher as two events (the truncation, then the text), and the
        // watcher may drop the second: a result read from files that have changed since decides
        // nothing, and the files as they are now are read again, until a result is current. The
        // text can also land just after that check, with no event of its own (an empty file was
        // read, found current, and its error would stay): so the files are looked at once more,
        // a moment later, and read again if they changed.
        const settle = (): void => {
          const attempt = contentKey(contentFiles(), config.base);
          const stale = () => contentKey(contentFiles(), config.base) !== attempt;
          const lookAgain = () => setTimeout(() => stale() && settle(), SETTLE_RECHECK_MS).unref();
          sync().then(
            () => {
              if (stale()) return settle();
              setContentError(undefined);
              lookAgain();
            },
            (error: unknown) => {
              if (stale()) return settle();
              const message = error instanceof Error ? error.message : String(error);
              setContentError(message);
              logger.error(message);
              lookAgain();
            },
          );
        };
        settle();
      });
    },
  };
}

/** The resolution itself: its metadata and preamble formula (one entry). */
export const documentLoader = () =>
  contentLoader('resolution-document', ({ document }) => [{ id: document.id, data: { meta: document.meta, sections: document.sections, formula: document.formula } }]);

/** One entry per unit, keyed by its anchor ("recital-a"): the unit model. */
export const unitsLoader = () =>
  contentLoader('resolution-units', ({ units }) => units.map((unit, order) => ({ id: unit.id, data: { ...unit, order } })));

/** The names registry, keyed by slug, in registry order. */
export const namesLoader = () => contentLoader('names', ({ registry }) => registry.map(({ slug, ...entity }, order) => ({ id: slug, data: { ...entity, order } })));

/** The topics, keyed by slug, in taxonomy order. */
export const topicsLoader = () => contentLoader('topics', ({ topics }) => topics.map(({ slug, ...topic }, order) => ({ id: slug, data: { ...topic, order } })));

/** The relations, keyed by paragraph anchor: what each paragraph rests on, and why. */
export const relationsLoader = () =>
  contentLoader('relations', ({ relationReasons }) =>
    [...relationReasons].map(([paragraph, grounds]) => ({ id: paragraph, data: { restsOn: [...grounds.keys()], reasons: Object.fromEntries(grounds) } })),
  );

/** The documents the text cites, keyed by slug, in the file's order. */
export const referencesLoader = () => contentLoader('references', ({ references }) => references.map(({ slug, ...reference }, order) => ({ id: slug, data: { ...reference, order } })));

/** The document's record: one entry. */
export const recordLoader = (id: string) => contentLoader('record', ({ record }) => [{ id, data: record }]);

/** The timeline's events, keyed by slug, oldest first (`order`). */
export const timelineLoader = () => contentLoader('timeline', ({ timeline }) => timeline.map(({ slug, ...event }, order) => ({ id: slug, data: { ...event, order } })));
