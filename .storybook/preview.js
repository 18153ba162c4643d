import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';

// Attributes, events, slots, parts and tokens come from the custom elements manifest.
setCustomElementsManifest(manifest);

/** @type {import('@storybook/web-components').Preview} */
export default {
  parameters: {
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};
