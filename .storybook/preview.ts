import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    // The hand-written docs pages first, in reading order; then the components.
    options: {
      storySort: {
        order: ['Docs', ['Introduction', 'Embedding in a registration system', 'Custom elements', 'Theming', 'Texts and languages', 'Keyboard and accessibility', 'Data and privacy', 'Parts for your own screens'], '*'],
      },
    },
  },
};
export default preview;
