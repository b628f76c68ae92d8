export * from './components/index.js';
export * from './hooks/index.js';
export * from './api/index.js';
export * from './phone/index.js';
export * from './i18n/index.js';
export { THEME_VARIABLES } from './theme/theme.js';
export type { BindPhoneTheme } from './theme/theme.js';
