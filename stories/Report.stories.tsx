import type { Meta, StoryObj } from '@storybook/react-vite';
import { darkPage, mobile } from './decorators';
import { Report } from './Report';

/**
 * The seed's whole report, composed from the public API only (see `stories/Report.tsx`): proof that a site can
 * rebuild the page from the library, and the example to copy.
 */
const meta = {
  title: 'Report/The AI-CSAM Explosion',
  component: Report,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760, margin: '0 auto' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Report>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FullReport: Story = {};
export const PublisherFigures: Story = { args: { figures: 'publisher' } };
export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };
export const Mobile: Story = { decorators: [mobile] };
export const German: Story = { args: { locale: 'de-DE' } };
