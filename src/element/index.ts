export * from './define-bind-phone-element.js';
