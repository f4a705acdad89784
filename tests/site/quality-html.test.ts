/**
 * Valid HTML: the Nu Html Checker (npm vnu-jar, run with Java) over every HTML file of the
 * build, in one run. Errors fail; warnings are listed. (The checker refuses loopback URLs, so
 * it reads the files; a file: URL is not 'self' to the Content Security Policy, so its
 * "Resource violates Content Security Policy" warnings are artefacts and are left out — the
 * browser test checks the policy for real.)
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readBuiltSite } from '../support/built-site.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal';
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const site = readBuiltSite(inject('siteDir'));
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

describe('valid HTML', () => {
  it('has no Nu Html Checker error on any page', { timeout: 120_000 }, async () => {
    const files = site.pages.map((page) => page.file);
    // vnu exits 1 when it finds errors; its JSON report goes to stderr either way.
    const { stderr } = await promisify(execFile)('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
      if (error.code === 'ENOENT') throw new Error('No "java" on PATH: install a Java runtime (apt-get install -y default-jre-headless) for the Nu Html Checker');
      throw error;
    });
    const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
    const describeMessage = (m: VnuMessage) =>
      `${relative(site.dir, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${JSON.stringify(m.extract.trim())}` : ''}`;
    const errors = messages.filter((m) => m.type !== 'info');
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && !m.message.startsWith('Resource violates Content Security Policy'));
    if (warnings.length > 0) console.warn(`Nu Html Checker warnings (not failures):\n${warnings.map(describeMessage).join('\n')}`);
    expect(errors.map(describeMessage), `Nu Html Checker errors in the pages of ${site.dir}`).toEqual([]);
  });
});
