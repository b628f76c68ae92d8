import { describe, expect, it } from 'vitest';
import {
  changeSteps,
  initialChangeSteps,
  type ChangeSteps,
  type ChangeStepsAction,
} from '../../../src/hooks/forms/change-steps.js';

const run = (...actions: ChangeStepsAction[]): ChangeSteps => actions.reduce(changeSteps, initialChangeSteps);
const onNew: ChangeSteps = { step: 'new', serverWantsOld: false };

describe('changeSteps', () => {
  it('starts on the current number', () => {
    expect(initialChangeSteps).toEqual({ step: 'old', serverWantsOld: false });
  });

  it('goes on to the new number once the current number is confirmed, and back', () => {
    expect(run('confirm-old')).toEqual(onNew);
    expect(run('confirm-old', 'back')).toEqual(initialChangeSteps);
  });

  it('brings the current number back when its code is refused or spent', () => {
    expect(changeSteps(onNew, 'old-refused')).toEqual(initialChangeSteps);
    expect(run('old-refused')).toEqual(initialChangeSteps);
  });

  it('asks for the current number when the service wants it, and keeps asking', () => {
    const wanted = changeSteps(onNew, 'server-wants-old');
    expect(wanted).toEqual({ step: 'old', serverWantsOld: true });
    expect(changeSteps(wanted, 'confirm-old')).toEqual({ step: 'new', serverWantsOld: true });
    expect(run('server-wants-old', 'confirm-old', 'back').serverWantsOld).toBe(true);
  });

  it('ends once changed, from either step, and nothing moves it after', () => {
    expect(run('changed').step).toBe('done');
    const done = run('confirm-old', 'changed');
    expect(done).toEqual({ step: 'done', serverWantsOld: false });
    const later: ChangeStepsAction[] = ['back', 'confirm-old', 'old-refused', 'server-wants-old', 'changed'];
    for (const action of later) expect(changeSteps(done, action)).toBe(done);
  });
});
