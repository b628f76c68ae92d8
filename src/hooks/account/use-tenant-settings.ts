'use client';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PhoneBindingApi, PublicConfig } from '../../api/types.js';
import { detectDefaultCountry } from '../../phone/countries/detect-default-country.js';
import type { CountryCode } from '../../phone/types.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../shared/phone-form-options.js';
import { apiQueryKey } from './query-keys.js';

const MAINLAND_ONLY: CountryCode[] = ['CN'];

/**
 * The settings a form runs on: the props first, then the tenant's public config (code length,
 * international SMS) when it could be read, then defaults. A config that could not be read (CORS,
 * 404, offline) is not mentioned to the user.
 */
export function useTenantSettings(
  api: PhoneBindingApi,
  queryClient: QueryClient,
  locale: string,
  /** The props, which win over the tenant's settings. */
  overrides: Pick<PhoneNumberOptions, 'defaultCountry' | 'countries'> & Pick<PhoneFormOptions, 'codeLength'>,
) {
  const { data } = useQuery<PublicConfig>(
    {
      queryKey: apiQueryKey(api, 'public-config'),
      queryFn: ({ signal }) => api.getPublicConfig({ signal, lang: locale }),
      staleTime: 5 * 60_000,
      retry: false,
    },
    queryClient,
  );
  const sms = data?.internationalSmsConfig;
  const internationalSmsOff = sms?.enabled === false;
  const tenantLength = data?.verifyCodeLength ?? 0;
  const fallbackCountry = useMemo(() => detectDefaultCountry({ locale, fallback: 'CN' }), [locale]);
  return {
    /** True when the tenant has international SMS off and only mainland China is offered. */
    internationalSmsOff,
    /** Countries offered, when restricted by the prop or the tenant. */
    countries: internationalSmsOff ? MAINLAND_ONLY : overrides.countries,
    codeLength:
      overrides.codeLength ??
      (Number.isInteger(tenantLength) && tenantLength > 0 && tenantLength <= 12 ? tenantLength : 6),
    /** The country to start with when none is picked. */
    defaultCountry:
      overrides.defaultCountry ?? (sms?.defaultISOType as CountryCode | undefined) ?? fallbackCountry,
  };
}
