/** Entry name → source file; each entry is dist/<name>.js. */
export declare const entries: Record<string, string>;

/**
 * Builds the library's modules into `outDir` (emptied first); with `full` (the default) also the
 * custom element, the stylesheet and the `.d.ts` files. Resolves to `outDir`.
 */
export declare function buildLibrary(options?: { outDir?: string; full?: boolean }): Promise<string>;
