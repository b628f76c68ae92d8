'use client';
import { memo, type ReactNode } from 'react';
import { slotProps } from './slot-props.js';

export interface SubmitButtonProps {
  /**
   * A request runs: the button says so and refuses presses.
   * @default (required)
   */
  pending: boolean;
  /**
   * The label.
   * @default (required)
   */
  children: ReactNode;
  /**
   * Classes of the parts (the form's `classNames`).
   * @default undefined
   */
  classNames?: Partial<Record<'submit', string>>;
}

/**
 * A form's submit button. `aria-disabled`, not `disabled`, while pending: a disabled button would
 * drop focus to the page while the request runs. Memoized: only `pending` and its text change it.
 */
export const SubmitButton = memo(function SubmitButton(props: SubmitButtonProps) {
  const { pending } = props;
  return (
    <button
      type="submit"
      {...slotProps(props, 'submit')}
      aria-disabled={pending || undefined}
      data-state={pending ? 'pending' : 'idle'}
    >
      {props.children}
    </button>
  );
});
