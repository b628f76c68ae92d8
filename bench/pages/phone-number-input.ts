// react-phone-number-input's default export: the phone field with its country <select>, and its CSS.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import PhoneInput, { type Country, type Value } from 'react-phone-number-input';
import 'react-phone-number-input/style.css';
import { installBench, pageCountry } from './harness.js';

const country = pageCountry() as Country;

function App() {
  const [value, setValue] = useState<Value | undefined>();
  return h(PhoneInput, { value, onChange: setValue, defaultCountry: country, 'aria-label': 'Phone number' });
}

// Its country list is a native <select>: the popup is browser UI, with no search box to type in.
installBench({ phone: 'input.PhoneInputInput', trigger: null, listbox: null, search: null });
createRoot(document.getElementById('root') as HTMLElement).render(h(App));
