/**
 * Reads and checks all the content the site is built from — the resolution (Markdown) and the
 * editorial layer (names, topics, relations) — into the one unit model. Used by the content
 * collections (src/loaders/collections.ts) and by the search index integration, which runs
 * after the content layer is gone. Malformed content throws with file, line and fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unmentioned, parseNameRegistry, type Registry } from '../lib/editorial/names.ts';
import { parseReferences, type Reference } from '../lib/editorial/references.ts';
import { parseRelationReasons, type RelationReasons, type Relations } from '../lib/editorial/relations.ts';
import { parseTopics, passageSpans, type Topic } from '../lib/editorial/topics.ts';
import type { ResolutionMeta } from '../lib/resolution/schema.ts';
import { unitTitle, type Unit } from '../lib/resolution/units.ts';
import { FORMULA_FRAGMENT } from '../plugins/rehype-unit-fragments.ts';
import { processResolution } from '../plugins/resolution-pipeline.ts';

/** Where the content lives. CONTENT_DIR and RESOLUTION_DIR let tests build the site from fixtures. */
export function contentFiles(contentDir = process.env['CONTENT_DIR'] ?? 'content') {
  return {
    resolutionDir: process.env['RESOLUTION_DIR'] ?? join(contentDir, 'resolution'),
    names: join(contentDir, 'names.yaml'),
    topics: join(contentDir, 'topics.yaml'),
    relations: join(contentDir, 'relations.yaml'),
    references: join(contentDir, 'references.yaml'),
  };
}
export type ContentFiles = ReturnType<typeof contentFiles>;

export interface ResolutionDocument {
  /** The file's name without ".md". */
  id: string;
  meta: ResolutionMeta;
  /** The preamble formula: plain text and HTML. */
  formula: { text: string; html: string };
}

export interface SiteContent {
  document: ResolutionDocument;
  /** Every unit, in text order. */
  units: Unit[];
  registry: Registry;
  topics: Topic[];
  /** paragraph id → the recitals and citations it rests on, in the file's order. */
  relations: Relations;
  /** paragraph id → ground id → why the paragraph rests on it. */
  relationReasons: RelationReasons;
  /** The documents the text cites, in the file's order. */
  references: Reference[];
  /** The files read, for watchers and digests. */
  files: string[];
}

const read = (file: string) => readFileSync(file, 'utf8');
const display = (file: string) => relative(process.cwd(), file) || file;

/** The one resolution file of `dir`; throws unless there is exactly one. */
function resolutionFile(dir: string): string {
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
  if (files.length !== 1) {
    throw new Error(`Expected exactly one resolution (*.md) in ${display(dir)}, found ${files.length}.\n  Fix: keep one Markdown file there.`);
  }
  return join(dir, files[0]);
}

/**
 * Reads all the content, checks it, and builds the unit model. `base` is the site's base path
 * (links to names carry it). `warn` hears about registry entries the text never mentions.
 */
export async function readContent(files: ContentFiles = contentFiles(), base = '/', warn: (message: string) => void = () => {}): Promise<SiteContent> {
  const registry = parseNameRegistry(read(files.names), display(files.names));
  const path = resolutionFile(files.resolutionDir);
  const file = await processResolution(read(path), display(path), { registry, base });
  const { meta, units: outline, mentions, fragments, formula } = file.data;
  if (!meta || !outline || !mentions || !fragments || formula === undefined) {
    throw new Error(`The Markdown pipeline gave no units for ${display(path)}: see src/plugins/resolution-pipeline.ts.`);
  }
  const unitIds = outline.map((u) => u.id);
  const topics = parseTopics(read(files.topics), display(files.topics), unitIds);
  const relationReasons = parseRelationReasons(read(files.relations), display(files.relations), unitIds);
  const relations: Relations = new Map([...relationReasons].map(([paragraph, grounds]) => [paragraph, [...grounds.keys()]]));
  const references = parseReferences(read(files.references), display(files.references), {
    unitText: new Map(outline.map((u) => [u.id, u.text])),
    entities: registry.map((entity) => entity.slug),
  });
  const registryOrder = new Map(registry.map((entity, index) => [entity.slug, index]));

  const units: Unit[] = outline.map((u) => {
    const unitMentions = mentions[u.id] ?? [];
    return {
      ...u,
      title: unitTitle(u.kind, u.label),
      html: fragments[u.id] ?? '',
      mentions: unitMentions,
      names: [...new Set(unitMentions.map((m) => m.slug))].sort((a, b) => (registryOrder.get(a) ?? 0) - (registryOrder.get(b) ?? 0)),
      topics: topics.filter((t) => t.units.includes(u.id)).map((t) => t.slug),
    };
  });
  // A topic's pages quote the passage of each tagged unit about it: each must have one.
  for (const topic of topics) for (const id of topic.units) passageSpans(topic, units.find((u) => u.id === id)!, display(files.topics));
  for (const entity of unmentioned(registry, units)) {
    warn(`The registry entry "${entity.slug}" (${display(files.names)}) is never mentioned in the text: check its text forms or remove it.`);
  }
  const id = path.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    document: { id, meta, formula: { text: formula, html: fragments[FORMULA_FRAGMENT] ?? '' } },
    units,
    registry,
    topics,
    relations,
    relationReasons,
    references,
    files: [path, files.names, files.topics, files.relations, files.references],
  };
}
