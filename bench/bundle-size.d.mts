export interface Compressed {
  /** Bytes as emitted (minified). */
  raw: number;
  /** gzip -9. */
  gzip: number;
  /** brotli, quality 11. */
  brotli: number;
}

export interface LazyChunk {
  /** The module the chunk is made of, e.g. `zh-CN` or `country-pinyin`. */
  name: string;
  js: Compressed;
  code: string;
}

export interface Bundle {
  /** The JS a page loads up front: the entry and its static imports. */
  js: Compressed;
  css: Compressed;
  /** That minified JS, for checks on what it holds. */
  code: string;
  /** The minified stylesheet. */
  cssCode: string;
  /** The modules in the JS a page loads up front, each as rendered (tree-shaken, before minifying). */
  modules: Array<{ id: string; code: string }>;
  /** Chunks reached only through `import()`: loaded when a page needs them, not counted in `js`. */
  lazy: LazyChunk[];
}

export interface BundleOptions {
  aliases?: Array<{ find: string | RegExp; replacement: string }>;
  external?: (id: string) => boolean;
}

export declare const root: string;
export declare const PEERS: readonly string[];
export declare const FORM_ENTRY: string;
export declare const LIBPHONENUMBER_ENTRY: string;
export declare const PHONE_NUMBER_INPUT_ENTRY: string;
export declare const INPUT_OTP_ENTRY: string;
export declare function compressed(text: string): Compressed;
export declare function bundleEntry(source: string, options?: BundleOptions): Promise<Bundle>;
export declare function measureForm(options?: BundleOptions): Promise<Bundle>;
export declare function measureFormWithMetadata(metadataFile: string): Promise<Bundle>;
export declare function measureLibphonenumber(): Promise<Bundle>;
export declare function measurePhoneNumberInput(): Promise<Bundle>;
export declare function measureInputOtp(): Promise<Bundle>;
export declare function measureElement(): Promise<{ js: Compressed }>;
