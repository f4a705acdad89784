/**
 * No word glued to an expression's output in any template of src/: Astro drops a line break next
 * to an expression or a tag (JSX compaction), so "during its⏎{meta.term}th term" printed
 * "during its8th term" on /about/. The finder (tests/support/glued-template.ts) reads the
 * templates with Astro's parser; here it is checked on hand-written templates first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gluedInTemplate } from '../support/glued-template.ts';

const contexts = (template: string) => gluedInTemplate(`---\nconst a = 1;\n---\n${template}`).map((g) => g.context.trim());

describe('gluedInTemplate', () => {
  it('finds a word glued to an expression across a line break, either way', () => {
    expect(contexts('<p>during its\n  {meta.term}th term</p>')).toEqual(['1;⏎---⏎<p>during its⏎{meta.term}th ter']);
    expect(contexts('<p>on behalf of the\n  {record.group}.</p>')).toHaveLength(1);
    expect(contexts('<p>{count}\n  units</p>')).toHaveLength(1);
    expect(gluedInTemplate('<p>line one\n  {x} end</p>')[0]?.line).toBe(1);
    expect(gluedInTemplate('---\nconst x = 1;\n---\n<p>a\nb,\n  {x}</p>')[0]?.line).toBe(5);
  });

  it('finds two inline elements, or an inline element and a word, joined by a line break', () => {
    expect(contexts('<p><a href="/p/">Procedure</a>\n  <span>Record</span></p>')).toHaveLength(1);
    expect(contexts('<p>see the\n  <a href="/m/">map</a></p>')).toHaveLength(1);
    expect(contexts('<p>{cond && <a href="/m/">map</a>}\n  <strong>now</strong></p>')).toHaveLength(1);
    // The line break inside the span, before its first word, is dropped too: "12· Read".
    expect(gluedInTemplate('<p>{place}<span class="web-only">\n  · <a href="/">Read</a></span></p>')).toHaveLength(1);
  });

  it('passes spaces written out, punctuation after a word, comments, blocks and alternatives', () => {
    expect(contexts("<p>during its{' '}\n  {meta.term}th term</p>")).toEqual([]);
    expect(contexts('<p>during its {meta.term}th term</p>')).toEqual([]);
    expect(contexts('<p><a href="/r/">Recital F</a>\n  {reason && <span>, on {reason}</span>}</p>')).toEqual([]);
    expect(contexts("<p>{i > 0 && ', '}\n  <a href=\"/x/\">x</a></p>")).toEqual([]);
    expect(contexts('<p>{/* a comment */}\n  Every word</p>')).toEqual([]);
    expect(contexts('<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>')).toEqual([]);
    expect(contexts("<li>{k === 'a' && 'first;'}\n  {k === 'b' && 'second;'}</li>")).toEqual([]);
    expect(contexts('<p>\n  {x}\n</p>')).toEqual([]);
  });
});

describe('the templates of src/', () => {
  const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => f.endsWith('.astro')).map((f) => `src/${f}`);

  it('are there to check', () => {
    expect(files).toContain('src/pages/about.astro');
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s glues no word to an expression or a tag', (file) => {
    expect(gluedInTemplate(readFileSync(file, 'utf8')).map((g) => `${file}:${g.line}: ${g.context}`)).toEqual([]);
  });
});
