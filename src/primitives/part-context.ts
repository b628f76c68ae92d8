import { createContext, useContext, type Context } from 'react';

/** A compound component's context, and the reader its parts call (which throws outside the root). */
export function partContext<T>(component: string): [Context<T | null>, (part: string) => T] {
  const context = createContext<T | null>(null);
  const usePart = (part: string): T => {
    const value = useContext(context);
    if (!value)
      throw new Error(`react-bind-phone: <${component}.${part}> must be inside <${component}.Root>.`);
    return value;
  };
  return [context, usePart];
}
