/**
 * No word glued to a link, on every page the build writes: a letter, digit or closing
 * punctuation mark right before a link, or a letter or digit right after it, means a template
 * lost a space at a line break ("For each theme,findings and demands").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltSite } from '../support/built-site.ts';
import { gluedLinks } from '../support/glued-links.ts';

const site = readBuiltSite(inject('siteDir'));

describe('links in prose', () => {
  it('the build has pages to check', () => {
    expect(site.pages.length).toBeGreaterThan(100);
  });

  it.each(site.pages.map((p) => [p.path, p.file] as const))('%s glues no word to a link', (_path, file) => {
    expect(gluedLinks(readFileSync(file, 'utf8')).map((g) => g.context)).toEqual([]);
  });
});
