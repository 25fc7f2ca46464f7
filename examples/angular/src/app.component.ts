import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { IdTokenClaims, OktaVerifySuccessEvent } from 'okta-verify-signin';

@Component({
  selector: 'app-root',
  // Lets Angular render <okta-verify-signin>, which it does not know as a component.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>Sign in</h1>
      @if (user(); as user) {
        <p role="status">Signed in as {{ user.name }} ({{ user.email }})</p>
      } @else {
        <okta-verify-signin [issuer]="issuer" [clientId]="clientId" (okta-verify-success)="onSuccess($event)" />
      }
    </main>
  `,
})
export class AppComponent {
  // The simulator answers on the page's own origin; a real app puts its Okta org's issuer here.
  protected readonly issuer = `${location.origin}/oauth2/default`;
  protected readonly clientId = 'okta-verify-signin-demo';
  protected readonly user = signal<IdTokenClaims | undefined>(undefined);

  protected onSuccess(event: OktaVerifySuccessEvent): void {
    this.user.set(event.detail.claims);
  }
}
