import { ThemeProvider } from '@safeguard-charts/react';
import type { Decorator } from '@storybook/react-vite';

/** A phone-width column (360 px), as on a small mobile screen. */
export const mobile: Decorator = (Story) => (
  <div style={{ maxWidth: 360 }}>
    <Story />
  </div>
);

/** A page column of typical article width. */
export const column: Decorator = (Story) => (
  <div style={{ maxWidth: 720 }}>
    <Story />
  </div>
);

/** A dark page around a chart forced to dark mode. */
export const darkPage: Decorator = (Story) => (
  <div style={{ background: '#15171a', color: '#e8eaed', padding: 16, maxWidth: 760 }}>
    <Story />
  </div>
);

/** An NGO's brand: purple marks, a serif face, through ThemeProvider tokens. */
export const brand: Decorator = (Story) => (
  <ThemeProvider
    light={{
      mark: '#5b2a86',
      'mark-emphasis': '#c2185b',
      font: 'Georgia, "Times New Roman", serif',
      focus: '#5b2a86',
    }}
    dark={{ mark: '#c9a7eb', 'mark-emphasis': '#f48fb1' }}
    style={{ maxWidth: 720 }}
  >
    <Story />
  </ThemeProvider>
);

/** A right-to-left page: the chart mirrors by its `locale` (`ar`). */
export const rtlPage: Decorator = (Story) => (
  <div dir="rtl" lang="ar" style={{ maxWidth: 720 }}>
    <Story />
  </div>
);
