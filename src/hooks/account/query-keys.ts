import type { PhoneBindingApi } from '../../api/types.js';

const ids = new WeakMap<PhoneBindingApi, number>();
let nextId = 1;

/**
 * The cache identity of a backend: a GenAuth client's `cacheKey` (equal for clients made alike,
 * so an inline `createGenAuthClient(...)` does not refetch on every render), else one id per
 * object, so two custom backends never share a cache entry.
 */
function apiId(api: PhoneBindingApi): number | string {
  if ('cacheKey' in api && typeof api.cacheKey === 'string') return api.cacheKey;
  const id = ids.get(api) ?? nextId++;
  ids.set(api, id);
  return id;
}

/** Query keys of the kit: `['react-bind-phone', <backend id>, what]`. */
export function apiQueryKey(api: PhoneBindingApi, what: 'profile' | 'public-config') {
  return ['react-bind-phone', apiId(api), what] as const;
}
