// The download buttons every chart offers: one labelled group, chosen by the `downloads` prop, in the reader's
// language, absent where the data has a problem; the CSV in the format the chart's locale's spreadsheet opens.
// (The other files are tested in Chromium: tests/embed; the CSV in LibreOffice: tests/data/csv-libreoffice.)
import { iwfAiVideos, ncmecProviderReports } from '@safeguard-charts/data';
import { MessagesProvider, ProviderBars, SurgeChart } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

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

  describe('the data as CSV', () => {
    /** Clicks the CSV button and resolves to the file the reader is handed: its name and its text. */
    async function downloadCsv(button: string): Promise<{ name: string; text: string }> {
      const blobs: Blob[] = [];
      const names: string[] = [];
      // jsdom has no object URLs and does not follow a download link: catch the file where it is handed over.
      Object.assign(URL, {
        createObjectURL: vi.fn((blob: Blob) => {
          blobs.push(blob);
          return 'blob:test';
        }),
        revokeObjectURL: vi.fn(),
      });
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        names.push(this.download);
      });
      await userEvent.click(screen.getByRole('button', { name: button }));
      await vi.waitFor(() => expect(names).toHaveLength(1));
      expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
      // Decoded keeping the byte-order mark, which Blob.text() would drop.
      const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
      return { name: names[0] ?? '', text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
    }

    afterEach(() => {
      Object.assign(URL, { createObjectURL: undefined, revokeObjectURL: undefined });
    });

    /** The file's records as a strict RFC 4180 reader with this delimiter sees them, after the byte-order mark. */
    function recordsOf(text: string, delimiter: string): Record<string, string>[] {
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows: string[][] = [[]];
      let cell = '';
      let quoted = false;
      for (let i = 1; i < text.length; i += 1) {
        const c = text[i];
        if (quoted && c === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (c === '"') quoted = !quoted;
        else if (!quoted && c === delimiter) {
          rows.at(-1)?.push(cell);
          cell = '';
        } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
          rows.at(-1)?.push(cell);
          rows.push([]);
          cell = '';
          i += 1;
        } else cell += c;
      }
      const [header = [], ...lines] = rows.filter((row) => row.length);
      for (const line of lines) expect(line).toHaveLength(header.length);
      return lines.map((line) => Object.fromEntries(header.map((name, i) => [name, line[i] ?? ''])));
    }

    it('gives a German reader cells split by semicolons, numbers with a decimal comma, dates as text', async () => {
      const own = {
        ...ncmecProviderReports,
        rows: ncmecProviderReports.rows.map((row, i) => (i === 0 ? { ...row, value: 1234.5 } : row)),
      };
      render(
        <MessagesProvider catalogs={[de]}>
          <ProviderBars data={own} title="Meldungen" locale="de-DE" downloads={['csv']} />
        </MessagesProvider>,
      );
      const { name, text } = await downloadCsv('Daten (CSV)');
      expect(name).toBe('meldungen.csv');
      // The header's words stay machine names.
      expect(text.startsWith('\uFEFFkind;label;period;period_start;')).toBe(true);
      const records = recordsOf(text, ';');
      expect(records).toHaveLength(ncmecProviderReports.rows.length);
      // A number with a comma, never grouped; the month of the check as a formula that gives the text 2026-11.
      expect(records[0]?.value).toBe('1234,5');
      expect(records[1]?.value).toBe(String(ncmecProviderReports.rows[1]?.value));
      expect(records[0]?.as_of).toBe('="2026-11"');
      expect(text).toContain(';"=""2026-11""";');
    });

    it('gives an English reader commas and decimal points, dates as text', async () => {
      render(<ProviderBars data={ncmecProviderReports} title="Reports" locale="en" downloads={['csv']} />);
      const { text } = await downloadCsv('Data (CSV)');
      expect(text.startsWith('\uFEFFkind,label,period,period_start,')).toBe(true);
      const records = recordsOf(text, ',');
      expect(records).toHaveLength(ncmecProviderReports.rows.length);
      expect(records[0]?.label).toBe(ncmecProviderReports.rows[0]?.provider);
      expect(records[0]?.value).toBe(String(ncmecProviderReports.rows[0]?.value));
      expect(records[0]?.as_of).toBe('="2026-11"');
    });
  });
});
