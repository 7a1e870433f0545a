/** tsconfig.json's `paths` as Vite aliases: the workspace's packages resolved to their sources. */
export function workspaceAliases(): { find: RegExp; replacement: string }[];
