/**
 * The build date (YYYY-MM-DD): the "accessed" date of citations and the date in the footer. It is the
 * one declared field that differs between two builds of the same commit; SOURCE_DATE_EPOCH fixes it.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
