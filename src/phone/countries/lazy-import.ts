/**
 * A module loaded on first need (a dynamic `import()`), readable at once once it has arrived:
 * `loaded()` gives it if it has, without loading it; `subscribe` calls a listener once it arrives
 * (for `useSyncExternalStore`); `load()` makes one request however often it is called, and forgets a
 * failed one, so a later call tries again.
 */
export function lazyImport<T>(importer: () => Promise<T>) {
  let module: T | undefined;
  let request: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  return {
    loaded: () => module,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      return (request ??= importer().then(
        (arrived) => {
          module = arrived;
          for (const listener of [...listeners]) listener();
          return arrived;
        },
        (error: unknown) => {
          request = undefined;
          throw error;
        },
      ));
    },
  };
}
