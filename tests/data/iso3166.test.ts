// The ISO 3166-1 table is generated from the i18n-iso-countries package (scripts/generate-iso3166.mjs).
import { csamHosting, EU_MEMBERS, ISO_3166_COUNTRIES, isIsoAlpha3 } from '@safeguard-charts/data';
import { describe, expect, it } from 'vitest';

describe('ISO 3166-1 table', () => {
  it('lists the 249 officially assigned codes, each alpha-3 and numeric code once', () => {
    expect(ISO_3166_COUNTRIES).toHaveLength(249);
    expect(new Set(ISO_3166_COUNTRIES.map(([alpha3]) => alpha3)).size).toBe(249);
    expect(new Set(ISO_3166_COUNTRIES.map(([, numeric]) => numeric)).size).toBe(249);
    for (const [alpha3, numeric] of ISO_3166_COUNTRIES) {
      expect(alpha3).toMatch(/^[A-Z]{3}$/);
      expect(numeric).toMatch(/^\d{3}$/);
    }
  });

  it('pairs codes as ISO does: the Netherlands 528, Hong Kong 344, the United States 840', () => {
    const numeric = new Map(ISO_3166_COUNTRIES.map(([alpha3, code]) => [alpha3, code]));
    expect([numeric.get('NLD'), numeric.get('HKG'), numeric.get('USA')]).toEqual(['528', '344', '840']);
  });

  it('knows every country the data names, and every EU member', () => {
    for (const row of csamHosting.rows) expect(isIsoAlpha3(row.code)).toBe(true);
    for (const code of [...EU_MEMBERS, 'LTU', 'POL']) expect(isIsoAlpha3(code)).toBe(true);
  });

  it('leaves out user-assigned codes such as Kosovo’s XKK and XKX', () => {
    expect(isIsoAlpha3('XKK')).toBe(false);
    expect(isIsoAlpha3('XKX')).toBe(false);
    expect(isIsoAlpha3(null)).toBe(false);
  });
});
