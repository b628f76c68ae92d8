// A page with no bundler and no React of its own: the element file carries everything.
import { defineBindPhoneElement } from '../dist/element.js';

defineBindPhoneElement();

const element = document.querySelector('bind-phone-form');
const params = new URLSearchParams(location.search);
if (params.get('app-host')) element.setAttribute('app-host', params.get('app-host'));
// In a real page the token comes from your session; the mock accepts this one.
element.accessToken = params.get('token') ?? 'mock-token';

const result = document.getElementById('result');
element.addEventListener('bind-phone-success', (event) => {
  result.textContent = `Bound ${event.detail.e164}`;
});
element.addEventListener('bind-phone-error', (event) => {
  result.textContent =
    `Error ${event.detail.kind} ${event.detail.apiCode ?? event.detail.statusCode ?? ''}`.trim();
});
