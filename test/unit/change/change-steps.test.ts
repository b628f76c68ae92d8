import { describe, expect, it } from 'vitest';
import {
  changeSteps,
  initialChangeSteps,
  visibleStep,
  type ChangeSteps,
  type ChangeStepsAction,
} from '../../../src/hooks/forms/change-steps.js';

const run = (...actions: ChangeStepsAction[]): ChangeSteps => actions.reduce(changeSteps, initialChangeSteps);
const onNew: ChangeSteps = { step: 'new', serverWantsOld: false };

describe('changeSteps', () => {
  it('starts on the current number, which shows only when it is part of the change', () => {
    expect(initialChangeSteps).toEqual({ step: 'old', serverWantsOld: false });
    expect(visibleStep(initialChangeSteps, true)).toBe('old');
    expect(visibleStep(initialChangeSteps, false)).toBe('new');
  });

  it('goes on to the new number once the current number is confirmed, and back', () => {
    expect(run({ type: 'confirm-old' })).toEqual(onNew);
    expect(visibleStep(onNew, true)).toBe('new');
    expect(run({ type: 'confirm-old' }, { type: 'back' })).toEqual(initialChangeSteps);
  });

  it('brings the current number back only for a failure at its code', () => {
    for (const field of ['phone', 'code', 'form'] as const) {
      expect(changeSteps(onNew, { type: 'failed', field })).toBe(onNew);
    }
    expect(changeSteps(onNew, { type: 'failed', field: 'oldCode' })).toEqual(initialChangeSteps);
  });

  it('asks for the current number when the service wants it, and keeps asking', () => {
    const wanted = changeSteps(onNew, { type: 'server-wants-old' });
    expect(wanted).toEqual({ step: 'old', serverWantsOld: true });
    expect(changeSteps(wanted, { type: 'confirm-old' })).toEqual({ step: 'new', serverWantsOld: true });
  });

  it('after an expired token, goes back to the current number only when its code was spent too', () => {
    expect(changeSteps(onNew, { type: 'expired', verifiedOld: false })).toBe(onNew);
    expect(changeSteps(onNew, { type: 'expired', verifiedOld: true })).toEqual(initialChangeSteps);
  });

  it('ends once changed, and nothing moves it after', () => {
    const done = run({ type: 'confirm-old' }, { type: 'changed' });
    expect(done.step).toBe('done');
    expect(visibleStep(done, true)).toBe('done');
    const later: ChangeStepsAction[] = [
      { type: 'back' },
      { type: 'confirm-old' },
      { type: 'failed', field: 'oldCode' },
      { type: 'server-wants-old' },
      { type: 'expired', verifiedOld: true },
      { type: 'changed' },
    ];
    for (const action of later) expect(changeSteps(done, action)).toBe(done);
  });
});
