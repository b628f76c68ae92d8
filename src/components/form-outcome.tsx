'use client';
import type { ReactNode } from 'react';
import type { rootProps } from './root-props.js';

export interface FormOutcomeProps {
  /**
   * The form's root props (`rootProps(props)`).
   * @default (required)
   */
  root: ReturnType<typeof rootProps>;
  /**
   * `data-state` of the root, e.g. `success`.
   * @default (required)
   */
  state: string;
  /**
   * `data-slot` and class of the line (`slotProps(props, 'success')`).
   * @default (required)
   */
  line: { 'data-slot': string; className: string | undefined };
  /**
   * What the line says.
   * @default (required)
   */
  children: ReactNode;
  /**
   * Take the focus when it was lost with the form (the submit button it was on is gone), so a
   * keyboard user keeps their place. Only for outcomes that follow a submit.
   * @default false
   */
  takeFocus?: boolean;
}

/** Focuses the line when the focus fell back to the page because the form was replaced. */
function focusIfLost(element: HTMLElement | null) {
  if (!element) return;
  const active = element.ownerDocument.activeElement;
  if (!active || active === element.ownerDocument.body) element.focus();
}

/** A form's end state (done, or nothing to do): one status line in place of the form. */
export function FormOutcome({ root, state, line, children, takeFocus = false }: FormOutcomeProps) {
  return (
    <div {...root} data-state={state}>
      <p
        {...line}
        role="status"
        tabIndex={takeFocus ? -1 : undefined}
        ref={takeFocus ? focusIfLost : undefined}
      >
        {children}
      </p>
    </div>
  );
}
