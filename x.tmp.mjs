import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
const t0 = performance.now();
const { layout, loadFonts, SHARE_CARD_SIZE } = await import('./src/lib/cards/layout.ts');
const card = { kicker: 'B8-0205/2019 · Motion for a resolution', heading: 'Recital J', body: 'whereas protests against the land reform in 2016 were followed by mass detentions; whereas activist Maks Bokayev is serving prison term', footer: 'Tabled 12 March 2019 by six members on behalf of the ECR Group. Not adopted as such.' };
const fonts = loadFonts();
let s = 0, r = 0, p = 0, size = 0;
for (let i = 0; i < 12; i++) {
  const a = performance.now();
  const svg = await satori(layout({ ...card, heading: 'Recital ' + i }), { ...SHARE_CARD_SIZE, fonts });
  const b = performance.now();
  const img = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render();
  const c = performance.now();
  const png = img.asPng();
  const d = performance.now();
  if (i >= 2) { s += b - a; r += c - b; p += d - c; size = png.length; }
}
console.log({ first: 'excluded 2', satori: (s / 10).toFixed(1), render: (r / 10).toFixed(1), png: (p / 10).toFixed(1), size });
