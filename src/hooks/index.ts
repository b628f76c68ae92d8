export { useBindPhoneForm } from './use-bind-phone-form.js';
export type {
  BindPhoneFormState,
  BindPhoneFormValues,
  BindPhoneResult,
  UseBindPhoneFormOptions,
} from './use-bind-phone-form.js';
export { useBindPhone } from './use-bind-phone.js';
export type { UseBindPhoneOptions } from './use-bind-phone.js';
export { useSendSmsCode, mayHaveSent } from './use-send-sms-code.js';
export type { SendSmsCodeResult, UseSendSmsCodeOptions } from './use-send-sms-code.js';
export { useCooldown } from './use-cooldown.js';
export type { Cooldown, UseCooldownOptions } from './use-cooldown.js';
export { useWebOtp } from './use-web-otp.js';
export type { UseWebOtpOptions, WebOtp } from './use-web-otp.js';
export { useMessages } from './use-messages.js';
export type { UnauthorizedHandler } from './replay-after-reauth.js';
export { useChangePhoneForm } from './use-change-phone-form.js';
export type {
  ChangePhoneFormState,
  ChangePhoneFormValues,
  ChangePhoneResult,
  ChangePhoneStep,
  UseChangePhoneFormOptions,
} from './use-change-phone-form.js';
export { useChangePhone, PhoneChangeExpiredError, isPhoneChangeExpired } from './use-change-phone.js';
export type {
  UseChangePhoneOptions,
  ChangePhoneVerifyInput,
  PendingPhoneChange,
} from './use-change-phone.js';
export { useUnbindPhoneForm } from './use-unbind-phone-form.js';
export type {
  UnbindPhoneFormState,
  UnbindPhoneResult,
  UseUnbindPhoneFormOptions,
} from './use-unbind-phone-form.js';
export { useUnbindPhone } from './use-unbind-phone.js';
export type { UseUnbindPhoneOptions } from './use-unbind-phone.js';
export type { GenAuthConfigProps, PhoneFormOptions, PhoneNumberOptions } from './phone-form-options.js';
