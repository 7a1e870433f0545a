// The download buttons every chart offers: one labelled group, chosen by the `downloads` prop, in the reader's
// language, absent where the data has a problem. (The files themselves are tested in Chromium: tests/embed.)
import { iwfAiVideos, ncmecProviderReports } from '@safeguard-charts/data';
import { MessagesProvider, ProviderBars, SurgeChart } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

const names = () =>
  within(screen.getByRole('group', { name: 'Download' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('downloads', () => {
  it('offers the data as CSV and the chart as SVG and PNG by default, as one labelled group', () => {
    render(<ProviderBars data={ncmecProviderReports} title="Reports" />);
    expect(names()).toEqual(['Data (CSV)', 'Image (SVG)', 'Image (PNG)']);
  });

  it('offers what the downloads prop asks for, or nothing', () => {
    const { rerender } = render(
      <ProviderBars data={ncmecProviderReports} title="Reports" downloads={['csv']} />,
    );
    expect(names()).toEqual(['Data (CSV)']);
    rerender(<ProviderBars data={ncmecProviderReports} title="Reports" downloads={false} />);
    expect(screen.queryByRole('group', { name: 'Download' })).toBeNull();
    rerender(<ProviderBars data={ncmecProviderReports} title="Reports" downloads={['pdf'] as never} />);
    expect(screen.queryByRole('group', { name: 'Download' })).toBeNull();
  });

  it('speaks the reader’s language', () => {
    render(
      <MessagesProvider catalogs={[de]}>
        <SurgeChart data={iwfAiVideos} title="Videos" locale="de-DE" />
      </MessagesProvider>,
    );
    expect(
      within(screen.getByRole('group', { name: 'Herunterladen' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Daten (CSV)', 'Bild (SVG)', 'Bild (PNG)']);
  });

  it('is not offered where the data has a problem', () => {
    render(<ProviderBars data={{ ...ncmecProviderReports, rows: [] }} title="Reports" />);
    expect(screen.queryByRole('group')).toBeNull();
  });

  const code =
    '<script type="module" src="https://ngo.example/sg.js"></script>\n<safeguard-chart chart="surge"></safeguard-chart>';

  it('offers the embed code only where the chart has one, and puts it on the clipboard', async () => {
    const { rerender } = render(<SurgeChart data={iwfAiVideos} title="Videos" />);
    expect(names()).not.toContain('Copy embed code');
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    rerender(<SurgeChart data={iwfAiVideos} title="Videos" embedCode={code} />);
    expect(names()).toEqual(['Data (CSV)', 'Image (SVG)', 'Image (PNG)', 'Copy embed code']);
    await userEvent.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(writeText).toHaveBeenCalledWith(code);
    expect(await screen.findByText('Embed code copied.')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    vi.unstubAllGlobals();
  });

  it('shows the embed code, selected, where the page does not allow the clipboard', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(
      <MessagesProvider catalogs={[de]}>
        <SurgeChart data={iwfAiVideos} title="Videos" locale="de-DE" embedCode={code} />
      </MessagesProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Einbettungscode kopieren' }));
    const box = (await screen.findByRole('textbox', {
      name: 'Kopieren Sie den Einbettungscode aus diesem Feld:',
    })) as HTMLTextAreaElement;
    expect(box.value).toBe(code);
    expect(box.readOnly).toBe(true);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, code.length]);
    vi.unstubAllGlobals();
  });

  it('leaves the embed code out when the downloads prop does not ask for it', () => {
    render(<SurgeChart data={iwfAiVideos} title="Videos" embedCode={code} downloads={['csv', 'png']} />);
    expect(names()).toEqual(['Data (CSV)', 'Image (PNG)']);
  });
});
