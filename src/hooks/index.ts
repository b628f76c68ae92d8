export { useBindPhoneForm } from './forms/use-bind-phone-form.js';
export type {
  BindPhoneFormState,
  BindPhoneFormValues,
  BindPhoneResult,
  UseBindPhoneFormOptions,
} from './forms/use-bind-phone-form.js';
export * from './account/use-bind-phone.js';
export * from './code-step/use-send-sms-code.js';
export { mayHaveSent } from '../api/genauth-error.js';
export * from './code-step/use-cooldown.js';
export * from './code-step/use-web-otp.js';
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
export * from './account/use-change-phone.js';
export * from './forms/use-unbind-phone-form.js';
export * from './account/use-unbind-phone.js';
export type * from './shared/phone-form-options.js';
