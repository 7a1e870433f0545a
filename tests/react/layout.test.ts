// The computing behind the charts, tested as plain data.
import {
  calendarYear,
  half,
  iwfAiVideos,
  month,
  ncmecAiReports,
  ncmecProviderReports,
  type SeriesGap,
  type SeriesPoint,
} from '@safeguard-charts/data';
import { layoutProviderBars, layoutSurge, layoutTimeline, periodName } from '@safeguard-charts/react';
import { de } from '@safeguard-charts/react/messages/de';
import { scaleBand, scaleLinear, scaleLog } from '@visx/scale';
import { describe, expect, it } from 'vitest';
import { layoutColumns, MIN_BAR, seriesSlots } from '../../packages/react/src/layout/columns';
import { bands, linearScale, logScale } from '../../packages/react/src/layout/scales';
import { textEm, wrapText } from '../../packages/react/src/layout/wrapText';

const base = { locale: 'en-US', notation: 'full', rtl: false } as const;

describe('layoutProviderBars', () => {
  const options = { ...base, width: 640, unit: 'reports', showShare: true } as const;

  it('sorts providers by value, scales bars to the largest and, when asked, gives each its share of these figures', () => {
    const { bars, total } = layoutProviderBars(ncmecProviderReports.rows, options);
    expect(total).toBe(32079 + 30759 + 971);
    expect(bars.map((b) => b.provider)).toEqual(['OpenAI', 'Amazon AI', 'Anthropic']);
    expect(bars.map((b) => b.shareText)).toEqual(['50%', '48%', '2%']);
    const [a, b, c] = bars.map((bar) => bar.barWidth);
    expect((b ?? 0) / (a ?? 1)).toBeCloseTo(30759 / 32079, 2);
    expect((c ?? 0) / (a ?? 1)).toBeCloseTo(971 / 32079, 2);
    expect(bars.map((bar) => bar.badge)).toEqual([
      '+9,650% YoY (report’s claim)',
      'New reporter (report’s claim)',
      'New reporter (report’s claim)',
    ]);
  });

  it('says in words that each of the three figures is not verified, not only the one with a note of its own', () => {
    const { bars } = layoutProviderBars(ncmecProviderReports.rows, options);
    expect(bars.map((bar) => bar.status)).toEqual(['Not verified', 'Not verified', 'Not verified']);
    const confirmed = ncmecProviderReports.rows.map((row) => ({
      ...row,
      verification: { status: 'confirmed' as const, note: 'Checked.' },
    }));
    expect(layoutProviderBars(confirmed, options).bars.map((bar) => bar.status)).toEqual(['', '', '']);
  });

  it('gives no share at all unless asked: shares of three unverified counts are nobody’s figure', () => {
    const { bars } = layoutProviderBars(ncmecProviderReports.rows, { ...options, showShare: false });
    expect(bars.map((bar) => bar.shareText)).toEqual(['', '', '']);
    expect(bars.map((bar) => bar.label).join(' ')).not.toContain('%)');
  });

  it('reads each bar as a sentence for the tooltip and screen reader', () => {
    const { bars } = layoutProviderBars(ncmecProviderReports.rows, options);
    expect(bars[2]?.label).toBe(
      'Anthropic: 971 reports (2% of the total of these 3 figures), New reporter (report’s claim), not verified',
    );
  });

  it('wraps a long provider name and makes its row taller', () => {
    const long = [
      { ...ncmecProviderReports.rows[0], provider: 'A provider with a very long name indeed, as some have' },
    ];
    const short = layoutProviderBars(ncmecProviderReports.rows.slice(0, 1), { ...options, width: 360 });
    const wrapped = layoutProviderBars(long as never, { ...options, width: 360 });
    expect(wrapped.bars[0]?.nameLines.length).toBeGreaterThan(1);
    expect(wrapped.height).toBeGreaterThan(short.height);
  });

  it('mirrors for right-to-left: bars grow leftwards from a baseline on the right', () => {
    const ltr = layoutProviderBars(ncmecProviderReports.rows, options);
    const rtl = layoutProviderBars(ncmecProviderReports.rows, { ...options, rtl: true });
    expect(rtl.baselineX).toBe(640 - ltr.baselineX);
    const [first] = rtl.bars;
    expect((first?.barX ?? 0) + (first?.barWidth ?? 0)).toBeCloseTo(rtl.baselineX, 5);
    expect(first?.valueX).toBeLessThan(first?.barX ?? 0);
  });
});

describe('layoutColumns and layoutSurge', () => {
  const options = { ...base, width: 640, height: 360, unit: 'videos', scale: 'linear' } as const;

  it('keeps the smallest positive bar visible on a linear scale', () => {
    const { columns } = layoutColumns(iwfAiVideos.rows, options);
    expect(columns[0]?.height).toBeGreaterThanOrEqual(MIN_BAR);
    expect(columns[1]?.height).toBeGreaterThan(200);
  });

  it('gives the small value a real share of the height on a log scale', () => {
    const { columns, ticks } = layoutColumns(iwfAiVideos.rows, { ...options, scale: 'log' });
    expect(columns[0]?.height).toBeGreaterThan(40);
    expect(ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000, 10000]);
  });

  it('labels a partial period as partial', () => {
    const { columns } = layoutColumns(ncmecAiReports.rows, { ...options, unit: 'reports' });
    expect(columns.map((c) => c.partial)).toEqual([false, false, true]);
    expect(columns[2]?.label).toBe('H1 2025 (partial period): 485,000 reports');
  });

  it('computes the change from the first period to the last', () => {
    const surge = layoutSurge(iwfAiVideos.rows, options);
    expect(surge.changeText).toBe('+26,385%');
    expect(surge.changeSpan).toBe('from 2024 to 2025 (computed)');
    expect(layoutSurge(iwfAiVideos.rows, { ...options, locale: 'de-DE' }).changeText).toBe('+26.385\u00a0%');
  });

  it('never writes NaN for an all-zero series', () => {
    const zeros = iwfAiVideos.rows.map((row) => ({ ...row, value: 0 }));
    const layout = layoutSurge(zeros, options);
    expect(JSON.stringify(layout)).not.toMatch(/NaN|Infinity|null/);
    expect(layout.changeText).toBe('');
  });
});

describe('wrapText', () => {
  it('keeps a short label on one line and ends an overlong one with an ellipsis', () => {
    expect(wrapText('OpenAI', 120, 14, 3)).toEqual(['OpenAI']);
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('breaks Japanese, Chinese and Thai labels, which use no spaces, within the width', () => {
    for (const [label, locale] of [
      ['生成AIが関わるNCMECのCyberTiplineへの通報件数', 'ja'],
      ['儿童性剥削材料的举报数量逐年增加', 'zh'],
      ['รายงานเกี่ยวกับปัญญาประดิษฐ์เชิงสร้างสรรค์', 'th'],
    ] as const) {
      const lines = wrapText(label, 120, 14, 4, locale);
      expect(lines.length, label).toBeGreaterThan(1);
      expect(lines.join(''), label).toBe(label);
      for (const line of lines) expect(textEm(line) * 14, line).toBeLessThanOrEqual(120);
    }
  });

  it('never cuts an emoji or a combined character, and counts wide characters as wide', () => {
    const family = '👩‍👧‍👦';
    const lines = wrapText(family.repeat(12), 40, 14, 10, 'en');
    expect(lines.join('')).toBe(family.repeat(12));
    for (const line of lines)
      expect(
        [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(line)].every(
          (s) => s.segment === family,
        ),
      ).toBe(true);
    expect(textEm('子ども')).toBe(3);
    expect(textEm('abc')).toBeCloseTo(1.68, 5);
  });
});

describe('periodName', () => {
  it('writes a month labelled as month() labels it in the reader’s language, and any other label as given', () => {
    const march = month(2024, 3);
    expect(periodName(march, 'en-GB')).toBe('Mar 2024');
    expect(periodName(march, 'de-DE', 'long')).toBe('März 2024');
    expect(periodName(march, 'ja-JP')).toBe('2024年3月');
    expect(periodName(month(2024, 3, { label: 'Mär. 24' }), 'de-DE')).toBe('Mär. 24');
    expect(periodName(calendarYear(2024), 'de-DE')).toBe('2024');
    // "2024-03" on a period that is not that month is the data's own label.
    expect(periodName({ start: '2024-01-01', end: '2024-12-31', label: '2024-03' }, 'de-DE')).toBe('2024-03');
  });

  it('names months on the axis, in the tooltip sentence and in the change’s span', () => {
    const rows = Array.from({ length: 13 }, (_, i) => ({
      period: month(2024 + Math.floor(i / 12), (i % 12) + 1),
      value: 10 + i,
    }));
    const layout = layoutSurge(rows, {
      ...base,
      locale: 'de-DE',
      width: 1200,
      height: 400,
      unit: 'URLs',
      scale: 'linear',
      messages: de,
    });
    expect(layout.columns[0]?.periodName).toBe('Jan. 2024');
    expect(layout.columns[0]?.periodLabel).toBe('2024-01');
    expect(layout.columns[0]?.label).toBe('Januar 2024: 10 URLs');
    expect(layout.changeSpan).toBe('von Januar 2024 bis Januar 2025 (berechnet)');
  });
});

describe('labels at any length', () => {
  it('labels a long run of months by its years, under each January, in the reader’s language', () => {
    const months = Array.from({ length: 100 }, (_, i) => ({
      period: month(2017 + Math.floor(i / 12), (i % 12) + 1),
      value: i,
    }));
    const axis = (locale: string, width: number) =>
      layoutColumns(months, { ...options, locale, width, height: 300 })
        .columns.filter((c) => c.show.period)
        .map((c) => c.axisText);
    expect(axis('en-GB', 360)).toEqual(['2018', '2020', '2022', '2024']);
    expect(axis('en-GB', 1200)).toEqual([
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(axis('ja-JP', 360)).toEqual(['2018年', '2020年', '2022年', '2024年']);
    // Wide enough for every month's name: then every month is named.
    const year = months.slice(0, 12);
    expect(
      layoutColumns(year, { ...options, locale: 'de-DE', width: 1200, height: 300 }).columns.map(
        (c) => c.axisText,
      )[2],
    ).toBe('März 2017');
  });

  const rows = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      period: month(2017 + Math.floor(i / 12), (i % 12) + 1),
      value: 1000 + i * 37,
    }));
  const options = { ...base, unit: 'URLs', scale: 'linear', notation: 'full' } as const;
  /** The label boxes written on the axis, as the layout estimates them. */
  const boxes = (layout: ReturnType<typeof layoutColumns>) =>
    layout.columns
      .filter((column) => column.show.period)
      .map((column) => {
        const half = (textEm(column.axisText) * 13 * 1.15) / 2;
        return [column.periodX - half, column.periodX + half] as const;
      });

  it.each([
    [1, 320],
    [24, 320],
    [24, 640],
    [100, 360],
    [100, 1200],
  ])(
    '%i values at %i px: period labels are thinned, never overlap and stay right of the value axis',
    (count, width) => {
      for (const rtl of [false, true]) {
        const layout = layoutColumns(rows(count), { ...options, width, height: 300, rtl });
        const shown = boxes(layout).sort((a, b) => a[0] - b[0]);
        expect(shown.length).toBeGreaterThan(0);
        for (let i = 1; i < shown.length; i += 1)
          expect(shown[i]?.[0]).toBeGreaterThanOrEqual((shown[i - 1]?.[1] ?? 0) + 6);
        const [first] = shown;
        const last = shown[shown.length - 1];
        // The value axis's labels are on the start side: labels keep clear of them and of the far edge.
        const axis = Math.min(layout.left, layout.right);
        const axisEnd = Math.max(layout.left, layout.right);
        if (!rtl) expect(first?.[0]).toBeGreaterThanOrEqual(axis - 4 - 0.001);
        else expect(last?.[1]).toBeLessThanOrEqual(axisEnd + 4 + 0.001);
        expect(first?.[0]).toBeGreaterThanOrEqual(-0.001);
        expect(last?.[1]).toBeLessThanOrEqual(width + 0.001);
      }
    },
  );
});

describe('a long run of months', () => {
  const options = { ...base, unit: 'reports', scale: 'linear', height: 300 } as const;
  // Example figures, not any publisher's: 24 months rising from 200 to 1,350, June 2024 spiking to 1,800.
  const months = Array.from({ length: 24 }, (_, i) => ({
    period: month(2023 + Math.floor(i / 12), (i % 12) + 1),
    value: i === 17 ? 1800 : 200 + Math.round((i * 1150) / 23),
  }));
  /** The boxes of the value labels written, as the layout estimates them. */
  const valueBoxes = (layout: ReturnType<typeof layoutColumns>) =>
    layout.columns
      .filter((c) => c.show.value)
      .map((c) => {
        const half = (textEm(c.valueText) * 14 * 1.1 * 1.15) / 2;
        return { left: c.valueX - half, right: c.valueX + half, top: c.valueY - 14, bottom: c.valueY + 3 };
      });

  it.each([640, 320])(
    'at %i px names the months by their short names, with the year under each January, never overlapping',
    (width) => {
      for (const rtl of [false, true]) {
        const layout = layoutColumns(months, { ...options, width, rtl });
        const shown = layout.columns.filter((c) => c.show.period);
        // Every second or third month, on the same months each year, starting with January (at 320 px the first
        // January, moved in from the chart's edge, would touch April: its year stays, under it).
        const named = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
        const year = named.filter((_, i) => i % (width === 640 ? 2 : 3) === 0);
        const expected = [...year, ...year];
        expect(shown.map((c) => c.axisText)).toEqual(width === 640 ? expected : expected.slice(1));
        const years = layout.columns.filter((c) => c.show.year).map((c) => c.yearText);
        expect(years).toEqual(['2023', '2024']);
        // The year goes under its January's column.
        expect(layout.columns.find((c) => c.show.year && c.yearText === '2024')?.periodLabel).toBe('2024-01');
      }
    },
  );

  it.each([640, 320])(
    'at %i px writes the first, the last and the largest values, clear of each other and of every column',
    (width) => {
      const layout = layoutColumns(months, { ...options, width });
      const written = layout.columns.filter((c) => c.show.value);
      expect(written.map((c) => c.valueText).sort()).toEqual(['1,350', '1,800', '200']);
      const boxes = valueBoxes(layout);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
      // No label runs into a column it reaches across: it stands over the tallest one under it.
      for (const box of boxes)
        for (const column of layout.columns)
          if (column.x < box.right && column.x + column.width > box.left)
            expect(box.bottom).toBeLessThanOrEqual(column.y - 5 + 0.001);
    },
  );

  it('writes every value where every one fits', () => {
    const layout = layoutColumns(months.slice(0, 6), { ...options, width: 640 });
    expect(layout.columns.every((c) => c.show.value)).toBe(true);
    expect(layout.columns.every((c) => c.valueY === c.y - 8)).toBe(true);
  });

  it('names the months in the reader’s language', () => {
    const german = layoutColumns(months, { ...options, locale: 'de-DE', width: 640 });
    expect(german.columns.filter((c) => c.show.period).map((c) => c.axisText)).toContain('Mär');
    expect(german.columns.filter((c) => c.show.value).map((c) => c.valueText)).toContain('1.800');
    const japanese = layoutColumns(months, { ...options, locale: 'ja-JP', width: 640 });
    expect(japanese.columns.find((c) => c.show.year)?.yearText).toBe('2023年');
    expect(japanese.columns.find((c) => c.show.period)?.axisText).toBe('1月');
  });

  it('ends the value axis at or above the tallest column, on a linear and a log scale', () => {
    for (const width of [320, 640, 1200]) {
      const layout = layoutColumns(months, { ...options, width });
      const top = Math.max(...layout.ticks.map((t) => t.value));
      expect(top).toBeGreaterThanOrEqual(1800);
      // The tallest column stands at or under the top gridline.
      const tallest = Math.min(...layout.columns.map((c) => c.y));
      expect(tallest).toBeGreaterThanOrEqual(Math.min(...layout.ticks.map((t) => t.y)) - 0.001);
    }
    for (const max of [7, 13, 1010, 1800, 2010, 3443, 67_000, 485_000, 999_999]) {
      const rows = [
        { period: calendarYear(2023), value: max / 3 },
        { period: calendarYear(2024), value: max },
      ];
      for (const scale of ['linear', 'log'] as const) {
        const { ticks } = layoutColumns(rows, { ...options, width: 640, scale });
        expect(Math.max(...ticks.map((t) => t.value))).toBeGreaterThanOrEqual(max);
      }
    }
  });
});

describe('the column charts’ scales', () => {
  it('place bands, nice domains, ticks and positions exactly as d3-scale does', () => {
    for (const count of [0, 1, 2, 3, 24, 100]) {
      const ours = bands(count, [44, 632], 0.35, 0.2);
      const d3 = scaleBand<number>({
        domain: Array.from({ length: count }, (_, i) => i),
        range: [44, 632],
        paddingInner: 0.35,
        paddingOuter: 0.2,
      });
      expect(ours.bandwidth).toBeCloseTo(d3.bandwidth(), 9);
      expect(ours.step).toBeCloseTo(d3.step(), 9);
      for (let i = 0; i < count; i += 1) expect(ours.start(i)).toBeCloseTo(d3(i) ?? Number.NaN, 9);
    }
    for (const max of [1, 7, 13, 3443, 67_000, 485_000, 1e15]) {
      const ours = linearScale(max, [332, 28]);
      const d3 = scaleLinear<number>({ domain: [0, max], range: [332, 28], nice: true });
      expect(ours.domain).toEqual(d3.domain());
      expect(ours.ticks(4)).toEqual(d3.ticks(4));
      for (const v of [0, max / 3, max]) expect(ours(v)).toBeCloseTo(d3(v), 6);
    }
    // Made nice for the ticks asked for, as d3's `nice(count)` makes it: the top tick is the domain's end.
    for (const max of [1, 7, 13, 1010, 1800, 3443, 67_000, 485_000, 1e15]) {
      const ours = linearScale(max, [332, 28], 4);
      const d3 = scaleLinear<number>({ domain: [0, max], range: [332, 28] }).nice(4);
      expect(ours.domain).toEqual(d3.domain());
      expect(ours.ticks(4)).toEqual(d3.ticks(4));
      expect(ours.ticks(4).at(-1)).toBe(ours.domain[1]);
      expect(ours.domain[1]).toBeGreaterThanOrEqual(max);
    }
    for (const [low, high] of [
      [1, 10],
      [100, 485_000],
      [1000, 67_000],
      [10, 1e12],
    ] as const) {
      const ours = logScale(low, high, [332, 28]);
      const d3 = scaleLog<number>({ domain: [low, high], range: [332, 28], nice: true });
      expect(ours.domain).toEqual(d3.domain());
      for (const v of [low, Math.sqrt(low * high), high]) expect(ours(v)).toBeCloseTo(d3(v), 6);
    }
  });
});

describe('series with gaps', () => {
  const options = { ...base, width: 640, height: 360, unit: 'reports', scale: 'linear' } as const;
  const year = (y: number, value: number): SeriesPoint => ({ period: calendarYear(y), value });
  const gap = (y: number, reason: SeriesGap['reason'] = 'no-data'): SeriesGap => ({
    period: calendarYear(y),
    reason,
  });
  // Example figures, not any publisher's.
  const rows = [year(2019, 1200), year(2020, 1500), year(2022, 2400), year(2023, 3000)];
  const gaps = [gap(2021)];
  const noNaN = (layout: unknown) => expect(JSON.stringify(layout)).not.toMatch(/NaN|Infinity|null/);

  it('gives a gap its own slot in period order, between its neighbours and one step from each', () => {
    const { columns } = layoutColumns(rows, { ...options, gaps });
    expect(columns.map((c) => c.periodLabel)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    const [a, b, g, d] = columns.map((c) => c.cx) as [number, number, number, number];
    expect(g).toBeGreaterThan(b);
    expect(g).toBeLessThan(d);
    expect(g - b).toBeCloseTo(b - a, 6);
    expect(d - g).toBeCloseTo(b - a, 6);
    const slot = columns[2];
    expect(slot?.axisText).toBe('2021');
    expect(slot?.show.period).toBe(true);
    noNaN(columns);
  });

  it('draws a gap as an empty slot marked “No data”, never as a bar of 0', () => {
    const { columns, baseline } = layoutColumns(rows, { ...options, gaps });
    const slot = columns[2];
    expect(slot?.value).toBeUndefined();
    expect(slot?.height).toBe(0);
    expect(slot?.valueText).toBe('No data');
    expect(slot?.label).toBe('2021: No data');
    expect(slot?.show.value).toBe(false);
    expect(slot?.gap).toMatchObject({ reason: 'no-data', showText: true, vertical: false });
    // The tick and the words sit over the baseline, within the plot.
    expect(slot?.gap?.tickY).toBeLessThan(baseline);
    expect(slot?.gap?.top).toBeLessThan(slot?.gap?.tickY ?? 0);
    expect(columns.filter((c) => c.gap)).toHaveLength(1);
    expect(columns.every((c) => c.gap || (c.value ?? 0) > 0)).toBe(true);
    expect(layoutColumns(rows, { ...options, gaps, messages: de, locale: 'de-DE' }).columns[2]?.label).toBe(
      '2021: Keine Daten',
    );
  });

  it('leaves gaps out of the value scale: the same ticks and heights as without them, on either scale', () => {
    for (const scale of ['linear', 'log'] as const) {
      const without = layoutColumns(rows, { ...options, scale });
      const withGap = layoutColumns(rows, { ...options, scale, gaps: [...gaps, gap(2024, 'missing')] });
      expect(withGap.ticks.map((t) => [t.value, t.y])).toEqual(without.ticks.map((t) => [t.value, t.y]));
      expect(withGap.columns.filter((c) => !c.gap).map((c) => [c.value, c.y, c.height])).toEqual(
        without.columns.map((c) => [c.value, c.y, c.height]),
      );
      noNaN(withGap);
    }
  });

  it('merges by period start: before the first figure, at the end, and never over a period that has a figure', () => {
    const slots = seriesSlots(rows, [gap(2024, 'missing'), gap(2018), gap(2021), gap(2022), gap(2021)]);
    expect(slots.map((s) => `${s.period.label}${'value' in s ? '' : ` ${s.reason}`}`)).toEqual([
      '2018 no-data',
      '2019',
      '2020',
      '2021 no-data',
      '2022',
      '2023',
      '2024 missing',
    ]);
    // A half year without a figure goes before the full year that starts the same day.
    expect(
      seriesSlots([year(2024, 10)], [{ period: half(2024, 1), reason: 'no-data' }]).map(
        (s) => s.period.label,
      ),
    ).toEqual(['H1 2024', '2024']);
    expect(seriesSlots(rows)).toEqual(rows);
  });

  it('turns “No data” upright in a slot too narrow for it, or leaves the tick alone, and never writes NaN', () => {
    const months = Array.from({ length: 24 }, (_, i) => ({
      period: month(2022 + Math.floor(i / 12), (i % 12) + 1),
      value: i + 1,
    }));
    const monthGaps: SeriesGap[] = [{ period: month(2024, 1), reason: 'missing' }];
    const wide = layoutColumns(months, { ...options, width: 900, gaps: monthGaps });
    const upright = wide.columns.find((c) => c.gap);
    expect(upright?.periodLabel).toBe('2024-01');
    expect(upright?.gap).toMatchObject({ showText: true, vertical: true });
    expect(upright?.gap?.top).toBeGreaterThanOrEqual(wide.top);
    const narrow = layoutColumns(months, { ...options, width: 320, gaps: monthGaps });
    expect(narrow.columns.find((c) => c.gap)?.gap?.showText).toBe(false);
    noNaN(wide);
    noNaN(narrow);
    // A series of gaps only draws empty slots on a finite scale.
    noNaN(layoutColumns([], { ...options, gaps: [gap(2020), gap(2021)] }));
  });

  it('never takes a gap as an end of the surge’s change, and calls out the two figures’ own columns', () => {
    // The gap first: the change runs from 2022 (column 1), not from the gap's column 0.
    const first = layoutSurge([year(2022, 100), year(2023, 250)], { ...options, gaps: [gap(2021)] });
    expect(first.changeText).toBe('+150%');
    expect(first.changeSpan).toBe('from 2022 to 2023 (computed)');
    expect([first.fromIndex, first.toIndex]).toEqual([1, 2]);
    expect(first.callout?.path).toMatch(new RegExp(`^M${first.columns[1]?.cx},`));
    // The gap last: the change ends at the last figure (2023), never at the gap as if it were 0 (−100%).
    const last = layoutSurge([year(2022, 100), year(2023, 250)], { ...options, gaps: [gap(2024)] });
    expect(last.changeText).toBe('+150%');
    expect(last.changeSpan).toBe('from 2022 to 2023 (computed)');
    expect([last.fromIndex, last.toIndex]).toEqual([0, 1]);
    expect(last.callout?.path).toMatch(new RegExp(`H${last.columns[1]?.cx} V`));
    expect(last.columns[2]?.label).toBe('2024: No data');
    noNaN(first);
    noNaN(last);
  });

  it('pins an annotation to a gap’s slot, its line ending above “No data”', () => {
    const layout = layoutTimeline(rows, [{ period: '2021', text: 'No count that year' }], {
      ...options,
      gaps,
    });
    const slot = layout.columns[2];
    expect(layout.annotations).toHaveLength(1);
    expect(layout.annotations[0]?.x).toBe(slot?.cx);
    expect(layout.annotations[0]?.lineBottom).toBeLessThan(slot?.gap?.top ?? 0);
    noNaN(layout);
  });
});
