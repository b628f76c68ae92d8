'use client';
import { useCallback, type FormEvent } from 'react';

/** A form's `onSubmit`: keeps the page where it is, then runs `submit` (keep it stable). */
export function useSubmitHandler(submit: () => void): (event?: FormEvent) => void {
  return useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      submit();
    },
    [submit],
  );
}
