import { useEffect, useState } from 'react';
import type { IdTokenClaims } from 'okta-verify-signin';
// JSX typings for <okta-verify-signin> (types only: the element itself is loaded below).
import type {} from 'okta-verify-signin/react';

// The simulator answers on the page's own origin; a real app puts its Okta org's issuer here.
const issuer = `${location.origin}/oauth2/default`;

export function App() {
  const [user, setUser] = useState<IdTokenClaims>();

  // Loaded after the first render, so React sets the props below on a not-yet-upgraded element.
  useEffect(() => {
    void import('okta-verify-signin/define');
  }, []);

  return (
    <main>
      <h1>Sign in</h1>
      {user ? (
        <p role="status">
          Signed in as {user.name} ({user.email})
        </p>
      ) : (
        <okta-verify-signin
          issuer={issuer}
          clientId="okta-verify-signin-demo"
          onokta-verify-success={(event) => setUser(event.detail.claims)}
        />
      )}
    </main>
  );
}
