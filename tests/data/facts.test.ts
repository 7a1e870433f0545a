// One builder per fact: statuses, publishers' figures, notes and comparisons, each tested as plain data.
import {
  checkCell,
  comparablePeriods,
  figureNotes,
  iwfAiItemsTotal,
  likeForLikeChange,
  ncmecAiReports,
  ncmecH1Comparison,
  ncmecProviderReports,
  type Period,
  periodMonths,
  publisherFigure,
  STATUS_WORDS,
  statusSummary,
  statusWord,
  VERIFICATION_STATUSES,
} from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

const year = (y: number): Period => ({ start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) });
const half = (y: number, second = false): Period => ({
  start: `${y}-${second ? '07' : '01'}-01`,
  end: `${y}-${second ? '12-31' : '06-30'}`,
  label: `H${second ? 2 : 1} ${y}`,
  partial: true,
});

describe('status words', () => {
  it('has one word for each status, in the statuses’ order', () => {
    expect(Object.keys(STATUS_WORDS)).toEqual([...VERIFICATION_STATUSES]);
    expect(VERIFICATION_STATUSES.map(statusWord)).toEqual([
      'Confirmed',
      'Corrected',
      'Counts something else',
      'Not verified',
    ]);
    expect(statusWord('pending')).toBe('');
    expect(statusWord(undefined)).toBe('');
  });
});

describe('figureNotes', () => {
  it('names every unverified provider, not only the one with a note of its own', () => {
    expect(figureNotes(ncmecProviderReports).slice(-2)).toEqual([
      'OpenAI, Amazon AI — Not verified: Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.',
      expect.stringMatching(/^Anthropic — Not verified: .*859 images/),
    ]);
  });

  it('starts with the dataset’s own notes, such as the warning never to add the two IWF totals', () => {
    const notes = figureNotes(iwfAiItemsTotal);
    expect(notes[0]).toContain('never add them up');
    expect(notes).toContain(
      '2024–2025 — Not verified: No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.',
    );
  });

  it('gives the dataset’s own check when its rows carry none, and nothing for confirmed figures', () => {
    const rows = [{ value: 1 }];
    expect(figureNotes({ rows, verification: { status: 'unverified', note: 'No source.' } })).toEqual([
      'Not verified: No source.',
    ]);
    expect(figureNotes({ rows, verification: { status: 'confirmed', note: 'Yes.' } })).toEqual([]);
    expect(figureNotes(null as never)).toEqual([]);
  });
});

describe('statusSummary and checkCell', () => {
  it('groups the figures that are not confirmed by status, for a graphic’s description', () => {
    expect(statusSummary(ncmecProviderReports)).toEqual(['Not verified: OpenAI, Amazon AI, Anthropic']);
    expect(statusSummary(ncmecAiReports)).toEqual(['Corrected: H1 2025']);
    expect(statusSummary(ncmecH1Comparison)).toEqual([]);
  });

  it('writes the check column from the row’s own check, else the dataset’s', () => {
    const [y2023, , h1] = ncmecAiReports.rows;
    expect(checkCell(h1, ncmecAiReports.verification, 'reports')).toBe(
      'Corrected — NCMEC’s own figure for H1 2025: 440,419',
    );
    expect(checkCell(y2023, ncmecAiReports.verification)).toBe('Confirmed');
    expect(checkCell({ value: 1 }, ncmecProviderReports.verification)).toBe('Not verified');
    expect(checkCell({ value: 1 }, undefined)).toBe('');
  });

  it('finds a publisher’s figure with its period, and nothing where the check gives none', () => {
    expect(publisherFigure(ncmecAiReports.rows[2], 'reports')).toEqual({
      publisher: 'NCMEC',
      value: 440419,
      percent: false,
      period: 'H1 2025',
      of: '',
      label: '',
    });
    expect(publisherFigure(ncmecAiReports.rows[0])).toBeUndefined();
  });
});

describe('likeForLikeChange', () => {
  it('compares a year with a year', () => {
    const result = likeForLikeChange([
      { period: year(2024), value: 13 },
      { period: year(2025), value: 3443 },
    ]);
    expect(result && 'change' in result ? Math.round(result.change.percent) : undefined).toBe(26385);
  });

  it('refuses a full year against a half year, saying how long each is', () => {
    const result = likeForLikeChange(ncmecAiReports.rows);
    expect(result && 'refused' in result ? result.refused.months : undefined).toEqual([12, 6]);
    expect(result && 'refused' in result ? result.refused.from.period.label : '').toBe('2023');
  });

  it('compares H1 with the earlier H1 when the series has it, skipping the years between', () => {
    const rows = [
      { period: year(2023), value: 4700 },
      { period: half(2024), value: 6835 },
      { period: year(2024), value: 67000 },
      { period: half(2025), value: 440419 },
    ];
    const result = likeForLikeChange(rows);
    expect(result && 'change' in result ? result.change.from : undefined).toBe(rows[1]);
  });

  it('never compares a first half with a second half, nor anything it cannot read', () => {
    expect(comparablePeriods(half(2024, true), half(2025))).toBe(false);
    expect(comparablePeriods(half(2024), half(2025))).toBe(true);
    expect(comparablePeriods(year(2024), year(2023))).toBe(true);
    expect(periodMonths({ start: 'x', end: 'y', label: '?' })).toBeUndefined();
    expect(likeForLikeChange([])).toBeUndefined();
    expect(likeForLikeChange(null as never)).toBeUndefined();
    expect(
      likeForLikeChange([
        { period: year(2024), value: 0 },
        { period: year(2025), value: 5 },
      ]),
    ).toBeUndefined();
  });
});
