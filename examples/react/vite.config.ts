import react from '@vitejs/plugin-react';
import { oktaSimulator } from 'okta-verify-signin/sim';
import { defineConfig } from 'vite';

// `npm run dev` serves the local Okta simulator on the page's origin; a production build does not include it.
export default defineConfig({
  plugins: [react(), oktaSimulator()],
});
