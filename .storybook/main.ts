import type { StorybookConfig } from '@storybook/web-components-vite';
import { mswWorkerFile } from './msw-worker-file.js';
import { serverRendered } from './server-rendered.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The flow stories' simulator answers through MSW, whose worker script the build must serve; the
  // server-rendering stories show markup rendered when the Storybook is built.
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), mswWorkerFile(), serverRendered()] }),
};
export default config;
