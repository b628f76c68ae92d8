export { useBindPhoneForm } from './forms/use-bind-phone-form.js';
export type {
  BindPhoneFormState,
  BindPhoneFormValues,
  BindPhoneResult,
  UseBindPhoneFormOptions,
} from './forms/use-bind-phone-form.js';
export { useBindPhone } from './account/use-bind-phone.js';
export type { UseBindPhoneOptions } from './account/use-bind-phone.js';
export { useSendSmsCode } from './code-step/use-send-sms-code.js';
export { mayHaveSent } from '../api/genauth-error.js';
export type { SendSmsCodeResult, UseSendSmsCodeOptions } from './code-step/use-send-sms-code.js';
export { useCooldown } from './code-step/use-cooldown.js';
export type { Cooldown, UseCooldownOptions } from './code-step/use-cooldown.js';
export { useWebOtp } from './code-step/use-web-otp.js';
export type { UseWebOtpOptions, WebOtp } from './code-step/use-web-otp.js';
export { useMessages } from './shared/use-messages.js';
export type { UnauthorizedHandler } from '../api/replay-after-reauth.js';
export { useChangePhoneForm } from './forms/use-change-phone-form.js';
export type {
  ChangePhoneFormState,
  ChangePhoneFormValues,
  ChangePhoneResult,
  ChangePhoneStep,
  UseChangePhoneFormOptions,
} from './forms/use-change-phone-form.js';
export { useChangePhone, PhoneChangeExpiredError, isPhoneChangeExpired } from './account/use-change-phone.js';
export type {
  UseChangePhoneOptions,
  ChangePhoneVerifyInput,
  PendingPhoneChange,
} from './account/use-change-phone.js';
export { useUnbindPhoneForm } from './forms/use-unbind-phone-form.js';
export type {
  UnbindPhoneFormState,
  UnbindPhoneResult,
  UseUnbindPhoneFormOptions,
} from './forms/use-unbind-phone-form.js';
export { useUnbindPhone } from './account/use-unbind-phone.js';
export type { UseUnbindPhoneOptions } from './account/use-unbind-phone.js';
export type * from './shared/phone-form-options.js';
