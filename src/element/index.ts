export { defineBindPhoneElement } from './define-bind-phone-element.js';
export type { BindPhoneElement, BindPhoneElementEventMap } from './define-bind-phone-element.js';
