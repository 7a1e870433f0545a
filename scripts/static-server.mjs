// A static file server on 127.0.0.1 for a built Storybook (or any folder), for the scripts that open its pages
// in a browser. Resolves to the server and its origin; close it with server.close().
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves `root` on a free port of 127.0.0.1. */
export async function serveStatic(root) {
  const server = http
    .createServer(async (req, res) => {
      let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (file.endsWith('/')) file += 'index.html';
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    })
    .listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
