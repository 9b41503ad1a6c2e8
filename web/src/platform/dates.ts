// Local calendar dates and times for form inputs (the browser's time zone; Europe/Oslo in use).
const pad = (n: number) => String(n).padStart(2, '0');

/** The local date as YYYY-MM-DD, optionally `days` later. */
export function localDate(days = 0, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Now as a value for <input type="datetime-local">, to the minute. */
export function nowForInput(): string {
  const d = new Date();
  return `${localDate(0, d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO instant, or the raw text if it is not a date (the API then explains). */
export function inputToIso(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}
