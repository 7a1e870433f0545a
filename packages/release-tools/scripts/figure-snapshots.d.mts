// Types of figure-snapshots.mjs, for the tests that import it.
import type { FigureData } from '../src/diff';

export declare const packageDir: string;
export declare const repoRoot: string;
export declare function git(...args: string[]): string;
export declare function hasRevision(rev: string): boolean;
export declare function describeCommit(rev: string): { hash: string; date: string };
export declare function figureDataOf(module: Record<string, unknown>): FigureData;
export declare function loadDataAt(rev: string): Promise<FigureData>;
export declare function loadCurrentData(): Promise<FigureData>;
export declare function loadDiff(): Promise<typeof import('../src/diff')>;
export declare function currentVersion(): string;
export declare const UNRELEASED_BASELINES: Readonly<Record<string, string>>;
export declare function previousRelease(version?: string): { version: string; rev: string; ref: string };
