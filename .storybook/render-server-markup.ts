/**
 * Prints, as JSON, the widget's server-rendered HTML (`renderSignin`) in the languages the server-rendering
 * stories show. Run in a process of its own: Lit's server rendering installs its DOM shim in the process.
 */
import { renderSignin } from '../src/ssr/index.js';

const LANGUAGES = ['en', 'de', 'ar'] as const;
const markup: Record<string, string> = {};
for (const lang of LANGUAGES) markup[lang] = await renderSignin({ lang, issuer: 'https://example.okta.com/oauth2/default', clientId: 'storybook' });
process.stdout.write(JSON.stringify(markup));
