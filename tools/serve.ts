/**
 * `npm run serve`: serves the last build (dist/) at http://127.0.0.1:4321/ under its base path,
 * with its `_headers` applied as a host would (tools/static-host.ts), and says which address
 * the build itself carries. A taken port stops it: a local build's links point at this port.
 * SERVE_PORT serves elsewhere (the tests use it).
 */
import { LOCAL_ORIGIN, LOCAL_PORT, siteAddress } from '../src/lib/site-address.ts';
import { serveDirectory } from './static-host.ts';

const address = siteAddress(process.env);
const port = Number(process.env['SERVE_PORT'] ?? LOCAL_PORT);
const dir = process.env['SITE_DIR'] ?? 'dist';

try {
  const site = await serveDirectory(dir, address.base, port);
  console.log(`Serving ${dir}/ at ${site.url} (Ctrl-C stops).`);
  if (address.mode === 'public') console.log(`Its absolute addresses (canonical links, citations, share cards) point at ${new URL(address.base, address.site).href}, where it will be deployed.`);
  else if (port !== LOCAL_PORT) console.log(`Its absolute addresses point at ${LOCAL_ORIGIN}${address.base}, not this port.`);
  process.once('SIGINT', () => void site.close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void site.close().then(() => process.exit(0)));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} on 127.0.0.1 is taken (another \`npm run serve\` or \`npm run dev\`?). Fix: stop what holds it, then run \`npm run serve\` again. The build's links point at this port, so it does not move to another.`
      : error instanceof Error ? error.message : String(error),
  );
  process.exit(1);
}
