import type { CountryListItem } from '../api/types.js';
import type { MockUser } from './types.js';

/** Access tokens of the seeded users. */
export const MOCK_TOKENS = {
  /** A signed-in user with no phone: can bind one. */
  noPhone: 'mock-token',
  /** A user who already has +86 13800138000: binding gives 422, the change and unbind flows work. */
  bound: 'mock-token-bound',
  /** The account that owns +86 13900139000 (its only sign-in method: unbinding gives 2217). */
  otherOwner: 'mock-token-other',
} as const;

/** Phone numbers the seeded tenant knows, as `{ phoneNumber, phoneCountryCode }`. */
export const MOCK_PHONES = {
  /** Bound to the `bound` user. */
  bound: { phoneNumber: '13800138000', phoneCountryCode: '+86' },
  /** Owned by the `otherOwner` account: binding it elsewhere gives 2035. */
  taken: { phoneNumber: '13900139000', phoneCountryCode: '+86' },
  /** Bound to nobody: free to bind. */
  free: { phoneNumber: '13700137000', phoneCountryCode: '+86' },
} as const;

/** The users every fresh (or `reset()`) mock starts with. A fresh copy each call. */
export function seedUsers(): MockUser[] {
  return [
    {
      userId: 'mock-user-no-phone',
      token: MOCK_TOKENS.noPhone,
      username: 'alice',
      email: 'alice@example.test',
      phone: null,
      phoneCountryCode: null,
      phoneVerified: false,
      phoneIsOnlySignInMethod: false,
    },
    {
      userId: 'mock-user-bound',
      token: MOCK_TOKENS.bound,
      username: 'bob',
      email: 'bob@example.test',
      phone: MOCK_PHONES.bound.phoneNumber,
      phoneCountryCode: MOCK_PHONES.bound.phoneCountryCode,
      phoneVerified: true,
      phoneIsOnlySignInMethod: false,
    },
    {
      userId: 'mock-user-other',
      token: MOCK_TOKENS.otherOwner,
      username: 'carol',
      phone: MOCK_PHONES.taken.phoneNumber,
      phoneCountryCode: MOCK_PHONES.taken.phoneCountryCode,
      phoneVerified: true,
      phoneIsOnlySignInMethod: true,
    },
  ];
}

/** What get-country-list answers: a short list, enough for a picker in stories and tests. */
export const MOCK_COUNTRIES: readonly CountryListItem[] = [
  { alpha2: 'CN', alpha3: 'CHN', phoneCountryCode: '+86', flag: '🇨🇳', name: { zh: '中国', en: 'China' } },
  {
    alpha2: 'HK',
    alpha3: 'HKG',
    phoneCountryCode: '+852',
    flag: '🇭🇰',
    name: { zh: '中国香港', en: 'Hong Kong' },
  },
  {
    alpha2: 'MO',
    alpha3: 'MAC',
    phoneCountryCode: '+853',
    flag: '🇲🇴',
    name: { zh: '中国澳门', en: 'Macao' },
  },
  {
    alpha2: 'TW',
    alpha3: 'TWN',
    phoneCountryCode: '+886',
    flag: '🇹🇼',
    name: { zh: '中国台湾', en: 'Taiwan' },
  },
  { alpha2: 'JP', alpha3: 'JPN', phoneCountryCode: '+81', flag: '🇯🇵', name: { zh: '日本', en: 'Japan' } },
  {
    alpha2: 'SG',
    alpha3: 'SGP',
    phoneCountryCode: '+65',
    flag: '🇸🇬',
    name: { zh: '新加坡', en: 'Singapore' },
  },
  {
    alpha2: 'US',
    alpha3: 'USA',
    phoneCountryCode: '+1',
    flag: '🇺🇸',
    name: { zh: '美国', en: 'United States' },
  },
  {
    alpha2: 'GB',
    alpha3: 'GBR',
    phoneCountryCode: '+44',
    flag: '🇬🇧',
    name: { zh: '英国', en: 'United Kingdom' },
  },
  { alpha2: 'DE', alpha3: 'DEU', phoneCountryCode: '+49', flag: '🇩🇪', name: { zh: '德国', en: 'Germany' } },
  {
    alpha2: 'AU',
    alpha3: 'AUS',
    phoneCountryCode: '+61',
    flag: '🇦🇺',
    name: { zh: '澳大利亚', en: 'Australia' },
  },
];
