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
