/** Okta's captured responses read as the widget reads them: the step, and what submitting it would send. */
import { expect } from '@open-wc/testing';
import type { RawIdx } from '../../src/flow/idx/raw.js';
import { viewOf } from '../../src/flow/idx/view.js';
import type { Step, StepName, StepOf } from '../../src/flow/model.js';
import { readStep, STEPS } from '../../src/flow/registry.js';
import type { Move } from '../../src/flow/steps/definition.js';
import { loadFixture } from './fixtures.js';

export async function read(name: string, status = 'PENDING'): Promise<{ step: Step; raw: RawIdx }> {
  const raw = await loadFixture<RawIdx>(name);
  return { step: readStep(raw, status), raw };
}

/** The step, asserted to be `name`. */
export function as<N extends StepName>(step: Step, name: N): StepOf<N> {
  expect(step.name).to.equal(name);
  return step as StepOf<N>;
}

/** What submitting `values` on the step read from `raw` would send. */
export function submit<N extends keyof typeof STEPS>(name: N, values: unknown, step: Step, raw: RawIdx): Move {
  const definition = STEPS[name] as { submit?: (v: unknown, ctx: unknown) => Move };
  return definition.submit!(values, { step, idx: viewOf(raw, raw.remediation!.value![0]!) });
}
