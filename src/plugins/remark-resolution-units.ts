/**
 * remark plugin: reads a validated resolution (see remark-resolution-validate) into its
 * units and hands them on as `file.data.units`, in text order. The tree keeps only the
 * text: the preamble formula, the section headings (rehype-slug gives them their ids) and one
 * paragraph per unit, each marked with what it is (`data-unit="recital-a"`, `data-formula`);
 * the unit headings, which only gave structure, go.
 * Labels, sections and tools are the components' job (src/components/Unit.astro); the words
 * of the text are not touched.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { unitId } from '../lib/addresses.ts';
import { readOutline } from '../lib/resolution/outline.ts';
import type { UnitOutline } from './vfile-data.ts';

/** The hast property that marks a unit's paragraph with its anchor (rendered `data-unit`). */
export const UNIT_PROPERTY = 'dataUnit';
/** The hast property that marks the preamble formula (rendered `data-formula`). */
export const FORMULA_PROPERTY = 'dataFormula';

export default function remarkResolutionUnits() {
  return (tree: Root, file: VFile) => {
    const { outline, problems } = readOutline(tree);
    if (problems.length > 0 || !outline.formula) {
      file.fail('remark-resolution-units needs valid content: run remark-resolution-validate before it.');
    }
    outline.formula.data = { hProperties: { [FORMULA_PROPERTY]: '' } };
    const units: UnitOutline[] = [];
    const sections = outline.sections.flatMap((section) => [
      section.heading,
      ...section.units.map((unit, index) => {
        const id = unitId(unit.kind, unit.label);
        units.push({ kind: unit.kind, label: unit.label, position: index + 1, id, text: toString(unit.paragraph) });
        unit.paragraph.data = { hProperties: { [UNIT_PROPERTY]: id } };
        return unit.paragraph;
      }),
    ]);
    tree.children = [outline.formula, ...sections];
    file.data.units = units;
    file.data.formula = toString(outline.formula);
  };
}
