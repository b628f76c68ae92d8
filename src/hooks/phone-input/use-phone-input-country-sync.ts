'use client';
import { useEffect, useRef, type RefObject } from 'react';
import type { CountryCode } from '../../phone/types.js';

/**
 * Calls `onPicked` when the country in force changes from outside (the user picked one in
 * `<CountrySelect>`), but not when the change is the field's own (a pasted `+44 …` switched it),
 * which `ownSwitchRef` names.
 */
export function usePhoneInputCountrySync(
  country: CountryCode,
  ownSwitchRef: RefObject<CountryCode | null>,
  onPicked: (country: CountryCode, previous: CountryCode) => void,
): void {
  const previousRef = useRef(country);
  useEffect(() => {
    const previous = previousRef.current;
    if (previous === country) return;
    previousRef.current = country;
    if (ownSwitchRef.current === country) {
      ownSwitchRef.current = null;
      return;
    }
    onPicked(country, previous);
  }, [country, ownSwitchRef, onPicked]);
}
