export * from './field.js';
export * from './phone-field.js';
export * from './code-field.js';
export * from '../hooks/phone-input/use-phone-input.js';
export * from '../hooks/code-step/use-code-field.js';
export { useCountryCombobox } from '../hooks/picker/use-country-combobox.js';
export type { CountryCombobox, UseCountryComboboxOptions } from '../hooks/picker/use-country-combobox.js';
