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
}

/** A form's end state (done, or nothing to do): one status line in place of the form. */
export function FormOutcome({ root, state, line, children }: FormOutcomeProps) {
  return (
    <div {...root} data-state={state}>
      <p {...line} role="status">
        {children}
      </p>
    </div>
  );
}
