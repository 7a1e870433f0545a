export declare function pinnedPnpmVersion(): string;
export declare function pnpmCommand(): string[];
