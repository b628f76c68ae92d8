'use client';
import { useId, type HTMLAttributes, type LabelHTMLAttributes, type ReactNode } from 'react';
import { partContext } from './part-context.js';

const [FieldContext, useFieldContext] = partContext<{
  id: string;
  invalid: boolean;
  hasDescription: boolean;
}>('Field');

export interface FieldRootProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * Marks the field invalid: the control gets `aria-invalid` and the error is tied to it.
   * @default false
   */
  invalid?: boolean;
  /**
   * Whether a `Field.Description` is rendered, so the control points at it.
   * @default false
   */
  hasDescription?: boolean;
  children?: ReactNode;
}

/** Groups a label, a control, a description and an error, and wires their ids together. */
function Root({ invalid = false, hasDescription = false, ...rest }: FieldRootProps) {
  const id = useId();
  return (
    <FieldContext.Provider value={{ id, invalid, hasDescription }}>
      <div data-slot="field" data-invalid={invalid ? '' : undefined} {...rest} />
    </FieldContext.Provider>
  );
}

/** The visible label of the field's control. */
function Label(props: LabelHTMLAttributes<HTMLLabelElement>) {
  const { id } = useFieldContext('Label');
  return <label data-slot="label" id={`${id}-label`} htmlFor={`${id}-control`} {...props} />;
}

/** A hint shown under the control and read with it. */
function Description(props: HTMLAttributes<HTMLParagraphElement>) {
  const { id } = useFieldContext('Description');
  return <p data-slot="description" id={`${id}-description`} {...props} />;
}

/**
 * The error text. Always rendered (empty when valid) so screen readers announce a new message
 * through the live region instead of missing an element that appears.
 */
function ErrorText({ children, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  const { id, invalid } = useFieldContext('Error');
  return (
    <p data-slot="error" id={`${id}-error`} aria-live="polite" {...rest}>
      {invalid ? children : null}
    </p>
  );
}

/** The props a control needs to be named, described and marked invalid by its field. */
export function useFieldControl() {
  const { id, invalid, hasDescription } = useFieldContext('control');
  const describedBy = [hasDescription && `${id}-description`, invalid && `${id}-error`].filter(Boolean);
  return {
    id: `${id}-control`,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy.join(' ') || undefined,
  };
}

/** Headless field parts: `Field.Root`, `Field.Label`, `Field.Description`, `Field.Error`. */
export const Field = { Root, Label, Description, Error: ErrorText };
