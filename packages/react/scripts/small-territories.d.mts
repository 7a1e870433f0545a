export declare function smallTerritoriesSource(): string;
