/**
 * Share cards: the 1200×630 PNG that a link to a page previews with (Open Graph), made at build
 * with satori (layout to SVG) and resvg (SVG to PNG, a binary shipped inside its npm package).
 * Fonts come from @fontsource packages: nothing is downloaded at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cachedArtefact, contentHash } from '../build-cache.ts';

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says, from the top: the document, the page (a unit's label), its opening words, the document's status. */
export interface ShareCard {
  kicker: string;
  heading: string;
  body?: string;
  footer: string;
}

/** The card's text alternative (og:image:alt): its heading and what it says of the document (the body is the page's description). */
export function shareCardAlt(card: ShareCard): string {
  return `${card.heading}: ${card.kicker}. ${card.footer}`;
}

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];
let fonts: SatoriFont[] | undefined;

/** The fonts, read once from the @fontsource packages in node_modules (satori reads WOFF, not WOFF2). */
function loadFonts(): SatoriFont[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
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

/** A satori element: the plain-object form of JSX. */
type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * The card's layout: the site's colours, large type that stays legible as a thumbnail. Sized so
 * that the longest card (the home page's: a three-line title, two lines of body, a two-line
 * status) keeps a clear margin at the foot and air above the status's rule.
 */
function layout(card: ShareCard): Node {
  return box({ width: '100%', height: '100%', flexDirection: 'column', justifyContent: 'space-between', padding: '48px 72px 56px', background: '#fdfcf9', color: '#1c1f24', borderTop: '16px solid #1d4f91' }, [
    box({ flexDirection: 'column' }, [
      box({ fontFamily: 'Sans', fontWeight: 600, fontSize: 30, color: '#1d4f91', letterSpacing: 1 }, card.kicker),
      box({ fontFamily: 'Serif', fontWeight: 600, fontSize: card.body ? 64 : 60, lineHeight: 1.1, marginTop: 16 }, card.heading),
      ...(card.body ? [box({ fontFamily: 'Serif', fontSize: 34, lineHeight: 1.3, marginTop: 20 }, card.body)] : []),
    ]),
    box({ fontFamily: 'Sans', fontSize: 26, lineHeight: 1.35, color: '#5a6270', borderTop: '2px solid #dcd8cf', paddingTop: 16, marginTop: 24 }, card.footer),
  ]);
}

let toolsKey: string | undefined;

/** What every card shares: the renderers' versions (a new satori or resvg may draw differently) and the fonts' bytes, hashed once. */
function sharedInputsKey(fonts: SatoriFont[]): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const versions = ['satori', '@resvg/resvg-js'].map((pkg) => `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  toolsKey ??= contentHash([...versions, ...fonts.flatMap((font) => [`${font.name} ${font.weight} ${font.style}`, new Uint8Array(font.data as ArrayBuffer)])]);
  return toolsKey;
}

/**
 * The card as PNG bytes, 1200×630: from the build cache when the same layout, fonts and renderers
 * made it before (src/lib/build-cache.ts), else drawn. resvg draws off the main thread
 * (renderAsync), so that Astro lays out the next card meanwhile.
 */
export async function renderShareCard(card: ShareCard): Promise<Uint8Array> {
  const tree = layout(card);
  const fonts = loadFonts();
  const key = contentHash([sharedInputsKey(fonts), JSON.stringify(SHARE_CARD_SIZE), JSON.stringify(tree)]);
  return cachedArtefact('share-cards', key, async () => {
    const svg = await satori(tree as Parameters<typeof satori>[0], { ...SHARE_CARD_SIZE, fonts });
    return (await renderAsync(svg, { fitTo: { mode: 'width', value: SHARE_CARD_SIZE.width } })).asPng();
  });
}
