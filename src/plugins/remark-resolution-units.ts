/**
 * remark plugin: turns a validated resolution (see remark-resolution-validate) into its
 * reading structure — one <section> per part, one <article id="recital-a"> per unit with
 * its printed label as a link to itself, a link to the unit's own page and a copy-link
 * button — and hands the unit model to Astro as `frontmatter.units`.
 * The words of the text are not touched: only elements are added around them.
 */
import { unitId, unitPath, withBase } from '../lib/addresses.ts';
import type { Link, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { readOutline } from '../lib/resolution/outline.ts';
import { kindTitle, printedLabel, sectionOf, unitTitle, type Unit } from '../lib/resolution/units.ts';
import { container } from './mdast-container.ts';

export interface Options {
  /** The site's base path, as in Astro's `base` ("/" or "/kazakhstan-2019/"). */
  base?: string;
}

/** Data attribute on every element whose text is the source's own words (the fidelity test reads them). */
export const SOURCE_TEXT_ATTRIBUTE = 'data-source-text';

export default function remarkResolutionUnits(options: Options = {}) {
  const base = options.base ?? '/';
  return (tree: Root, file: VFile) => {
    const { outline, problems } = readOutline(tree);
    if (problems.length > 0) {
      file.fail('remark-resolution-units needs valid content: run remark-resolution-validate before it.');
    }
    const units: Unit[] = [];
    const children: Root['children'] = [];

    if (outline.formula) {
      outline.formula.data = { hProperties: { className: ['formula'], [SOURCE_TEXT_ATTRIBUTE]: '' } };
      children.push(outline.formula);
    }

    for (const section of outline.sections) {
      const { id } = sectionOf(section.kind);
      const articles = section.units.map((unit, index) => {
        const anchor = unitId(unit.kind, unit.label);
        const name = unitTitle(unit.kind, unit.label);
        units.push({
          kind: unit.kind,
          label: unit.label,
          id: anchor,
          title: name,
          text: toString(unit.paragraph),
          position: index + 1,
        });

        const printed = printedLabel(unit.kind, unit.label);
        const selfLink: Link = {
          type: 'link',
          url: `#${anchor}`,
          children: printed ? [{ type: 'text', value: printed }] : [],
          data: {
            hProperties: {
              className: ['unit-label'],
              // Labels stay out of the search index: "J." must not match "Jakishev".
              dataPagefindIgnore: '',
              ...(printed ? {} : { ariaLabel: name }),
            },
          },
        };
        const space: Text = { type: 'text', value: ' ' };
        unit.paragraph.children.unshift(...(printed ? [selfLink, space] : [selfLink]));
        unit.paragraph.data = { hProperties: { className: ['unit-text'], [SOURCE_TEXT_ATTRIBUTE]: '' } };

        const hidden = (value: string) => container('span', { className: ['vh'] }, [{ type: 'text', value }]);
        const lowerName = `${kindTitle(unit.kind).toLowerCase()} ${unit.label}`;
        // The copy button copies the page link beside it (src/scripts/copy-link.ts): no URL of its own.
        const tools = container('p', { className: ['unit-tools'], dataPagefindIgnore: '' }, [
          {
            type: 'link',
            url: withBase(base, unitPath(unit.kind, unit.label)),
            children: [{ type: 'text', value: 'Page' }, hidden(` of ${lowerName}`)],
          },
          container('button', { type: 'button', className: ['copy-link'], hidden: true }, [
            { type: 'text', value: 'Copy link' },
            hidden(` to ${lowerName}`),
          ]),
        ]);

        return container(
          'article',
          {
            id: anchor,
            className: ['unit', `unit-${unit.kind}`],
            // Pagefind 1.6: an element with an id and a title is its own search sub-result.
            dataPagefindTitle: name,
          },
          [unit.paragraph, tools],
        );
      });
      children.push(container('section', { className: ['part', `part-${id}`], ariaLabelledby: id }, [section.heading, ...articles]));
    }

    tree.children = children;
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.units = units;
  };
}
