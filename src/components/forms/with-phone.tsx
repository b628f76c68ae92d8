'use client';
import { Fragment, type ReactNode } from 'react';
import { formatMessage } from '../../i18n/format-message.js';

/**
 * Fills `{phone}` of a catalog sentence with the number (text is isolated left-to-right, so `+86`
 * stays in front on an RTL page) and the other placeholders with text, in the catalog's order.
 */
export function withPhone(template: string, phone: ReactNode): ReactNode[] {
  const node = typeof phone === 'string' ? <bdi dir="ltr">{phone}</bdi> : phone;
  return template
    .split('{phone}')
    .flatMap((part, index) =>
      index === 0 ? [formatMessage(part)] : [<Fragment key={index}>{node}</Fragment>, formatMessage(part)],
    );
}
