import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'centered',
    a11y: { test: 'error' },
    actions: { argTypesRegex: '^on.*' },
  },
};
export default preview;
