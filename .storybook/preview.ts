import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { whenStepsDefined } from '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // A story may show a step element on its own: every one is registered before it renders.
  loaders: [async () => (await whenStepsDefined(), {})],
  parameters: {
    layout: 'centered',
    a11y: { test: 'error' },
    actions: { argTypesRegex: '^on.*' },
  },
};
export default preview;
