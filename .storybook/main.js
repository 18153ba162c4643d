// The component catalogue: every widget in every state a user can meet.
/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  docs: {},
  async viteFinal(config) {
    config.resolve ??= {};
    // Resolve @cx-kit/* packages to their TypeScript sources.
    config.resolve.conditions = ['source', 'browser', 'module', 'import', 'default'];
    return config;
  },
};
