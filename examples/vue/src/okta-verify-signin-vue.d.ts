// Temporary: template typings for <okta-verify-signin> until the package ships `okta-verify-signin/vue`.
import type { DefineComponent } from 'vue';
import type { OktaVerifySuccessEvent } from 'okta-verify-signin';

declare module 'vue' {
  interface GlobalComponents {
    'okta-verify-signin': DefineComponent<{
      issuer?: string;
      clientId?: string;
      onOktaVerifySuccess?: (event: OktaVerifySuccessEvent) => void;
    }>;
  }
}
