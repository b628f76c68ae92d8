'use client';
import type { ReactNode } from 'react';
import type { RootProps } from '../root-props.js';

export interface FormOutcomeProps {
  /** The form's root props (its class, theme, ref and your DOM props). */
  root: RootProps & { ref?: (element: HTMLElement | null) => void };
  /** `data-state` of the root; `success` (after the user's own submit) moves focus to the heading. */
  state: 'success' | 'already-bound';
  /** Slot props of the callout (`success` or `notice`). */
  callout: { 'data-slot': string; className: string | undefined };
  /** The callout's heading. */
  title: ReactNode;
  /** What happened, in a sentence. */
  children: ReactNode;
  /** The next step the user can take from here. */
  action?: ReactNode;
}

function focusIfLost(element: HTMLElement | null) {
  if (!element) return;
  const active = element.ownerDocument.activeElement;
  if (!active || active === element.ownerDocument.body) element.focus();
}

/** The end of a flow: a callout of the alert's family, with an icon, a heading and the next step. */
export function FormOutcome({ root, state, callout, title, children, action }: FormOutcomeProps) {
  const success = state === 'success';
  const tone = success ? 'success' : 'info';
  return (
    <div {...root} data-state={state}>
      <div {...callout} role="status" data-tone={tone}>
        {/* A check (done) or an "i" (for your information), in the text color so forced colors keep it. */}
        <svg
          className="bp-callout-icon"
          data-slot="callout-icon"
          viewBox="0 0 20 20"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d={success ? 'M6.25 10.25l2.5 2.5 5-5.25' : 'M10 9v5M10 6.25v.5'}
            fill="none"
            stroke="currentColor"
            strokeWidth="1.75"
            strokeLinecap="round"
            strokeLinejoin={success ? 'round' : undefined}
          />
        </svg>
        <div className="bp-callout-body" data-slot="callout-body">
          <h2
            className="bp-callout-title"
            data-slot="callout-title"
            tabIndex={success ? -1 : undefined}
            ref={success ? focusIfLost : undefined}
          >
            {title}
          </h2>
          <p className="bp-callout-text" data-slot="callout-text">
            {children}
          </p>
          {action}
        </div>
      </div>
    </div>
  );
}
