/*
 * `process.env.NODE_ENV`, as bundlers replace it: development warnings are written inside
 * `if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')`, so a production build drops
 * them and their words, and a page without a bundler (no `process`) never reads it. The same declaration as
 * @types/node's, so the two agree where both are present.
 */
declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: string;
  }
  interface Process {
    env: ProcessEnv;
  }
}
declare var process: NodeJS.Process;
