/**
 * Share cards: the 1200×630 PNG that a link to a page previews with (Open Graph), made at build
 * with satori (layout to SVG) and resvg (SVG to PNG, a binary shipped inside its npm package).
 * Fonts come from @fontsource packages: nothing is downloaded at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

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

/** The card's layout: the site's colours, large type that stays legible as a thumbnail. */
function layout(card: ShareCard): Node {
  return box({ width: '100%', height: '100%', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#fdfcf9', color: '#1c1f24', borderTop: '16px solid #1d4f91' }, [
    box({ flexDirection: 'column' }, [
      box({ fontFamily: 'Sans', fontWeight: 600, fontSize: 34, color: '#1d4f91', letterSpacing: 1 }, card.kicker),
      box({ fontFamily: 'Serif', fontWeight: 600, fontSize: card.body ? 76 : 64, lineHeight: 1.1, marginTop: 20 }, card.heading),
      ...(card.body ? [box({ fontFamily: 'Serif', fontSize: 40, lineHeight: 1.3, marginTop: 28 }, card.body)] : []),
    ]),
    box({ fontFamily: 'Sans', fontSize: 28, color: '#5a6270', borderTop: '2px solid #dcd8cf', paddingTop: 20 }, card.footer),
  ]);
}

/** The card as PNG bytes, 1200×630. */
export async function renderShareCard(card: ShareCard): Promise<Uint8Array> {
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], { ...SHARE_CARD_SIZE, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_CARD_SIZE.width } }).render().asPng();
}
