'use client';
import {
  createContext,
  useContext,
  useId,
  type HTMLAttributes,
  type LabelHTMLAttributes,
  type ReactNode,
} from 'react';

interface FieldContextValue {
  controlId: string;
  labelId: string;
  descriptionId: string;
  errorId: string;
  invalid: boolean;
  hasDescription: boolean;
}

const FieldContext = createContext<FieldContextValue | null>(null);

function useFieldContext(part: string): FieldContextValue {
  const context = useContext(FieldContext);
  if (!context) throw new Error(`react-bind-phone: <Field.${part}> must be inside <Field.Root>.`);
  return context;
}

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
function Root({ invalid = false, hasDescription = false, children, ...rest }: FieldRootProps) {
  const base = useId();
  const value: FieldContextValue = {
    controlId: `${base}-control`,
    labelId: `${base}-label`,
    descriptionId: `${base}-description`,
    errorId: `${base}-error`,
    invalid,
    hasDescription,
  };
  return (
    <FieldContext.Provider value={value}>
      <div data-slot="field" data-invalid={invalid ? '' : undefined} {...rest}>
        {children}
      </div>
    </FieldContext.Provider>
  );
}

/** The visible label of the field's control. */
function Label(props: LabelHTMLAttributes<HTMLLabelElement>) {
  const field = useFieldContext('Label');
  return <label data-slot="label" id={field.labelId} htmlFor={field.controlId} {...props} />;
}

/** A hint shown under the control and read with it. */
function Description(props: HTMLAttributes<HTMLParagraphElement>) {
  const field = useFieldContext('Description');
  return <p data-slot="description" id={field.descriptionId} {...props} />;
}

/**
 * The error text. Always rendered (empty when valid) so screen readers announce a new message
 * through the live region instead of missing an element that appears.
 */
function ErrorText({ children, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  const field = useFieldContext('Error');
  return (
    <p data-slot="error" id={field.errorId} aria-live="polite" {...rest}>
      {field.invalid ? children : null}
    </p>
  );
}

/** The props a control needs to be named, described and marked invalid by its field. */
export function useFieldControl(): {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
} {
  const field = useFieldContext('control');
  const describedBy = [field.hasDescription && field.descriptionId, field.invalid && field.errorId].filter(
    Boolean,
  );
  return {
    id: field.controlId,
    'aria-invalid': field.invalid || undefined,
    'aria-describedby': describedBy.length ? describedBy.join(' ') : undefined,
  };
}

/** Headless field parts: `Field.Root`, `Field.Label`, `Field.Description`, `Field.Error`. */
export const Field = { Root, Label, Description, Error: ErrorText };
