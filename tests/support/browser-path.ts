/**
 * Where Debian's Chromium is, and the flags it runs with: shared by the browser tests and the
 * Lighthouse bench. No test downloads a browser: CHROME_PATH or /usr/bin/chromium, or a stop
 * with instructions.
 */
import { existsSync } from 'node:fs';

/** Flags that let headless Chromium run as root on a closed network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install Debian\'s Chromium ("apt-get install -y chromium") ' +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}
