'use client';
// Defines the elements as soon as this chunk runs, before React hydrates: Lit takes the server's markup over.
import 'okta-verify-signin/hydrate';
import type { IdTokenClaims } from 'okta-verify-signin';
import { useEffect, useRef, useState } from 'react';

/**
 * The widget's server-rendered HTML in a wrapper that React never looks into: React hydrates the `<div>`, Lit
 * its content, and neither re-creates what the other owns.
 */
export function SignIn({ widget }: { widget: string }) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [user, setUser] = useState<IdTokenClaims>();

  useEffect(() => {
    const element = wrapper.current!;
    const onSuccess = (event: GlobalEventHandlersEventMap['okta-verify-success']) => setUser(event.detail.claims);
    element.addEventListener('okta-verify-success', onSuccess);
    return () => element.removeEventListener('okta-verify-success', onSuccess);
  }, []);

  return (
    <>
      {/* The browser has turned the markup into shadow roots: its innerHTML no longer equals the string. */}
      <div ref={wrapper} hidden={!!user} dangerouslySetInnerHTML={{ __html: widget }} suppressHydrationWarning />
      {user && (
        <p role="status">
          Signed in as {user.name} ({user.email})
        </p>
      )}
    </>
  );
}
