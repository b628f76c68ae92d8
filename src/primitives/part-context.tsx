'use client';
import { createContext, forwardRef, useContext, type ComponentPropsWithRef, type Context } from 'react';
import { mergeProps, useMergedRef } from '../hooks/shared/compose.js';

/** A compound component's context, and the reader its parts call (which throws outside the root). */
export function partContext<T>(component: string): [Context<T | null>, (part: string) => T] {
  const context = createContext<T | null>(null);
  const usePart = (part: string): T => {
    const value = useContext(context);
    if (!value)
      throw new Error(`react-bind-phone: <${component}.${part}> must be inside <${component}.Root>.`);
    return value;
  };
  return [context, usePart];
}

type InputProps = ComponentPropsWithRef<'input'>;

/** The props of a field's input part: any input attribute but those the field sets itself, and `Extra`. */
export type FieldInputProps<Extra extends string = never> = Omit<
  InputProps,
  'ref' | 'value' | 'defaultValue' | 'onChange' | 'type' | Extra
>;

/**
 * The real `<input>` part of a field whose hook returns `inputProps`: `defaults`, then your props,
 * then the field's, with your handlers run first (calling `preventDefault()` in one skips the
 * field's own) and your ref set beside the field's.
 */
export function fieldInput<Props extends object>(
  displayName: string,
  useField: (part: string) => { inputProps: InputProps },
  defaults: InputProps,
) {
  const Input = forwardRef<HTMLInputElement, Props>(function Input(props, ref) {
    const { inputProps } = useField('Input');
    const merged = useMergedRef(inputProps.ref, ref);
    return <input data-slot="input" {...defaults} {...mergeProps(props, inputProps)} ref={merged} />;
  });
  Input.displayName = displayName;
  return Input;
}
