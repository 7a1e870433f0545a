import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Served {
  server: Server;
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** A folder served as files (after `route`). */
  dir?: string;
  /** Headers on every response, or a function of the request that returns them. */
  headers?: Record<string, string> | ((req: IncomingMessage, url: URL) => Record<string, string>);
  /** A test's own pages, asked first: answers `res` and returns true, or returns false to let `dir` answer. */
  route?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
  /** What answers a request neither `route` nor `dir` has (a 404 when there is none). */
  fallback?: (req: IncomingMessage, res: ServerResponse, url: URL) => void;
}

export declare function serve(options?: ServeOptions): Promise<Served>;
export declare function html(res: ServerResponse, body: string, headers?: Record<string, string>): void;
export declare function serveStatic(root: string): Promise<Served>;
