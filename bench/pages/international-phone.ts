// react-international-phone: the phone field with its own country dropdown (no search box), and its CSS.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneInput } from 'react-international-phone';
import 'react-international-phone/style.css';
import { installBench, pageCountry } from './harness.js';

const country = pageCountry().toLowerCase();

function App() {
  const [value, setValue] = useState('');
  return h(PhoneInput, {
    value,
    onChange: (phone: string) => setValue(phone),
    defaultCountry: country,
    inputProps: { 'aria-label': 'Phone number' },
  });
}

// Its dropdown stays in the DOM while closed (display: none): the list is open once it is shown.
installBench({
  phone: 'input.react-international-phone-input',
  trigger: 'button.react-international-phone-country-selector-button',
  listbox: 'ul[role="listbox"][style*="block"]',
  search: null,
});
createRoot(document.getElementById('root') as HTMLElement).render(h(App));
