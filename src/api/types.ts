/** The SMS channels of the GenAuth V3 `send-sms` endpoint. */
export type SmsChannel =
  | 'CHANNEL_LOGIN'
  | 'CHANNEL_REGISTER'
  | 'CHANNEL_RESET_PASSWORD'
  | 'CHANNEL_BIND_PHONE'
  | 'CHANNEL_UNBIND_PHONE'
  | 'CHANNEL_BIND_MFA'
  | 'CHANNEL_VERIFY_MFA'
  | 'CHANNEL_UNBIND_MFA'
  | 'CHANNEL_COMPLETE_PHONE'
  | 'CHANNEL_IDENTITY_VERIFICATION'
  | 'CHANNEL_DELETE_ACCOUNT';

/** A phone number as GenAuth wants it: the national number, and the calling code with a plus. */
export interface GenAuthPhone {
  /** National number without the calling code, digits only, e.g. `13800138000`. */
  phoneNumber: string;
  /** Calling code with a plus, e.g. `+86`. Always sent, even for mainland China. */
  phoneCountryCode: string;
}

export interface SendSmsInput extends GenAuthPhone {
  channel: SmsChannel;
}

export interface UnbindPhoneInput {
  passCode: string;
}

export type BindPhoneInput = GenAuthPhone & UnbindPhoneInput;

export interface VerifyUpdatePhoneRequestInput {
  verifyMethod: 'PHONE_PASSCODE';
  phonePassCodePayload: {
    newPhoneNumber: string;
    newPhonePassCode: string;
    newPhoneCountryCode?: string;
    oldPhoneNumber?: string;
    oldPhonePassCode?: string;
    oldPhoneCountryCode?: string;
  };
}

export interface UpdatePhoneTokenData {
  updatePhoneToken: string;
  /** Seconds the token stays valid. */
  tokenExpiresIn: number;
}

export type UpdatePhoneInput = Pick<UpdatePhoneTokenData, 'updatePhoneToken'>;

export interface UpdatePhoneData {
  success: boolean;
}

/** The part of the GenAuth user profile the kit reads. */
export interface UserProfile {
  userId?: string;
  /** National number, or null/empty when none is bound. */
  phone?: string | null;
  phoneCountryCode?: string | null;
  phoneVerified?: boolean;
}

export interface CountryListItem {
  alpha2: string;
  alpha3?: string;
  phoneCountryCode: string;
  flag?: string;
  name: { zh?: string; en?: string };
}

/** The tenant settings the kit reads from the application's public config. */
export interface PublicConfig {
  /** Length of SMS codes. Absent when the tenant never set it. */
  verifyCodeLength?: number;
  internationalSmsConfig?: {
    enabled: boolean;
    /** ISO 3166-1 alpha-2 code of the default country, e.g. `CN`. */
    defaultISOType?: string;
  };
}

/** Per-call options every endpoint takes. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with a `GenAuthError` of kind `aborted`. */
  signal?: AbortSignal;
  /** Overrides the client's `lang` header for this call (the form passes its UI locale). */
  lang?: string;
}

/**
 * What the components need from a backend. `createGenAuthClient` implements it over HTTP; any other
 * backend can implement it too. Every method rejects with a `GenAuthError`.
 */
export interface PhoneBindingApi {
  sendSms(input: SendSmsInput, options?: RequestOptions): Promise<void>;
  bindPhone(input: BindPhoneInput, options?: RequestOptions): Promise<void>;
  unbindPhone(input: UnbindPhoneInput, options?: RequestOptions): Promise<void>;
  verifyUpdatePhoneRequest(
    input: VerifyUpdatePhoneRequestInput,
    options?: RequestOptions,
  ): Promise<UpdatePhoneTokenData>;
  updatePhone(input: UpdatePhoneInput, options?: RequestOptions): Promise<UpdatePhoneData>;
  getProfile(options?: RequestOptions): Promise<UserProfile>;
  getPublicConfig(options?: RequestOptions): Promise<PublicConfig>;
  getCountryList(options?: RequestOptions): Promise<CountryListItem[]>;
}
