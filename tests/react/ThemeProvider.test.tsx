import { ncmecProviderReports } from '@safeguard-charts/data';
import { ProviderBars, StatCard, ThemeProvider, type ThemeTokens, TOKENS } from '@safeguard-charts/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('ThemeProvider', () => {
  it('sets brand tokens as --sg- custom properties for light and dark', () => {
    const { container } = render(
      <ThemeProvider light={{ mark: '#5b2a86', font: 'Georgia, serif' }} dark={{ mark: '#c9a7eb' }}>
        <StatCard value={1} label="x" />
      </ThemeProvider>,
    );
    const wrapper = container.firstElementChild as HTMLElement;
    expect(wrapper.className).toBe('sg-theme');
    expect(wrapper.style.getPropertyValue('--sg-mark')).toBe('#5b2a86');
    expect(wrapper.style.getPropertyValue('--sg-font')).toBe('Georgia, serif');
    expect(wrapper.style.getPropertyValue('--sg-dark-mark')).toBe('#c9a7eb');
  });

  it('sets every token of the table it is given, light as --sg-<name> and dark as --sg-dark-<name>', () => {
    const names = Object.keys(TOKENS) as (keyof typeof TOKENS)[];
    const light: ThemeTokens = Object.fromEntries(names.map((name, i) => [name, `#0000${i + 10}`]));
    const dark: ThemeTokens = Object.fromEntries(names.map((name, i) => [name, `#ff00${i + 10}`]));
    const { container } = render(<ThemeProvider light={light} dark={dark} style={{ margin: 1 }} />);
    const style = (container.firstElementChild as HTMLElement).style;
    for (const name of names) {
      expect(style.getPropertyValue(`--sg-${name}`), name).toBe(light[name]);
      expect(style.getPropertyValue(`--sg-dark-${name}`), name).toBe(dark[name]);
    }
    expect(style.margin).toBe('1px');
  });

  it('gives its colour scheme to the charts inside, unless a chart sets its own', () => {
    render(
      <ThemeProvider mode="dark">
        <ProviderBars data={ncmecProviderReports} title="Inherits" />
        <ProviderBars data={ncmecProviderReports} title="Own" theme="light" />
      </ThemeProvider>,
    );
    const [inherits, own] = screen.getAllByRole('figure');
    expect(inherits?.getAttribute('data-sg-theme')).toBe('dark');
    expect(own?.getAttribute('data-sg-theme')).toBe('light');
  });

  it('leaves charts outside it on auto, following the reader’s colour scheme', () => {
    render(<ProviderBars data={ncmecProviderReports} title="Alone" />);
    expect(screen.getByRole('figure').getAttribute('data-sg-theme')).toBe('auto');
  });
});
