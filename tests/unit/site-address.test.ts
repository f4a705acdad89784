/** Where a build says it lives (src/lib/site-address.ts), from SITE_URL, BASE_PATH and SITE_LOCAL. */
import { describe, expect, it } from 'vitest';
import { siteAddress, SiteAddressError } from '../../src/lib/site-address.ts';

describe('siteAddress', () => {
  it.each([
    [{ SITE_URL: 'https://motions.example.net' }, { site: 'https://motions.example.net', base: '/', mode: 'public' }],
    [{ SITE_URL: 'https://user.github.io/repo/' }, { site: 'https://user.github.io', base: '/repo/', mode: 'public' }],
    [{ SITE_URL: 'https://user.github.io/repo' }, { site: 'https://user.github.io', base: '/repo/', mode: 'public' }],
    [{ SITE_URL: 'https://host.org/a/b/' }, { site: 'https://host.org', base: '/a/b/', mode: 'public' }],
    [{ SITE_URL: 'https://host.org', BASE_PATH: '/sub/' }, { site: 'https://host.org', base: '/sub/', mode: 'public' }],
    [{ SITE_URL: 'https://host.org/sub/', BASE_PATH: 'sub' }, { site: 'https://host.org', base: '/sub/', mode: 'public' }],
    [{ SITE_URL: 'http://localhost:8080/' }, { site: 'http://localhost:8080', base: '/', mode: 'local' }],
    [{ SITE_LOCAL: '1' }, { site: 'http://127.0.0.1:4321', base: '/', mode: 'local' }],
    [{ SITE_LOCAL: '1', BASE_PATH: '/kazakhstan-2019/' }, { site: 'http://127.0.0.1:4321', base: '/kazakhstan-2019/', mode: 'local' }],
    [{}, { site: 'http://127.0.0.1:4321', base: '/', mode: 'unset' }],
    [{ SITE_URL: '  ' }, { site: 'http://127.0.0.1:4321', base: '/', mode: 'unset' }],
  ])('%o → %o', (env, expected) => {
    expect(siteAddress(env)).toEqual(expected);
  });

  it.each([
    [{ SITE_URL: 'host.org' }, 'is not an address'],
    [{ SITE_URL: 'ftp://host.org/' }, 'must be an http(s) address'],
    [{ SITE_URL: 'https://host.org/?x=1' }, 'must be an http(s) address'],
    [{ SITE_URL: 'https://host.org/a/', BASE_PATH: '/b/' }, 'has the path /a/ but BASE_PATH="/b/"'],
  ])('%o stops with a fix', (env, message) => {
    expect(() => siteAddress(env)).toThrow(SiteAddressError);
    expect(() => siteAddress(env)).toThrow(message);
  });
});
