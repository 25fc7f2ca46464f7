import vue from '@vitejs/plugin-vue';
import { oktaSimulator } from 'okta-verify-signin/sim';
import { isOktaVerifyElement } from 'okta-verify-signin/vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // Vue leaves the widget's tags to the browser instead of resolving them as Vue components.
    vue({ template: { compilerOptions: { isCustomElement: isOktaVerifyElement } } }),
    // `npm run dev` serves the local Okta simulator on the page's origin; a production build does not include it.
    oktaSimulator(),
  ],
});
