import type { CountryListItem } from '../api/types.js';
import { countryFlag } from '../phone/countries/country-flag.js';
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
export const MOCK_COUNTRIES: readonly CountryListItem[] = (
  [
    ['CN', 'CHN', '+86', '中国', 'China'],
    ['HK', 'HKG', '+852', '中国香港', 'Hong Kong'],
    ['MO', 'MAC', '+853', '中国澳门', 'Macao'],
    ['TW', 'TWN', '+886', '中国台湾', 'Taiwan'],
    ['JP', 'JPN', '+81', '日本', 'Japan'],
    ['SG', 'SGP', '+65', '新加坡', 'Singapore'],
    ['US', 'USA', '+1', '美国', 'United States'],
    ['GB', 'GBR', '+44', '英国', 'United Kingdom'],
    ['DE', 'DEU', '+49', '德国', 'Germany'],
    ['AU', 'AUS', '+61', '澳大利亚', 'Australia'],
  ] as const
).map(([alpha2, alpha3, phoneCountryCode, zh, en]) => ({
  alpha2,
  alpha3,
  phoneCountryCode,
  flag: countryFlag(alpha2),
  name: { zh, en },
}));
