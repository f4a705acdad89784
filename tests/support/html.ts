/**
 * The tests' one way to read markup: hast trees (hast-util-from-html), CSS selectors
 * (hast-util-select) and text as a reader gets it (hast-util-to-string). XML downloads are read
 * with xast-util-from-xml and queried with the same selectors (names and attributes as written).
 */
import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { find, html as htmlSchema } from 'property-information';
import type { Nodes as XmlNodes } from 'xast';
import { fromXml } from 'xast-util-from-xml';

export type { Element, Root };
export { select, selectAll };

/** `html` parsed as a whole document. */
export const parseHtml = (html: string): Root => fromHtml(html);

/** The HTML file at `file`, parsed. */
export const readHtml = (file: string): Root => fromHtml(readFileSync(file, 'utf8'));

/** The first element matching `selector` in `scope`; fails (naming the selector) when there is none. */
export function one(selector: string, scope: Nodes): Element {
  const found = select(selector, scope);
  if (!found) throw new Error(`Nothing matches "${selector}"`);
  return found;
}

/** The text of a node, or of several one after another, as a reader gets it. */
export function text(nodes: Nodes | Nodes[]): string {
  return (Array.isArray(nodes) ? nodes : [nodes]).map((node) => toString(node)).join('');
}

/** The text of each element matching `selector` in `scope`, in document order. */
export function texts(selector: string, scope: Nodes): string[] {
  return selectAll(selector, scope).map((element) => toString(element));
}

/** The text of `node` without the elements matching `selector` inside it (a label, a visually hidden part). */
export function textWithout(node: Nodes, selector: string): string {
  const kept = (child: Nodes) => !(child.type === 'element' && matches(selector, child));
  const walk = (current: Nodes): string =>
    current.type === 'text' ? current.value : 'children' in current ? current.children.filter(kept).map(walk).join('') : '';
  return walk(node);
}

/**
 * The value of the attribute written `name` in HTML ("href", "data-topic", "class"), as the
 * source writes it; undefined when the element has none. hast keeps attributes as properties
 * (`dataTopic`, `className` as a list): property-information knows the mapping.
 */
export function attr(element: Element, name: string): string | undefined {
  const info = find(htmlSchema, name);
  const value = element.properties[info.property];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(info.commaSeparated ? ', ' : ' ');
  return value === true ? '' : String(value);
}

/** The attribute `name` of each element matching `selector` in `scope`. */
export function attrs(selector: string, scope: Nodes, name: string): (string | undefined)[] {
  return selectAll(selector, scope).map((element) => attr(element, name));
}

/** The elements after `element` under the same parent in `tree`, in order (hast nodes know no parent: it is looked up). */
export function followingSiblings(element: Element, tree: Root | Element): Element[] {
  const parent = [tree, ...selectAll('*', tree)].find((candidate) => candidate.children.includes(element));
  if (!parent) throw new Error(`<${element.tagName}> is not in the tree`);
  return parent.children.slice(parent.children.indexOf(element) + 1).filter((child): child is Element => child.type === 'element');
}

/** The HTML inside an element, as serialised by hast-util-to-html. */
export function innerHtml(element: Element): string {
  return toHtml(element.children);
}

/**
 * An XML document as a tree that the selectors above read: element names and attributes keep
 * their case (`FRBRWork`, `eId`), so query it with `select(…, tree, 'svg')` or `xmlOne`/`xmlAll`.
 */
export function parseXml(xml: string): Root {
  const convert = (node: XmlNodes): ElementContent[] => {
    if (node.type === 'text' || node.type === 'cdata') return [{ type: 'text', value: node.value }];
    if (node.type !== 'element' && node.type !== 'root') return [];
    const children = node.children.flatMap(convert);
    if (node.type === 'root') return children;
    return [{ type: 'element', tagName: node.name, properties: { ...node.attributes }, children }];
  };
  return { type: 'root', children: convert(fromXml(xml)) };
}

/** Elements of a tree made by `parseXml` matching `selector`, names and attributes as written. */
export const xmlAll = (selector: string, tree: Nodes): Element[] => selectAll(selector, tree, 'svg');

/** The first element of a tree made by `parseXml` matching `selector`; fails when there is none. */
export function xmlOne(selector: string, tree: Nodes): Element {
  const found = select(selector, tree, 'svg');
  if (!found) throw new Error(`Nothing matches "${selector}"`);
  return found;
}
