/**
 * npm run bench (search quality): hand-written cases per category, each typed into the search
 * page of the built site in Chromium; prints per category how many reach all their units (and,
 * for absent names, how many list none and say so), then the cases that do not. Also the time
 * to first result on the search page, cold (fresh context) and warm, median over the cases.
 * It prints figures; it asserts nothing (the tests assert). Needs a built dist/.
 */
import { launch, median, serve } from './lib.mjs';

const J = ['recital-j', 'paragraph-4'];
const P4 = ['paragraph-4'];
const P5 = ['paragraph-5'];
const M = ['recital-m'];
const SEMENOVA = ['recital-l', 'paragraph-5'];
const ZHANAOZEN = ['recital-f', 'paragraph-4'];
const OSCE = ['recital-i', 'paragraph-9', 'paragraph-10', 'paragraph-12'];

/** Category → [query, the units it must list] (an empty list: an absent name, no unit, said so). */
const CASES = {
  'words of the text': [
    ['torture', ['recital-l', 'recital-o', 'recital-p', 'paragraph-8']], ['extremism', ['recital-m', 'paragraph-6']], ['journalists', ['recital-q', 'paragraph-4', 'paragraph-7', 'paragraph-9']],
    ['parole', J], ['Strasbourg', ['recital-l']], ['Zhanaozen', ZHANAOZEN], ['bloggers', ['paragraph-7']], ['corruption', ['paragraph-11']], ['deportation', P5],
    ['censorship', ['paragraph-9']], ['"political prisoners"', ['recital-n', 'paragraph-4']], ['2011', ZHANAOZEN], ['religion', ['paragraph-1']], ['Kozlov', P4], ['Prado', P4], ['SMEs', ['recital-c']],
  ],
  'registered spellings': [
    ['Bokaev', J], ['Бокаев', J], ['Jakishev', J], ['Джакишев', J], ['Назарбаев', ['paragraph-10']], ['Nazarbaev', ['paragraph-10']], ['Семёнова', SEMENOVA], ['Yelena Semyonova', SEMENOVA],
    ['Козлов', P4], ['OSCE', OSCE], ['ОБСЕ', OSCE], ['ICCPR', ['citation-9', 'recital-p']], ['EPCA', ['citation-2', 'recital-a', 'paragraph-1', 'paragraph-2']], ['Жанаозен', ZHANAOZEN], ['Janaozen', ZHANAOZEN],
    ['Nur Otan', ['recital-h']], ['ДВК', M], ['Erimbetov', J],
  ],
  'inflected names': [
    ['Бокаева', J], ['Бокаеву', J], ['Бокаевым', J], ['Козлова', P4], ['Козлову', P4], ['Назарбаевым', ['paragraph-10']], ['Семеновой', SEMENOVA], ['Джакишева', J], ['Жанаозене', ZHANAOZEN],
    ['Омирова', M], ['Абишева', M], ['Еримбетова', J], ['Кенжалиева', P5], ['Bokayeva', J], ['Kozlovym', P4], ['Yerimbetova', J], ['Dzhakisheva', J], ['Nazarbayevu', ['paragraph-10']],
  ],
  misspellings: [
    ['Kozolv', P4], ['Nazarbyev', ['paragraph-10']], ['Semenva', SEMENOVA], ['Bokaiev', J], ['Yerimbetof', J], ['Dzhakishv', J], ['Zhanaozn', ZHANAOZEN], ['Strasburg', ['recital-l']], ['Abishov', M],
    ['Omirof', M], ['Yavtuschenko', P5], ['Kozlow', P4], ['Voloshyma', P5], ['Zhumaghulow', M], ['Kenzhaleiv', P5], ['Козлоф', P4],
  ],
  'topic words': [
    ['workers', ['recital-q', 'paragraph-6', 'paragraph-7']], ['strikes', ['recital-q', 'paragraph-6', 'paragraph-7']], ['jail', ['recital-h', 'recital-j', 'recital-k', 'recital-m', 'recital-n', 'recital-o', 'recital-q', 'paragraph-4', 'paragraph-5', 'paragraph-7']],
    ['mistreatment', ['recital-l', 'recital-o', 'recital-p', 'paragraph-8']], ['beatings', ['recital-l', 'recital-o', 'recital-p', 'paragraph-8']], ['inhuman treatment', ['recital-l', 'recital-o', 'recital-p', 'paragraph-8']],
    ['anti-torture', ['recital-l', 'recital-o', 'recital-p', 'paragraph-8']], ['faith', ['paragraph-1', 'paragraph-9']], ['worship', ['paragraph-1', 'paragraph-9']], ['ballot', ['recital-h', 'recital-m', 'paragraph-4', 'paragraph-6', 'paragraph-10']],
    ['electoral', ['recital-h', 'recital-m', 'paragraph-4', 'paragraph-6', 'paragraph-10']], ['HRDs', ['recital-j', 'recital-k', 'recital-l', 'recital-o', 'paragraph-5', 'paragraph-6', 'paragraph-7', 'paragraph-9']],
    ['campaigners', ['recital-j', 'recital-k', 'recital-l', 'recital-o', 'paragraph-5', 'paragraph-6', 'paragraph-7', 'paragraph-9']], ['demonstrators', ['recital-f', 'recital-h', 'recital-i', 'recital-j', 'recital-m', 'recital-o', 'recital-q', 'paragraph-1', 'paragraph-4', 'paragraph-5', 'paragraph-9']],
    ['fake news', ['recital-f', 'recital-i', 'recital-l', 'recital-q', 'paragraph-1', 'paragraph-9']], ['investors', ['recital-b', 'recital-c', 'recital-d', 'paragraph-1', 'paragraph-3', 'paragraph-11']], ['geopolitics', ['citation-3', 'citation-4', 'citation-5', 'recital-d', 'recital-e', 'paragraph-3']],
  ],
  'absent names': [
    ['Aktau', []], ['Washington', []], ['Beijing', []], ['Tokayev', []], ['Almaty', []], ['Astana', []], ['Merkel', []], ['Putin', []], ['Moscow', []], ['Ablyazov', []],
    ['Zhovtis', []], ['Shymkent', []], ['Kozlovsky', []], ['Козловский', []], ['Bokayevich', []], ['Kyrgyzstan', []],
  ],
};

const server = await serve('dist');
const browser = await launch();
const out = (line = '') => process.stdout.write(`${line}\n`);

/** Types `query` into the search page and waits for its answer: the units listed, the status, the time taken. */
const ask = (page, query) =>
  page.evaluate(
    (query) =>
      new Promise((done) => {
        const input = document.querySelector('#search-page-q');
        const answered = () => document.querySelector('[data-search-answered]')?.getAttribute('data-search-answered') === query;
        const t0 = performance.now();
        const finish = () => {
          const units = [...document.querySelectorAll('.search-hit')].map((hit) => hit.dataset.unit);
          done({ ms: performance.now() - t0, units, status: document.querySelector('.search-status')?.textContent ?? '' });
        };
        const observer = new MutationObserver(() => {
          if (answered()) {
            observer.disconnect();
            finish();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-answered'] });
        input.focus();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );

try {
  out(`\n# Search quality on ${server.url}search/ (hand-written cases, Chromium ${browser.version()})`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
  const warm = [];
  const misses = [];
  for (const [category, cases] of Object.entries(CASES)) {
    let reached = 0;
    for (const [query, units] of cases) {
      const shown = await ask(page, query);
      warm.push(shown.ms);
      const ok = units.length === 0 ? shown.units.length === 0 && shown.status.includes('does not mention') : units.every((id) => shown.units.includes(id));
      if (ok) reached += 1;
      else misses.push(`  ${category}: ${query} → ${shown.units.join(', ') || 'nothing'} (${shown.status})`);
    }
    out(`${category.padEnd(22)} ${String(reached).padStart(2)} of ${cases.length} reach all their units${category === 'absent names' ? ' (here: none, and say so)' : ''}`);
  }
  if (misses.length > 0) out(`\nCases that do not:\n${misses.join('\n')}`);
  await context.close();

  const cold = [];
  for (const query of ['Bokayev', 'Бокаева', 'jail', 'Kozolv', 'Aktau']) {
    const fresh = await browser.newContext();
    const coldPage = await fresh.newPage();
    await coldPage.goto(`${server.url}search/`, { waitUntil: 'networkidle' });
    cold.push((await ask(coldPage, query)).ms);
    await fresh.close();
  }
  out(`\ntime to first result on the search page: cold ${median(cold).toFixed(1)} ms (median of ${cold.length} fresh contexts) · warm ${median(warm).toFixed(1)} ms (median of ${warm.length} queries)`);
} finally {
  await browser.close();
  await server.close();
}
