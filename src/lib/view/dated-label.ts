/** labelCarriesDate(label, date): whether a version's label begins with its own date ("2025-12-18", "2025-11-17-a7c186f"). */
export function labelCarriesDate(label: string, date: string): boolean {
  return label.startsWith(date);
}

/**
 * datedLabel(label, date): a version's label with its date beside it, unless the label already begins with
 * that date, where the date would only repeat it.
 */
export function datedLabel(label: string, date: string): string {
  return labelCarriesDate(label, date) ? label : `${label} (${date})`;
}
