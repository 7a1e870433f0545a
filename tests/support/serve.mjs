// The one HTTP server of the tests and scripts: a folder served as files by sirv, on a free port of 127.0.0.1,
// with a test's own pages (and headers, such as a Content-Security-Policy) asked first. Used by the static
// Storybook tests (tests/static), the embed's browser tests, the consumer apps, scripts/story-shots.mjs and the
// benchmark (through scripts/static-server.mjs).
import http from 'node:http';
import sirv from 'sirv';

/**
 * Serves on a free port of 127.0.0.1: every response gets `headers` first, then `route` may answer (it returns
 * true when it did), then the files of `dir`, then `fallback` (a 404 when there is none). Files are read on
 * each request (sirv's dev mode), so a file written after the server started is served too.
 */
export async function serve({ dir, headers, route, fallback } = {}) {
  const files = dir ? sirv(dir, { dev: true }) : undefined;
  const notFound = (req, res, url) => {
    if (fallback) return fallback(req, res, url);
    res.writeHead(404);
    res.end();
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const extra = typeof headers === 'function' ? headers(req, url) : headers;
    for (const [name, value] of Object.entries(extra ?? {})) res.setHeader(name, value);
    if (route?.(req, res, url)) return;
    if (files) files(req, res, () => notFound(req, res, url));
    else notFound(req, res, url);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Answers `res` with an HTML page. */
export function html(res, body, headers = {}) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

/** Serves the folder `root` (a built Storybook, a benchmark's site) and nothing else. */
export function serveStatic(root) {
  return serve({ dir: root });
}
