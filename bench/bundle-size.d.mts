export interface Compressed {
  /** Bytes as emitted (minified). */
  raw: number;
  /** gzip -9. */
  gzip: number;
  /** brotli, quality 11. */
  brotli: number;
}

export interface Bundle {
  js: Compressed;
  css: Compressed;
  /** The minified JS, for checks on what it holds. */
  code: string;
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
