import vue from '@vitejs/plugin-vue';
import { oktaSimulator } from 'okta-verify-signin/sim';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // Vue leaves <okta-verify-signin> to the browser instead of resolving it as a Vue component.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'okta-verify-signin' } } }),
    // `npm run dev` serves the local Okta simulator on the page's origin; a production build does not include it.
    oktaSimulator(),
  ],
});
