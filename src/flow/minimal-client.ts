/**
 * Builds okta-auth-js's minimal IDX client. Kept in its own module, loaded on demand by `createAuthClient`,
 * so bundlers tree-shake the SDK down to the four factories named here.
 */
import {
  createIdxOptionsConstructor,
  createIdxStorageManager,
  createIdxTransactionManager,
  createMinimalOktaAuthIdx,
} from '@okta/okta-auth-js/idx';

export function minimalOktaAuthIdx() {
  return createMinimalOktaAuthIdx(createIdxStorageManager(), createIdxOptionsConstructor(), createIdxTransactionManager());
}
