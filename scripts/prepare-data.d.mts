export declare function newestMtime(paths: string[]): number;
export declare function oldestOutput(paths: string[]): number;
