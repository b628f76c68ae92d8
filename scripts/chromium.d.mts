export declare const chromiumArgs: string[];
/** Where the tests find the browser; the options exist for the test of this lookup. */
export declare function chromiumPath(options?: {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  playwright?: () => string | undefined;
}): string;
