export { SigninFlow, type FlowState, type FlowListener, type SigninFlowOptions } from './signin-flow.js';
export { Poller, systemClock, alwaysVisible, documentVisibility, type Clock, type Visibility, type PollOutcome, type PollerOptions } from './poller.js';
export { createAuthClient, DEFAULT_SCOPES, type IdxClient, type AuthClientConfig } from './auth-client.js';
export { toFlowError, isFlowError, type FlowError, type FlowErrorKind, type Recovery } from './errors.js';
export { readStep, readMessages, readChoiceList, resolveRelatesTo, type RawIdx } from './idx-reader.js';
export type * from './model.js';
