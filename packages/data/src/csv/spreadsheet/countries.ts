import { ISO_3166_COUNTRIES } from '../../iso3166';
import { norm } from './normalize';
import { COUNTRY_SHORT_NAMES, SPREADSHEET_LANGUAGES } from './words';

/*
 * Countries as a table names them: an ISO 3166-1 code (`NLD`, `nl`), a name in English or any shipped language
 * (`Niederlande`, `Pays-Bas`, `オランダ`, `هولندا`; from `Intl.DisplayNames`), or a short form (`USA`, `UK`).
 */

let names: Map<string, string> | undefined;

function countryNames(): Map<string, string> {
  if (names) return names;
  const found = new Map<string, string>();
  for (const [alpha3, , alpha2] of ISO_3166_COUNTRIES) {
    found.set(norm(alpha3), alpha3);
    found.set(norm(alpha2), alpha3);
  }
  for (const language of SPREADSHEET_LANGUAGES) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const [alpha3, , alpha2] of ISO_3166_COUNTRIES) {
      const name = display.of(alpha2);
      if (!name) continue;
      const key = norm(name);
      if (!found.has(key)) found.set(key, alpha3);
      // "Korea, Republic of" style and bracketed forms: the part before the comma or bracket too.
      const short = norm(name.replace(/\s*[(,].*$/, ''));
      if (short && !found.has(short)) found.set(short, alpha3);
    }
  }
  for (const [name, alpha3] of Object.entries(COUNTRY_SHORT_NAMES)) found.set(norm(name), alpha3);
  names = found;
  return found;
}

/** The ISO 3166-1 alpha-3 code of a country as a table names it, or `undefined`. */
export function countryCode(cell: string): string | undefined {
  const key = norm(cell)
    .replace(/^(the|die|der|les|la|le|el|los|las|il|i|de|het|os|as|o|a)\s+/, '')
    .replace(/[*¹²³†]+$/, '');
  const map = countryNames();
  return map.get(key) ?? map.get(norm(cell));
}
