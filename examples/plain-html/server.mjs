// The example's whole back end: serves public/ and the built @kring/elements under /kring/,
// answers GET /network.json (the saved network, else the Samir sample) and saves PUT /network.json.
// Loopback only, a strict Content-Security-Policy, no dependencies. `node server.mjs` (PORT=8080).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kringDist = join(dirname(createRequire(import.meta.url).resolve('@kring/elements/package.json')), 'dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";
const inside = (root, path) => { const file = resolve(root, `.${sep}${decodeURIComponent(path)}`); if (!file.startsWith(root + sep)) throw new Error('outside'); return file; };

/** The server (not yet listening); `dataFile` is where PUT /network.json writes. */
export function createExampleServer({ dataFile = join(here, 'data', 'network.json') } = {}) {
  return createServer(async (req, res) => {
    const send = (status, body = '', type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' }).end(body);
    };
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method === 'PUT' && pathname === '/network.json') {
        let body = '';
        for await (const chunk of req) if ((body += chunk).length > 5_000_000) return send(413, 'too large');
        if (JSON.parse(body)?.format !== 'kring.network') return send(422, 'not a Kring network');
        await mkdir(dirname(dataFile), { recursive: true });
        await writeFile(`${dataFile}.tmp`, `${body}\n`);
        await rename(`${dataFile}.tmp`, dataFile); // whole file or nothing
        return send(204);
      }
      if (req.method !== 'GET') return send(405, 'method not allowed');
      const file = pathname === '/network.json' ? await access(dataFile).then(() => dataFile, () => join(here, 'samir.json'))
        : pathname.startsWith('/kring/') ? inside(kringDist, pathname.slice(7)) : inside(join(here, 'public'), pathname === '/' ? 'index.html' : pathname);
      send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch (error) {
      send(error instanceof SyntaxError ? 400 : 404, error instanceof SyntaxError ? 'not JSON' : 'not found');
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createExampleServer().listen(port, '127.0.0.1', () => console.log(`Kring example on http://127.0.0.1:${port}/ (build first: pnpm build)`));
}
