import type { NextConfig } from 'next';

const config: NextConfig = {
  // Loaded by Node as published: Lit SSR picks lit's Node build by the `node` export condition.
  serverExternalPackages: ['okta-verify-signin', '@lit-labs/ssr'],
  // This app's own lock file, not the repository's, marks its root.
  turbopack: { root: import.meta.dirname },
};

export default config;
