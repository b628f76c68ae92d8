'use client';
import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PhoneBindingApi } from '../../api/types.js';
import { detectDefaultCountry } from '../../phone/detect-default-country.js';
import type { CountryCode } from '../../phone/types.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../shared/phone-form-options.js';
import { usePublicConfig } from './use-public-config.js';

/** The props that win over the tenant's settings. */
export type TenantSettingsOverrides = Pick<PhoneNumberOptions, 'defaultCountry' | 'countries'> &
  Pick<PhoneFormOptions, 'codeLength'>;

/** A usable code length from the tenant, if it gave one. */
function tenantCodeLength(length: unknown): number | undefined {
  return typeof length === 'number' && Number.isInteger(length) && length > 0 && length <= 12
    ? length
    : undefined;
}

/**
 * The settings a form runs on: the props first, then the tenant's public config when it could be
 * read, then defaults (and nothing said about a config that could not be read).
 */
export function useTenantSettings(
  api: PhoneBindingApi,
  queryClient: QueryClient,
  locale: string,
  overrides: TenantSettingsOverrides,
) {
  const config = usePublicConfig(api, queryClient, locale);
  const internationalSmsOff = config.data?.internationalSmsConfig?.enabled === false;
  const countriesOption = overrides.countries;
  const countries = useMemo(
    () => (internationalSmsOff ? (['CN'] as CountryCode[]) : countriesOption),
    [internationalSmsOff, countriesOption],
  );
  const codeLength = overrides.codeLength ?? tenantCodeLength(config.data?.verifyCodeLength) ?? 6;
  const fallbackCountry = useMemo(() => detectDefaultCountry({ locale, fallback: 'CN' }), [locale]);
  const tenantCountry = config.data?.internationalSmsConfig?.defaultISOType as CountryCode | undefined;

  return {
    /** True when the tenant has international SMS off and only mainland China is offered. */
    internationalSmsOff,
    /** Countries offered, when restricted by the prop or the tenant. */
    countries,
    codeLength,
    /** The country to start with when none is picked. */
    defaultCountry: overrides.defaultCountry ?? tenantCountry ?? fallbackCountry,
  };
}
