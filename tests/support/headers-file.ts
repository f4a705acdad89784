/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a URL pattern on its
 * own line, then its headers indented below it, "Name: value". `*` matches anything,
 * `:name` one path segment. Used by the test server, which applies the headers as a host would.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  matches: (pathname: string) => boolean;
}

export function headerRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      const regex = new RegExp(`^${source}$`);
      rules.push({ pattern, headers: [], matches: (pathname) => regex.test(pathname) });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a URL pattern, got "${line}"`);
    rule.headers.push([match[1], match[2].trim()]);
  }
  return rules;
}
