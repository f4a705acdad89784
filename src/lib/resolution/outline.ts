/**
 * Reads the Markdown tree of a resolution into its outline — preamble formula, sections,
 * units — and lists every way it departs from the encoding, with where and how to fix it.
 * Pure: takes an mdast tree, gives data. The remark plugins decide what to do with it.
 */
import type { Heading, Html, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { SECTIONS, expectedLabel, kindFromTitle, kindTitle, labelPosition, unitTitle, type UnitKind } from './units.ts';

/** How many units of each kind the document declares (frontmatter `counts`). */
export type DeclaredCounts = Partial<Record<(typeof SECTIONS)[number]['id'], number>>;

export interface OutlineUnit {
  kind: UnitKind;
  label: string;
  heading: Heading;
  paragraph: Paragraph;
}

export interface OutlineSection {
  kind: UnitKind;
  heading: Heading;
  units: OutlineUnit[];
}

/** What the checks remember of a section: its last unit heading's label, and whether it had a problem. */
interface SectionState {
  lastLabel?: string;
  headings: number;
  troubled: boolean;
}

export interface Outline {
  formula?: Paragraph;
  sections: OutlineSection[];
}

export interface Problem {
  /** What was found and what was expected. */
  message: string;
  /** What to change in the file. */
  fix: string;
  position?: Position;
}

const NODE_NAMES: Partial<Record<RootContent['type'], string>> = {
  paragraph: 'a paragraph of text',
  list: 'a list',
  code: 'a code block',
  html: 'raw HTML',
  blockquote: 'a block quote',
  thematicBreak: 'a horizontal rule',
  table: 'a table',
  definition: 'a link definition',
};

function describe(node: RootContent): string {
  if (node.type === 'heading') return `the heading "${'#'.repeat(node.depth)} ${toString(node)}"`;
  const name = NODE_NAMES[node.type] ?? `a "${node.type}" node`;
  const text = toString(node).trim();
  return text ? `${name} ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}")` : name;
}

const SECTION_LIST = SECTIONS.map((s) => `"## ${s.title}"`).join(', ');

/** Reads `tree` into an outline, with every problem found (none when the content is well formed). */
export function readOutline(tree: Root, declared: DeclaredCounts = {}): { outline: Outline; problems: Problem[] } {
  const outline: Outline = { sections: [] };
  const problems: Problem[] = [];
  const report = (node: { position?: Position } | undefined, message: string, fix: string) =>
    problems.push({ message, fix, position: node?.position });

  let section: OutlineSection | undefined;
  const states = new Map<OutlineSection, SectionState>();
  const stateOf = (s: OutlineSection): SectionState => {
    let state = states.get(s);
    if (!state) states.set(s, (state = { headings: 0, troubled: false }));
    return state;
  };
  let unit: OutlineUnit | undefined;
  /** A unit heading whose text has not come yet. */
  let open: { kind: UnitKind; label: string; heading: Heading } | undefined;

  const closeUnit = (next: RootContent | undefined) => {
    if (open) {
      if (section) stateOf(section).troubled = true;
      report(
        open.heading,
        `${unitTitle(open.kind, open.label)} is empty: its heading is followed by ${next ? describe(next) : 'the end of the file'}.`,
        `Write the unit's text as one paragraph under "### ${unitTitle(open.kind, open.label)}", or delete the heading.`,
      );
      open = undefined;
    }
    unit = undefined;
  };

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      closeUnit(node);
      const title = toString(node).trim();
      const index = SECTIONS.findIndex((s) => s.title === title);
      const expectedIndex = section ? SECTIONS.findIndex((s) => s.kind === section!.kind) + 1 : outline.sections.length;
      if (index === -1) {
        report(node, `Unknown section "## ${title}".`, `A section heading is one of ${SECTION_LIST}, in that order.`);
        // Read on as if it were the section expected here, so that its units are not each
        // reported as standing outside a section, nor the section as missing.
        const standIn = SECTIONS[expectedIndex];
        section = standIn && !outline.sections.some((s) => s.kind === standIn.kind) ? { kind: standIn.kind, heading: node, units: [] } : undefined;
        if (section) {
          outline.sections.push(section);
          stateOf(section).troubled = true;
        }
        continue;
      }
      if (outline.sections.some((s) => s.kind === SECTIONS[index].kind)) {
        report(node, `The section "## ${title}" appears twice.`, `Keep one "## ${title}" and move its units under it.`);
        continue;
      }
      if (index !== expectedIndex) {
        const expected = SECTIONS[expectedIndex];
        report(
          node,
          `Found the section "## ${title}" where ${expected ? `"## ${expected.title}"` : 'no further section'} was expected.`,
          `Sections come in this order: ${SECTION_LIST}.`,
        );
      }
      section = { kind: SECTIONS[index].kind, heading: node, units: [] };
      outline.sections.push(section);
      continue;
    }

    if (node.type === 'heading' && node.depth === 3) {
      closeUnit(node);
      const title = toString(node).trim();
      const match = /^(\S+) (\S+)$/.exec(title);
      const kind = match ? kindFromTitle(match[1]) : undefined;
      if (!match || !kind) {
        report(
          node,
          `The unit heading "### ${title}" does not name a unit.`,
          `A unit heading is "### Citation 1", "### Recital A" or "### Paragraph 1".`,
        );
        // Read on as if it named the unit expected here: its text and the next labels are not mistakes of their own.
        if (section) {
          const state = stateOf(section);
          state.troubled = true;
          state.headings += 1;
          const standIn = safeLabel(section.kind, (state.lastLabel === undefined ? 0 : (labelPosition(section.kind, state.lastLabel) ?? state.headings - 1)) + 1);
          if (standIn) {
            state.lastLabel = standIn;
            open = { kind: section.kind, label: standIn, heading: node };
          }
        }
        continue;
      }
      const label = match[2];
      if (!section) {
        report(node, `${unitTitle(kind, label)} stands outside any section.`, `Put it under "## ${SECTIONS.find((s) => s.kind === kind)!.title}".`);
        continue;
      }
      if (kind !== section.kind) {
        stateOf(section).troubled = true;
        report(
          node,
          `${unitTitle(kind, label)} stands in the section "${toString(section.heading)}", which holds ${kindTitle(section.kind).toLowerCase()}s.`,
          `Move it to its own section, or correct the heading to "### ${kindTitle(section.kind)} …".`,
        );
        // Its text is its own, not stray text of the section.
        open = { kind, label, heading: node };
        continue;
      }
      // A label is in sequence when it follows the previous heading's, or when it stands at its
      // own place (after a repeated label): one mistake gives one error, not one per later unit.
      const state = stateOf(section);
      state.headings += 1;
      const previousPosition = state.lastLabel === undefined ? 0 : labelPosition(kind, state.lastLabel);
      const expected = safeLabel(kind, (previousPosition ?? state.headings - 1) + 1);
      const atItsPlace = label === safeLabel(kind, state.headings);
      if (label !== expected && !atItsPlace) {
        state.troubled = true;
        if (state.lastLabel === label) {
          report(node, `${unitTitle(kind, label)} appears twice.`, `Delete the repeated unit, or relabel it "### ${unitTitle(kind, expected ?? '?')}".`);
        } else if (expected && isLaterLabel(kind, label, expected)) {
          report(
            node,
            `Found ${unitTitle(kind, label)} where ${unitTitle(kind, expected)} was expected: ${unitTitle(kind, expected)} is missing.`,
            `Add "### ${unitTitle(kind, expected)}" with its text before ${unitTitle(kind, label)}, or relabel the units in sequence.`,
          );
        } else {
          report(
            node,
            `Found ${unitTitle(kind, label)} where ${expected ? unitTitle(kind, expected) : 'no further unit'} was expected: labels must run in order with no gap or repeat.`,
            kind === 'recital' ? 'Label recitals A, B, C, … Z, AA, AB, … in order.' : `Number ${kindTitle(kind).toLowerCase()}s 1, 2, 3, … in order.`,
          );
        }
      }
      state.lastLabel = label;
      open = { kind, label, heading: node };
      continue;
    }

    if (node.type === 'paragraph') {
      if (open && section) {
        const html = rawHtml(node);
        if (html) {
          stateOf(section).troubled = true;
          report(
            html,
            `${unitTitle(open.kind, open.label)} contains raw HTML (${JSON.stringify(html.value)}): a unit's text is plain words.`,
            'Delete the markup, or write a backslash before "<" (\\<) if the source text itself has it.',
          );
        }
        unit = { ...open, paragraph: node };
        section.units.push(unit);
        open = undefined;
        continue;
      }
      if (!section && !outline.formula && outline.sections.length === 0) {
        const html = rawHtml(node);
        if (html) report(html, `The preamble formula contains raw HTML (${JSON.stringify(html.value)}): it is plain words.`, 'Delete the markup.');
        outline.formula = node;
        continue;
      }
    }

    // Anything else is text outside a unit, or a construct the encoding does not have.
    const where = unit
      ? `after the text of ${unitTitle(unit.kind, unit.label)}`
      : open
        ? `in ${unitTitle(open.kind, open.label)}`
        : section
          ? `in "## ${toString(section.heading)}" before its first unit`
          : outline.formula
            ? 'after the preamble formula, before the first section'
            : 'before the first section';
    report(
      node,
      `Found ${describe(node)} ${where}; every piece of text belongs to a unit (the preamble formula excepted).`,
      unit
        ? `A unit is one paragraph: join this text to ${unitTitle(unit.kind, unit.label)}, or give it a unit heading of its own.`
        : 'Give the text a unit heading ("### Recital A", …), or delete it.',
    );
  }
  closeUnit(undefined);

  if (!outline.formula) {
    report(tree.children[0], 'The preamble formula ("The European Parliament,") is missing.', 'Write it as the one paragraph before "## Citations".');
  }
  for (const expected of SECTIONS) {
    const found = outline.sections.find((s) => s.kind === expected.kind);
    if (!found) {
      report(tree.children.at(-1), `The section "## ${expected.title}" is missing.`, `Add "## ${expected.title}" with its units; sections come in this order: ${SECTION_LIST}.`);
      continue;
    }
    const count = declared[expected.id];
    const state = stateOf(found);
    // A section that already has a problem is not counted: its count would only repeat it.
    if (count !== undefined && !state.troubled && state.headings !== count) {
      const last = found.units.at(-1);
      const firstMissing = state.headings < count ? safeLabel(expected.kind, state.headings + 1) : undefined;
      report(
        last?.heading ?? found.heading,
        `"## ${expected.title}" has ${state.headings} units${last ? `, ending at ${unitTitle(expected.kind, last.label)}` : ''}, but the frontmatter declares ${count}` +
          (firstMissing ? `: ${unitTitle(expected.kind, firstMissing)} onward are missing.` : '.'),
        `Add the missing units, or correct "counts.${expected.id}" in the frontmatter.`,
      );
    }
  }
  return { outline, problems };
}

/** The first raw HTML in a paragraph (an inline tag, a comment), if any. */
function rawHtml(paragraph: Paragraph): Html | undefined {
  let found: Html | undefined;
  visit(paragraph, 'html', (node) => {
    found ??= node;
  });
  return found;
}

function safeLabel(kind: UnitKind, position: number): string | undefined {
  try {
    return expectedLabel(kind, position);
  } catch {
    return undefined;
  }
}

/** Whether `label` comes after `expected` in the kind's sequence (a gap rather than a step back). */
function isLaterLabel(kind: UnitKind, label: string, expected: string): boolean {
  const found = labelPosition(kind, label);
  const wanted = labelPosition(kind, expected);
  return found !== undefined && wanted !== undefined && found > wanted;
}
