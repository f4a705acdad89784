/** The glued-link finder of tests/site/prose-links.test.ts, on hand-written HTML. */
import { describe, expect, it } from 'vitest';
import { gluedLinks } from '../support/glued-links.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const contexts = (body: string) => gluedLinks(page(body)).map((g) => g.link);

describe('gluedLinks', () => {
  it('finds a word or a comma right before a link, and a word right after it', () => {
    expect(contexts('<p>For each theme,<a href="/map/">findings and demands</a> sets</p>')).toEqual(['findings and demands']);
    expect(contexts('<p>Topics are an<a href="/about/">editorial layer</a>, not part</p>')).toEqual(['editorial layer']);
    expect(contexts('<p>See <a href="/map/">the map</a>for more</p>')).toEqual(['the map']);
    expect(contexts('<li>published on<strong><a href="/x/">the page</a></strong>.</li>')).toEqual(['the page']);
    expect(contexts('<p>word<span>on</span><a href="/x/">link</a> word</p>')).toEqual(['link']);
  });

  it('passes spaces, opening brackets and quotes before a link, and punctuation after it', () => {
    expect(contexts('<p>For each theme, <a href="/map/">findings</a>, then (<a href="/a/">about</a>) “<a href="/b/">b</a>” OSCE/<a href="/c/">ODIHR</a>.</p>')).toEqual([]);
    expect(contexts('<p>Rests on <a href="/r/a/">Recital A</a>, <a href="/r/b/">Recital B</a></p>')).toEqual([]);
  });

  it('leaves links set side by side by layout, empty links and code alone', () => {
    expect(contexts('<nav class="pager"><a href="/1/">Previous</a><a href="/3/">Next</a></nav>')).toEqual([]);
    expect(contexts('<p><a href="#c-1" aria-label="Citation 1"></a>having regard</p>')).toEqual([]);
    expect(contexts('<pre>x<a href="/y/">y</a></pre>')).toEqual([]);
  });
});
