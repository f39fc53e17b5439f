/**
 * A static file server on 127.0.0.1 for real-browser tests and benchmarks (no vitest here, so
 * benchmarks can use it too).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

/** Serves a folder on 127.0.0.1; `headers` lets a test add e.g. a Content-Security-Policy. */
export async function serveStatic(dir: string, headers: (path: string) => Record<string, string> = () => ({})): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const file = join(dir, path);
      if (!file.startsWith(dir) || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers(path) });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${addr.port}`, server };
}
