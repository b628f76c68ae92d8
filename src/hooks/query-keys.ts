import type { PhoneBindingApi } from '../api/types.js';

const ids = new WeakMap<PhoneBindingApi, number>();
let nextId = 1;

/** A stable id per backend object, so two clients (two tenants or users) never share a cache entry. */
function apiId(api: PhoneBindingApi): number {
  let id = ids.get(api);
  if (id === undefined) {
    id = nextId++;
    ids.set(api, id);
  }
  return id;
}

/** Query keys of the kit: `['react-bind-phone', <backend id>, what]`. */
export function apiQueryKey(api: PhoneBindingApi, what: 'profile' | 'public-config') {
  return ['react-bind-phone', apiId(api), what] as const;
}
