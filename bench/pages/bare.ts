// The floor: a bare controlled <input> (phone keys, and the reference for filter keys), and a plain
// <button> toggling an unstyled list of 245 country names (the reference for "list open").
import { createElement as h, useEffect, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { installBench } from './harness.js';

const CODES =
  'AC AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'.split(
    ' ',
  );
const names = new Intl.DisplayNames(['en-US'], { type: 'region', fallback: 'code' });
const COUNTRIES = CODES.map((code) => ({ code, name: names.of(code) ?? code }));

function App() {
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return h(
    'div',
    null,
    h('input', {
      type: 'tel',
      'aria-label': 'Phone number',
      value,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value),
    }),
    h('button', { type: 'button', onClick: () => setOpen((was) => !was) }, 'Country'),
    open
      ? h(
          'div',
          { role: 'listbox', 'aria-label': 'Country' },
          COUNTRIES.map((c) => h('div', { key: c.code, role: 'option', 'aria-selected': false }, c.name)),
        )
      : null,
  );
}

installBench({ phone: 'input[type="tel"]', trigger: 'button', listbox: '[role="listbox"]', search: null });
createRoot(document.getElementById('root') as HTMLElement).render(h(App));
