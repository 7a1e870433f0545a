// The scripts' static server (scripts/story-shots.mjs, scripts/bench/site.mjs): the tests' one server
// (tests/support/serve.mjs, sirv on 127.0.0.1) serving a folder. Resolves to { server, origin, close }.
export { serveStatic } from '../tests/support/serve.mjs';
