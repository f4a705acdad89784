/**
 * Runs the site's own Markdown pipeline (src/plugins/resolution-pipeline.ts, the one the
 * content loader uses) on a resolution, with the real names registry, from a temporary file so
 * that errors name it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Data } from 'vfile';
import type { Registry } from '../../src/lib/editorial/names.ts';
import { processResolution } from '../../src/plugins/resolution-pipeline.ts';
import { siteContent } from './content.ts';

export async function renderResolution(markdown: string, options: { base?: string; registry?: Registry } = {}): Promise<Data> {
  const path = join(mkdtempSync(join(tmpdir(), 'resolution-')), 'resolution.md');
  writeFileSync(path, markdown);
  const file = await processResolution(markdown, path, { registry: options.registry ?? siteContent.registry, base: options.base ?? '/' });
  return file.data;
}

/** The error the pipeline stops with on `markdown` (fails the test when it does not stop). */
export async function renderError(markdown: string): Promise<Error> {
  const error = await renderResolution(markdown).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  if (!(error instanceof Error)) throw new Error('The pipeline accepted content it must reject.');
  return error;
}
