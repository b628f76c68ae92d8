export declare function buildElement(options?: {
  outDir?: string;
  sourcemap?: boolean;
  emptyOutDir?: boolean;
}): Promise<string>;
