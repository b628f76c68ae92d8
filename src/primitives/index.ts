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
export { usePhoneInput } from '../hooks/phone-input/use-phone-input.js';
export type { PhoneInputState, UsePhoneInputOptions } from '../hooks/phone-input/use-phone-input.js';
export { useCodeField } from '../hooks/code-step/use-code-field.js';
export { useCountryCombobox } from '../hooks/picker/use-country-combobox.js';
export type { CountryCombobox, UseCountryComboboxOptions } from '../hooks/picker/use-country-combobox.js';
