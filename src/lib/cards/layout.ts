/**
 * A share card's content, layout and fonts: what decides how it looks, so what its cache key is
 * made of (share-card.ts) and what the drawing threads draw from (draw-worker.ts). It imports no
 * renderer, so the thread that renders the pages never loads one; and the drawing threads load it
 * with Node as it is (plain TypeScript that type stripping can run: no enums, no parameter properties).
 * Fonts come from @fontsource packages: nothing is downloaded at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Font } from 'satori';

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says, from the top: the document, the page (a unit's label), its opening words, the document's status. */
export interface ShareCard {
  kicker: string;
  heading: string;
  body?: string;
  footer: string;
}

let fonts: Font[] | undefined;

/**
 * Packages are resolved from the project's root (the build's working directory): this module
 * runs bundled inside Astro's build output and, as it is, in the drawing threads.
 */
export const projectRequire = () => createRequire(join(process.cwd(), 'package.json'));

/** The fonts, read once from the @fontsource packages in node_modules (satori reads WOFF, not WOFF2). */
export function loadFonts(): Font[] {
  const require = projectRequire();
  const read = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));
  fonts ??= [
    { name: 'Serif', weight: 400, style: 'normal', data: read('@fontsource/source-serif-4', 'source-serif-4-latin-400-normal.woff') },
    { name: 'Serif', weight: 600, style: 'normal', data: read('@fontsource/source-serif-4', 'source-serif-4-latin-600-normal.woff') },
    { name: 'Serif', weight: 400, style: 'normal', data: read('@fontsource/source-serif-4', 'source-serif-4-latin-ext-400-normal.woff') },
    { name: 'Sans', weight: 600, style: 'normal', data: read('@fontsource/source-sans-3', 'source-sans-3-latin-600-normal.woff') },
    { name: 'Sans', weight: 400, style: 'normal', data: read('@fontsource/source-sans-3', 'source-sans-3-latin-400-normal.woff') },
  ];
  return fonts;
}

/** The renderers that draw a card, "name@version" (a new satori or resvg may draw differently). */
export function rendererVersions(): string[] {
  const require = projectRequire();
  return ['satori', '@resvg/resvg-js'].map((pkg) => `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
}

/** A satori element: the plain-object form of JSX. */
export type CardNode = { type: string; props: { style?: Record<string, unknown>; children?: CardNode[] | string } };
const box = (style: Record<string, unknown>, children: CardNode[] | string): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * The card's layout: the site's colours, large type that stays legible as a thumbnail. Sized so
 * that the longest card (the home page's: a three-line title, two lines of body, a two-line
 * status) keeps a clear margin at the foot and air above the status's rule.
 */
export function layout(card: ShareCard): CardNode {
  return box({ width: '100%', height: '100%', flexDirection: 'column', justifyContent: 'space-between', padding: '48px 72px 56px', background: '#fdfcf9', color: '#1c1f24', borderTop: '16px solid #1d4f91' }, [
    box({ flexDirection: 'column' }, [
      box({ fontFamily: 'Sans', fontWeight: 600, fontSize: 30, color: '#1d4f91', letterSpacing: 1 }, card.kicker),
      box({ fontFamily: 'Serif', fontWeight: 600, fontSize: card.body ? 64 : 60, lineHeight: 1.1, marginTop: 16 }, card.heading),
      ...(card.body ? [box({ fontFamily: 'Serif', fontSize: 34, lineHeight: 1.3, marginTop: 20 }, card.body)] : []),
    ]),
    box({ fontFamily: 'Sans', fontSize: 26, lineHeight: 1.35, color: '#5a6270', borderTop: '2px solid #dcd8cf', paddingTop: 16, marginTop: 24 }, card.footer),
  ]);
}
