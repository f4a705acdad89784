/** The permalink manifest (content/permalinks.txt): every published page and anchor. */
import { readFileSync } from 'node:fs';

export interface Permalink {
  /** Page path relative to the base, "/" or "/recitals/j/". */
  page: string;
  /** Anchor on that page, without "#", if any. */
  anchor?: string;
  /** The line as written. */
  entry: string;
}

export function readManifest(path = 'content/permalinks.txt'): Permalink[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((entry) => {
      const [page = '', anchor] = entry.split('#');
      return anchor === undefined ? { page, entry } : { page, anchor, entry };
    });
}
