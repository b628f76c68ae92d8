/** A module loaded on first need (a dynamic `import()`), readable at once once it has arrived. */
export interface LazyImport<T> {
  /** The module if it has arrived, without loading it. */
  loaded(): T | undefined;
  /** Calls `listener` once the module has arrived; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Loads the module: one request however often it is called; a failed one is forgotten, so a later call tries again. */
  load(): Promise<T>;
}

export function lazyImport<T>(importer: () => Promise<T>): LazyImport<T> {
  let module: T | undefined;
  let request: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  return {
    loaded: () => module,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      request ??= importer().then(
        (arrived) => {
          module = arrived;
          for (const listener of [...listeners]) listener();
          return arrived;
        },
        (error: unknown) => {
          request = undefined;
          throw error;
        },
      );
      return request;
    },
  };
}
