/**
 * The resolution's content loader: Astro's glob loader, made strict. The glob loader logs a
 * Markdown file that fails to render (our validation plugin fails it on purpose) and goes
 * on building without it; we stop the build there instead, with the validation's message,
 * so that nothing half-built is ever written as if it were whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { frontmatterProblems } from '../lib/resolution/frontmatter-problems.ts';

export function resolutionLoader(base: string, schema: z.ZodType): Loader {
  const inner = glob({ pattern: '*.md', base });
  return {
    name: 'resolution-loader',
    load: async (context: LoaderContext) => {
      // Frontmatter first, with the line of each problem (Astro's schema error has none).
      const frontmatter = readdirSync(base)
        .filter((name) => name.endsWith('.md'))
        .flatMap((name) => {
          const path = join(base, name);
          return frontmatterProblems(readFileSync(path, 'utf8'), relative(process.cwd(), path), schema);
        });
      if (frontmatter.length > 0) {
        throw new Error(`The resolution's frontmatter is malformed:\n${frontmatter.join('\n')}`);
      }
      const failures: string[] = [];
      const logger = new Proxy(context.logger, {
        get(target, property, receiver) {
          if (property === 'error') return (message: string) => failures.push(message);
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await inner.load({ ...context, logger });
      if (failures.length > 0) throw new Error(failures.join('\n'));
      for (const [id, entry] of context.store.entries()) {
        if (!entry.rendered) {
          throw new Error(`The resolution "${id}" in ${base} was not rendered; the error above says why. Fix it and build again.`);
        }
      }
    },
  };
}
