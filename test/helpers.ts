import { ResumeError } from '../src/errors.js';

/** Runs fn and returns the ResumeError it throws; fails when it throws nothing or something else. */
export const errorOf = (fn: () => unknown): ResumeError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ResumeError) return e;
    throw e;
  }
  throw new Error('expected a ResumeError');
};
