/**
 * The local Okta simulator's runtime-neutral core: `createSimulator()` gives a fetch handler that any server,
 * dev server or service worker can mount. Node helpers (`startSimulator`, the CLI, the Vite plugin) are in
 * `sim/node/`.
 */
export { createSimulator, DEFAULT_CLIENT_ID, IDENTIFIER_FIRST_CLIENT_ID, type LoopbackDevice, type Simulator, type SimulatorOptions } from './simulator.js';
export { CHALLENGE_METHODS, DEFAULT_SETTINGS, type ChallengeMethod, type LoggedRequest, type SimulatorSettings } from './context.js';
export { DEFAULT_LOOPBACK_PORTS, type ThisComputerSettings } from './this-computer.js';
export { DEFAULT_USERS, CATALOG, type AuthenticatorKey, type SeedUser, type OktaVerifySeed } from './users.js';
export type { FaultSpec, Fault } from './faults.js';
export type { NewUserSpec, OktaVerifySpec } from './new-user.js';
