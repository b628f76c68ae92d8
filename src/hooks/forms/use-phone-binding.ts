'use client';
import { useCallback, useId, useRef, useState } from 'react';
import { describeError } from '../../api/error-map.js';
import { toGenAuthError } from '../../api/genauth-error.js';
import { formatMessage } from '../../i18n/format-message.js';
import { errorText } from '../../i18n/form-failure.js';
import { formatInternational } from '../../phone/format-international.js';
import { profilePhoneText } from '../../phone/profile-phone-text.js';
import { showPhoneInProfile, useCurrentPhone, useProfile } from '../account/use-profile.js';
import type { PhoneFormOptions } from '../shared/phone-form-options.js';
import { useFocusRequest } from '../shared/use-focus-request.js';
import { useKitQueryClient } from '../shared/use-kit-query-client.js';
import { useMessages } from '../shared/use-messages.js';
import { useBindingApi } from './bind-phone-context.js';
import type { PhoneResult } from './use-form-submission.js';

/**
 * Everything `PhoneBinding` does, without markup: its backend, locale and QueryClient (for the
 * nested forms too), the profile, the view (loading, the error, the bind form, the bound number,
 * the change form), the moves between them after each success without a reload (the profile query
 * is updated at once, then refetched), what the last success did, and focus on the new view (or
 * back on "Change" after a cancel).
 */
export function usePhoneBinding(
  // What to call once a number is bound, changed or removed, besides the forms' options.
  options: PhoneFormOptions & {
    [K in 'onBound' | 'onChanged' | 'onRemoved']?: (result: PhoneResult) => void;
  },
) {
  const api = useBindingApi(options);
  const localeValue = useMessages(options.locale, options.messages);
  const { locale, messages } = localeValue;
  const queryClient = useKitQueryClient();
  const profile = useProfile(api, queryClient, locale);
  const [changing, setChanging] = useState(false);
  // What the last success did, kept as data so its text follows the locale.
  const [notice, setNotice] = useState<{ kind: 'bound' | 'changed' | 'removed'; e164: string } | null>(null);
  const viewRef = useRef<HTMLDivElement | null>(null);
  const changeRef = useRef<HTMLButtonElement | null>(null);
  const requestFocus = useFocusRequest<'view' | 'change'>(
    useCallback((target) => {
      if (target === 'change') return changeRef.current?.focus();
      // The new view's first action ("Change"), else its heading: never a ring around the whole card.
      const first = changeRef.current ?? viewRef.current?.querySelector<HTMLElement>('h2');
      if (first && first.tagName === 'H2' && !first.hasAttribute('tabindex')) first.tabIndex = -1;
      (first ?? viewRef.current)?.focus();
    }, []),
  );
  const titleId = `${useId()}-title`;

  const callbacks = { bound: options.onBound, changed: options.onChanged, removed: options.onRemoved };
  // After a success: the new state at once, the notice said, focus on the view that now shows. Not
  // stable, and need not be: the forms read their `onSuccess` when the answer comes.
  const succeed = (kind: keyof typeof callbacks) => (result: PhoneResult) => {
    setChanging(false);
    showPhoneInProfile(queryClient, api, kind === 'removed' ? null : result, { evenUnread: true });
    setNotice({ kind, e164: result.e164 });
    requestFocus('view');
    callbacks[kind]?.(result);
  };

  const data = profile.data;
  const current = useCurrentPhone(data);
  const view = !data
    ? profile.isError
      ? 'error'
      : 'loading'
    : !current
      ? 'unbound'
      : changing
        ? 'changing'
        : 'bound';
  const error = view === 'error' ? toGenAuthError(profile.error) : undefined;

  return {
    api,
    queryClient,
    localeValue,
    ...localeValue,
    view,
    /** The number bound now, once the profile is read. */
    current,
    /** The number formatted for reading, e.g. `+86 138 0013 8000`. */
    currentText: current ? profilePhoneText(current) : undefined,
    /** The profile says the number was verified by a code. */
    verified: Boolean(current && data?.phoneVerified),
    /** What the last success did, announced in a status line. */
    noticeText: !notice
      ? ''
      : notice.kind === 'removed'
        ? messages.change.removeSuccess
        : formatMessage(notice.kind === 'bound' ? messages.form.success : messages.change.success, {
            phone: formatInternational(notice.e164),
          }),
    /** Why the profile could not be read, and the request id to quote (the `error` view's alert). */
    errorAlert: error
      ? { message: errorText(messages, describeError(error), error), requestId: error.requestId }
      : undefined,
    titleId,
    /** The view's container, focused after each success. */
    viewRef,
    /** The "Change" button, focused again after a cancelled change. */
    changeRef,
    /** The `onSuccess` of the nested form that ends with `kind`. */
    succeed,
    startChange: () => {
      setNotice(null);
      setChanging(true);
      requestFocus('view');
    },
    cancelChange: () => {
      setChanging(false);
      requestFocus('change');
    },
    /** Reads the profile again (the `error` view's "Try again"). */
    retry: () => void profile.refetch(),
  };
}
