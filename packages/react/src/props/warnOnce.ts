const warned = new Set<string>();

/** `NODE_ENV` of the host, when it has one; read through globalThis so browsers without `process` are fine. */
function nodeEnv(): string | undefined {
  return (globalThis as { process?: { env?: { NODE_ENV?: string } } }).process?.env?.NODE_ENV;
}

/** Writes a message to the console once per message, and not at all when NODE_ENV is `production`. */
export function warnOnce(message: string): void {
  if (nodeEnv() === 'production' || warned.has(message)) return;
  warned.add(message);
  console.warn(`[safeguard-charts] ${message}`);
}
