/** Steps the flow makes itself: before the first response, and where a sign-in ends. */
import type { StepDefinition } from './definition.js';

export const loading: StepDefinition<'loading'> = {};
export const success: StepDefinition<'success'> = { status: 'Success' };
export const terminal: StepDefinition<'terminal'> = {};
export const unsupported: StepDefinition<'unsupported'> = {};
export const handledByPage: StepDefinition<'handled-by-page'> = {};
