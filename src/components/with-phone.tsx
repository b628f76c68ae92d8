'use client';
import { Fragment, type ReactNode } from 'react';
import { formatMessage } from '../i18n/format-message.js';

/**
 * Fills `{phone}` of a catalog sentence with a node (a number isolated left-to-right, so `+86`
 * stays in front on an RTL page) and the other placeholders with text, keeping the rest of the
 * sentence in the catalog's order.
 */
export function withPhone(template: string, phone: ReactNode): ReactNode[] {
  return template
    .split('{phone}')
    .flatMap((part, index) =>
      index === 0 ? [formatMessage(part)] : [<Fragment key={index}>{phone}</Fragment>, formatMessage(part)],
    );
}
