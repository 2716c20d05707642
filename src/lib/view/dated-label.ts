/**
 * datedLabel(label, date): a version's label with its date beside it, unless the label already begins with
 * that date ("2025-12-18", "2025-11-17-a7c186f"), where the date would only repeat it.
 */
export function datedLabel(label: string, date: string): string {
  return label.startsWith(date) ? label : `${label} (${date})`;
}
