/**
 * wtr only logs an unhandled rejection or an uncaught error; a suite that calls `failOnUnhandledRejections()`
 * fails the test in which one happened instead.
 */
import { expect } from '@open-wc/testing';

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  try {
    return JSON.stringify(reason) ?? String(reason);
  } catch {
    return String(reason);
  }
}

/** Registers mocha hooks on the current suite: record each one during a test, and assert none in `afterEach`. */
export function failOnUnhandledRejections(): void {
  let seen: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => {
    seen.push(`unhandledrejection: ${describeReason(e.reason)}`);
  };
  const onError = (e: ErrorEvent) => {
    seen.push(`error: ${e.message}`);
  };
  before(() => {
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
  });
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  });
  beforeEach(() => {
    seen = [];
  });
  afterEach(async () => {
    // A rejection is reported after the microtasks of the task it happened in: give it a task to arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen, 'unhandled rejections and uncaught errors in this test').to.deep.equal([]);
  });
}
