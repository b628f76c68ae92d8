'use client';
import { useCallback, useId, useRef, useState } from 'react';
import { describeError } from '../../api/error-map.js';
import type { GenAuthPhone, PhoneBindingApi } from '../../api/types.js';
import { formatMessage } from '../../i18n/format-message.js';
import { formatInternational } from '../../phone/format-international.js';
import { toGenAuthError } from '../../api/genauth-error.js';
import { errorText } from '../../i18n/form-failure.js';
import { profilePhoneText } from '../../phone/profile-phone-text.js';
import type { BindPhoneResult } from './use-bind-phone-form.js';
import type { ChangePhoneResult } from './use-change-phone-form.js';
import { useFocusRequest } from '../shared/use-focus-request.js';
import { useKitQueryClient } from '../shared/use-kit-query-client.js';
import { useMessages } from '../shared/use-messages.js';
import { showPhoneInProfile, useCurrentPhone, useProfile } from '../account/use-profile.js';
import type { UnbindPhoneResult } from './use-unbind-phone-form.js';

export interface UsePhoneBindingOptions {
  /** The backend whose profile is read (and shared with the nested forms). */
  client: PhoneBindingApi;
  /** Called once a number is bound. */
  onBound?: (result: BindPhoneResult) => void;
  /** Called once the number is changed. */
  onChanged?: (result: ChangePhoneResult) => void;
  /** Called once the number is removed. */
  onRemoved?: (result: UnbindPhoneResult) => void;
}

/** Which view `PhoneBinding` shows. */
export type PhoneBindingView = 'loading' | 'error' | 'unbound' | 'bound' | 'changing';

/** What the last success said, kept as data so its text follows the locale. */
type Notice = { kind: 'bound' | 'changed'; e164: string } | { kind: 'removed' };

type FocusTarget = 'view' | 'change';

/**
 * Everything `PhoneBinding` does, without markup: reads the profile, picks the view (loading, the
 * error, the bind form, the bound number, the change form), moves between them after each success
 * without a reload (the profile query is updated at once, then refetched), says what the last
 * success did, and moves focus to the new view (or back to "Change" after a cancel). Runs inside
 * the locale and QueryClient that `PhoneBinding` provides.
 */
export function usePhoneBinding(options: UsePhoneBindingOptions) {
  const { client: api, onBound, onChanged, onRemoved } = options;
  const { locale, messages } = useMessages();
  const queryClient = useKitQueryClient();
  const profile = useProfile(api, queryClient, locale);
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const viewRef = useRef<HTMLDivElement | null>(null);
  const changeRef = useRef<HTMLButtonElement | null>(null);
  const focus = useCallback((target: FocusTarget) => {
    if (target === 'change') return changeRef.current?.focus();
    // The new view's first action ("Change"), else its heading: never a ring around the whole card.
    const view = viewRef.current;
    const first = changeRef.current ?? view?.querySelector<HTMLElement>('h2');
    if (first && first.tagName === 'H2' && !first.hasAttribute('tabindex')) first.tabIndex = -1;
    (first ?? view)?.focus();
  }, []);
  const requestFocus = useFocusRequest<FocusTarget>(focus);
  const titleId = `${useId()}-title`;

  /** After a success: the new state at once, the notice said, focus on the view that now shows. */
  const succeed = (phone: GenAuthPhone | null, next: Notice) => {
    showPhoneInProfile(queryClient, api, phone, { evenUnread: true });
    setNotice(next);
    requestFocus('view');
  };
  // Plain functions: the forms read their `onSuccess` when the answer comes, not at render.
  const onBindSuccess = (result: BindPhoneResult) => {
    succeed(result, { kind: 'bound', e164: result.e164 });
    onBound?.(result);
  };
  const onChangeSuccess = (result: ChangePhoneResult) => {
    setChanging(false);
    succeed(result, { kind: 'changed', e164: result.e164 });
    onChanged?.(result);
  };
  const onRemoveSuccess = (result: UnbindPhoneResult) => {
    succeed(null, { kind: 'removed' });
    onRemoved?.(result);
  };
  const startChange = () => {
    setNotice(null);
    setChanging(true);
    requestFocus('view');
  };
  const cancelChange = () => {
    setChanging(false);
    requestFocus('change');
  };

  const data = profile.data;
  const current = useCurrentPhone(data);
  const view: PhoneBindingView = !data
    ? profile.isError
      ? 'error'
      : 'loading'
    : current
      ? changing
        ? 'changing'
        : 'bound'
      : 'unbound';

  const noticeText = !notice
    ? ''
    : notice.kind === 'removed'
      ? messages.change.removeSuccess
      : formatMessage(notice.kind === 'bound' ? messages.form.success : messages.change.success, {
          phone: formatInternational(notice.e164),
        });
  const error = view === 'error' ? toGenAuthError(profile.error) : undefined;

  return {
    locale,
    messages,
    view,
    /** The number bound now, once the profile is read. */
    current,
    /** The number formatted for reading, e.g. `+86 138 0013 8000`. */
    currentText: current ? profilePhoneText(current) : undefined,
    /** The profile says the number was verified by a code. */
    verified: Boolean(current && data?.phoneVerified),
    /** What the last success did, announced in a status line. */
    noticeText,
    /** Why the profile could not be read, and the request id to quote (the `error` view's alert). */
    errorAlert: error
      ? { message: errorText(messages, describeError(error), error), requestId: error.requestId }
      : undefined,
    titleId,
    /** The view's container, focused after each success. */
    viewRef,
    /** The "Change" button, focused again after a cancelled change. */
    changeRef,
    onBindSuccess,
    onChangeSuccess,
    onRemoveSuccess,
    startChange,
    cancelChange,
    /** Reads the profile again (the `error` view's "Try again"). */
    retry: () => void profile.refetch(),
  };
}

export type PhoneBindingState = ReturnType<typeof usePhoneBinding>;
