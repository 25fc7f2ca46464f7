import { headers } from 'next/headers';
import { renderSignin } from 'okta-verify-signin/ssr';
import { requestLanguage } from './language';
import { SignIn } from './sign-in';

// Rendered per request: the issuer follows the host, the text the browser's language.
export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<{ lang?: string | string[] }> }) {
  const lang = await requestLanguage((await searchParams).lang);
  const host = (await headers()).get('host');
  // Without OKTA_ISSUER, the simulator answers on this origin (`npm run start:sim`).
  const issuer = process.env.OKTA_ISSUER ?? `http://${host}/oauth2/default`;
  const widget = await renderSignin({ issuer, clientId: process.env.OKTA_CLIENT_ID ?? 'okta-verify-signin-demo', lang });
  return (
    <main lang={lang}>
      <h1>Sign in</h1>
      <SignIn widget={widget} />
    </main>
  );
}
