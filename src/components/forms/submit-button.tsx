'use client';
import { memo, useSyncExternalStore, type ReactNode } from 'react';
import { slotProps } from '../slot-props.js';

export interface SubmitButtonProps {
  /** A request runs: the button says so and refuses presses. */
  pending: boolean;
  /** `danger` for a step that cannot be undone (removing the number). */
  tone?: 'danger';
  /** The label. */
  children: ReactNode;
  /** Classes of the parts (the form's `classNames`). */
  classNames?: Partial<Record<'submit', string>>;
}

const noSubscription = () => () => undefined;

/**
 * A form's submit button. `aria-disabled`, not `disabled`, while pending: a disabled button would
 * drop focus to the page while the request runs. Memoized: only `pending` and its text change it.
 *
 * Really `disabled` in the server's HTML, until the form hydrates: Enter in a field of a form whose
 * default button is disabled submits nothing, so a user quicker than the page's script does not
 * send the browser's own GET with the number and the code in the address (and its history).
 */
export const SubmitButton = memo(function SubmitButton(props: SubmitButtonProps) {
  const { pending } = props;
  // False on the server and while hydrating (so nothing mismatches), true from then on.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <button
      type="submit"
      {...slotProps(props, 'submit')}
      disabled={!hydrated || undefined}
      aria-disabled={pending || undefined}
      data-state={pending ? 'pending' : 'idle'}
      data-tone={props.tone}
    >
      {props.children}
    </button>
  );
});
