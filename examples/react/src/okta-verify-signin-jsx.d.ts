// Temporary: JSX typings for <okta-verify-signin> until the package ships `okta-verify-signin/react`.
import type { HTMLAttributes, RefAttributes } from 'react';
import type { OktaVerifySignin, OktaVerifySuccessEvent } from 'okta-verify-signin';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'okta-verify-signin': HTMLAttributes<OktaVerifySignin> &
        RefAttributes<OktaVerifySignin> & {
          issuer?: string;
          clientId?: string;
          'onokta-verify-success'?: (event: OktaVerifySuccessEvent) => void;
        };
    }
  }
}
