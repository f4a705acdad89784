/**
 * Reads and checks all the content the site is built from — the resolution (Markdown), the
 * editorial layer (names, topics, relations), the record and the timeline — into the one unit
 * model. Used by the content collections (src/loaders/collections.ts) and by the search index
 * integration, which runs after the content layer is gone. Every file goes through this one
 * path, and every cross-check runs here, before any page is rendered: malformed content throws
 * with file, line and fix.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseNameRegistry, unmatchedForms, type Registry } from '../lib/editorial/names.ts';
import { parseReferences, type Reference } from '../lib/editorial/references.ts';
import { parseRelationReasons, type RelationReasons, type Relations } from '../lib/editorial/relations.ts';
import { parseTopics, passageSpans, type Topic } from '../lib/editorial/topics.ts';
import { EditorialDataError, parseYaml, type DataProblem } from '../lib/editorial/yaml.ts';
import { parseRecord, type RecordFile } from '../lib/record/schema.ts';
import { parseTimeline, type TimelineEvent } from '../lib/record/timeline.ts';
import { pointId, sectionSegment } from '../lib/addresses.ts';
import { letteredPoints } from '../lib/resolution/points.ts';
import type { DocumentData, DocumentSection } from '../lib/resolution/schema.ts';
import { SECTIONS, unitTitle, type Unit, type UnitKind, type UnitPoint } from '../lib/resolution/units.ts';
import { FORMULA_FRAGMENT } from '../plugins/rehype-unit-fragments.ts';
import { processResolution } from '../plugins/resolution-pipeline.ts';
import { readUtf8 } from './read-text.ts';

/** Where the content lives. CONTENT_DIR and RESOLUTION_DIR let tests build the site from fixtures. */
export function contentFiles(contentDir = process.env['CONTENT_DIR'] ?? 'content') {
  return {
    resolutionDir: process.env['RESOLUTION_DIR'] ?? join(contentDir, 'resolution'),
    names: join(contentDir, 'names.yaml'),
    topics: join(contentDir, 'topics.yaml'),
    relations: join(contentDir, 'relations.yaml'),
    record: join(contentDir, 'record.yaml'),
    timeline: join(contentDir, 'timeline.yaml'),
    references: join(contentDir, 'references.yaml'),
  };
}
export type ContentFiles = ReturnType<typeof contentFiles>;

/** The document: its collection entry's data (src/lib/resolution/schema.ts) and its id. */
export interface ResolutionDocument extends DocumentData {
  /** The file's name without ".md". */
  id: string;
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
  /** The document's record: facts from outside the text, with sources. */
  record: RecordFile;
  /** The dated events the text mentions, oldest first. */
  timeline: TimelineEvent[];
  /** The files read, for watchers and digests. */
  files: string[];
}

const display = (file: string) => relative(process.cwd(), file) || file;

/** The one resolution file of `dir`; throws unless there is exactly one. */
function resolutionFile(dir: string): string {
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
  if (files.length !== 1) {
    throw new Error(`Expected exactly one resolution (*.md) in ${display(dir)}, found ${files.length}.\n  Fix: keep one Markdown file there.`);
  }
  return join(dir, files[0]);
}

/** A unit's lettered points with their anchors: paragraphs only, as Parliament letters them. */
function unitPoints(unit: { kind: UnitKind; id: string; text: string }): UnitPoint[] {
  if (unit.kind !== 'paragraph') return [];
  return letteredPoints(unit.text).map((point) => ({ label: point.label, id: pointId(unit.id, point.label), text: unit.text.slice(point.start, point.end).trim() }));
}

/**
 * The sections with the ids their headings got from rehype-slug, which must be the published
 * anchors ("#recitals", src/lib/addresses.ts): a heading that slugs otherwise would move a permalink.
 */
function documentSections(headings: readonly { title: string; id: string }[], file: string): DocumentSection[] {
  return SECTIONS.map((section, index) => {
    const heading = headings[index];
    if (heading?.id !== sectionSegment(section.kind)) {
      throw new Error(`${file}: the section heading "${heading?.title ?? '(none)'}" gets the id "${heading?.id ?? ''}", not "${sectionSegment(section.kind)}". Fix: write the heading as "## ${section.title}".`);
    }
    return { kind: section.kind, id: heading.id, title: heading.title };
  });
}

/** The document's id: its Markdown file's name without ".md" ("b8-0205-2019"), which names its downloads. */
function documentIdOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.md$/, '');
}

/** The id of the document in `files` (for build steps that run outside the content layer). */
export function documentId(files: ContentFiles = contentFiles()): string {
  return documentIdOf(resolutionFile(files.resolutionDir));
}

/**
 * Reads all the content, checks it, and builds the unit model. `base` is the site's base path
 * (links to names carry it).
 */
export async function readContent(files: ContentFiles = contentFiles(), base = '/'): Promise<SiteContent> {
  const path = resolutionFile(files.resolutionDir);
  // Every file decoded first, so that a byte that is not UTF-8 is blamed on its own file and line.
  const paths = [path, files.names, files.topics, files.relations, files.record, files.timeline, files.references];
  const [markdown, namesText, topicsText, relationsText, recordText, timelineText, referencesText] = paths.map((file) => readUtf8(file, display(file))) as [string, string, string, string, string, string, string];
  const registry = parseNameRegistry(namesText, display(files.names));
  const record = parseRecord(recordText, display(files.record));
  const file = await processResolution(markdown, display(path), { registry, base });
  const { meta, units: outline, mentions, fragments, formula, sections: headings } = file.data;
  if (!meta || !outline || !mentions || !fragments || !headings || formula === undefined) {
    throw new Error(`The Markdown pipeline gave no units for ${display(path)}: see src/plugins/resolution-pipeline.ts.`);
  }
  // Before anything that uses the mentions: an unlinked name would only show up there as an echo.
  checkFormsMatch(registry, outline.map((u) => ({ mentions: mentions[u.id] ?? [] })), namesText, display(files.names));
  const sections = documentSections(headings, display(path));
  const unitIds = outline.map((u) => u.id);
  const topics = parseTopics(topicsText, display(files.topics), unitIds);
  const relationReasons = parseRelationReasons(relationsText, display(files.relations), unitIds);
  const relations: Relations = new Map([...relationReasons].map(([paragraph, grounds]) => [paragraph, [...grounds.keys()]]));
  const references = parseReferences(referencesText, display(files.references), {
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
      points: unitPoints(u),
      mentions: unitMentions,
      names: [...new Set(unitMentions.map((m) => m.slug))].sort((a, b) => (registryOrder.get(a) ?? 0) - (registryOrder.get(b) ?? 0)),
      topics: topics.filter((t) => t.units.includes(u.id)).map((t) => t.slug),
    };
  });
  // A topic's pages quote the passage of each tagged unit about it: each must have one.
  for (const topic of topics) for (const id of topic.units) passageSpans(topic, units.find((u) => u.id === id)!, display(files.topics));
  const timeline = parseTimeline(timelineText, units, display(files.timeline), meta.language);
  const id = documentIdOf(path);
  return {
    document: { id, meta, sections, formula: { text: formula, html: fragments[FORMULA_FRAGMENT] ?? '' } },
    units,
    registry,
    topics,
    relations,
    relationReasons,
    references,
    record,
    timeline,
    files: paths,
  };
}

/**
 * A text form of the registry that matches nothing in the text (a misspelling, a form the text
 * does not write) would leave its entity silently unlinked: each is an error at its own line.
 */
function checkFormsMatch(registry: Registry, units: readonly Pick<Unit, 'mentions'>[], namesText: string, file: string): void {
  const problems: DataProblem[] = unmatchedForms(registry, units).map(({ slug, index, form }) => ({
    path: [slug, 'text', index],
    message: `"${form}" matches nothing in the text of the resolution.`,
    fix: 'copy the form from the text character for character (case, accents, hyphens), or delete it.',
  }));
  if (problems.length === 0) return;
  const parsed = parseYaml(namesText, file);
  throw new EditorialDataError(
    file,
    problems.map((p) => `${parsed.locate(p.path)}: ${p.path.join('.')}: ${p.message}\n  Fix: ${p.fix}`),
  );
}
