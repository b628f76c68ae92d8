import type { ErrorField } from '../../api/error-map.js';

/** Where a phone change stands: proving the current number, entering the new one, or changed. */
export interface ChangeSteps {
  step: 'old' | 'new' | 'done';
  /** The service asked for the current number's code (apiCode 2228 or 2038), whatever the props say. */
  serverWantsOld: boolean;
}

export type ChangeStepsAction =
  | { type: 'confirm-old' }
  | { type: 'back' }
  | { type: 'failed'; field: ErrorField }
  | { type: 'server-wants-old' }
  | { type: 'expired'; verifiedOld: boolean }
  | { type: 'changed' };

export const initialChangeSteps: ChangeSteps = { step: 'old', serverWantsOld: false };

/** The change flow's steps as data; nothing moves once the number is changed. */
export function changeSteps(state: ChangeSteps, action: ChangeStepsAction): ChangeSteps {
  if (state.step === 'done') return state;
  switch (action.type) {
    case 'confirm-old':
      return { ...state, step: 'new' };
    case 'back':
      return { ...state, step: 'old' };
    case 'failed':
      // The current number's code was refused: its step comes back to take a new one.
      return action.field === 'oldCode' ? { ...state, step: 'old' } : state;
    case 'server-wants-old':
      return { serverWantsOld: true, step: 'old' };
    case 'expired':
      // The token ran out: both codes it was issued for are spent, the current number's too if it was asked.
      return action.verifiedOld ? { ...state, step: 'old' } : state;
    case 'changed':
      return { ...state, step: 'done' };
  }
}

/** The step on screen: the current number's step only shows when it is part of the change. */
export function visibleStep(state: ChangeSteps, hasOldStep: boolean): ChangeSteps['step'] {
  return state.step === 'old' && !hasOldStep ? 'new' : state.step;
}
