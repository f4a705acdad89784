/** The `_headers` reader of the static host (tools/static-host.ts), for tests that read the file. */
export { headerRules, type HeaderRule } from '../../tools/static-host.ts';
