/** The headless flow's public part: the flow, its client, its errors and its step model. */
export { SigninFlow, type FlowState, type FlowListener, type SigninFlowOptions } from './signin-flow.js';
export { createAuthClient, DEFAULT_SCOPES, type IdxClient, type IdxTransactionLike, type AuthClientConfig } from './auth-client.js';
export type { FlowError, FlowErrorKind, Recovery } from './errors.js';
export type * from './model.js';
