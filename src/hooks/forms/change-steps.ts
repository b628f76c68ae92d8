/** Where a phone change stands: proving the current number, entering the new one, or changed. */
export interface ChangeSteps {
  step: 'old' | 'new' | 'done';
  /** The service asked for the current number's code (apiCode 2228 or 2038), whatever the props say. */
  serverWantsOld: boolean;
}

/**
 * What moves the steps: the current number's code confirmed (`confirm-old`), the user going `back`,
 * that code refused or spent (`old-refused`), the service asking for it, the number changed.
 */
export type ChangeStepsAction = 'confirm-old' | 'back' | 'old-refused' | 'server-wants-old' | 'changed';

export const initialChangeSteps: ChangeSteps = { step: 'old', serverWantsOld: false };

const NEXT_STEP = { 'confirm-old': 'new', back: 'old', 'old-refused': 'old', changed: 'done' } as const;

/** The change flow's steps as data; nothing moves once the number is changed. */
export function changeSteps(state: ChangeSteps, action: ChangeStepsAction): ChangeSteps {
  if (state.step === 'done') return state;
  if (action === 'server-wants-old') return { step: 'old', serverWantsOld: true };
  return { ...state, step: NEXT_STEP[action] };
}
