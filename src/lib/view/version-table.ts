import { labelCarriesDate } from './dated-label.ts';

export interface VersionRow {
  version: string;
  date: string;
  licence: string;
}

/**
 * versionTableColumns(rows): which columns a document's table of versions needs. A date column only repeats
 * the labels when every label begins with its own date; a licence column only repeats one value when every
 * version has the same licence, which is then stated once (`sharedLicence`). Dropping both keeps the table
 * legible on a phone, where five columns break words in the middle.
 */
export function versionTableColumns(rows: readonly VersionRow[]): { date: boolean; sharedLicence: string | null } {
  const licences = new Set(rows.map((r) => r.licence));
  return {
    date: !rows.every((r) => labelCarriesDate(r.version, r.date)),
    sharedLicence: licences.size === 1 ? [...licences][0]! : null,
  };
}
