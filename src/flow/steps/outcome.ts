/** Steps the flow makes itself: before the first response, and where a sign-in ends. All use the message element. */
import type { StepDefinition } from './definition.js';

const message = (kind: string) => ({ tag: 'ovs-message-step', properties: { kind } });

export const loading: StepDefinition<'loading'> = { element: { tag: '' } };
export const success: StepDefinition<'success'> = { status: 'Success', element: message('success') };
export const terminal: StepDefinition<'terminal'> = { element: message('terminal') };
export const unsupported: StepDefinition<'unsupported'> = { element: message('unsupported') };
export const handledByPage: StepDefinition<'handled-by-page'> = { element: message('handled-by-page') };
