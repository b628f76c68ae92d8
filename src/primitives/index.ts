export { Field, useFieldControl } from './field.js';
export type { FieldRootProps } from './field.js';
export { PhoneField } from './phone-field.js';
export type { PhoneFieldRootProps, PhoneFieldInputProps, PhoneFieldStatusProps } from './phone-field.js';
export { CodeField } from './code-field.js';
export type {
  CodeFieldRootProps,
  CodeFieldInputProps,
  CodeFieldSlotsProps,
  CodeFieldSlotProps,
} from './code-field.js';
export { usePhoneInput } from '../hooks/use-phone-input.js';
export type { PhoneInputState, UsePhoneInputOptions } from '../hooks/use-phone-input.js';
export { useCodeField } from '../hooks/use-code-field.js';
export { useCountryCombobox } from '../hooks/use-country-combobox.js';
export type { CountryCombobox, UseCountryComboboxOptions } from '../hooks/use-country-combobox.js';
