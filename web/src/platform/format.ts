// Norwegian formatting of dates and identity numbers.
const dateTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short' });
const time = new Intl.DateTimeFormat('nb-NO', { hour: '2-digit', minute: '2-digit' });

/** "1984-03-12" → "12.03.1984" (no time zone shifts for plain dates). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return year && month && day ? `${day}.${month}.${year}` : isoDate;
}

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatTime(iso: string): string {
  return time.format(new Date(iso));
}

/** "12838412345" → "128384 12345", easier to read aloud on the phone. */
export function formatNationalId(id: string): string {
  return id.length === 11 ? `${id.slice(0, 6)} ${id.slice(6)}` : id;
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

/** "unit:Tildelingskontoret" → "Tildelingskontoret", "team" → "team" and so on, for "Tilgang via: …". */
export function accessBasisText(basis: string): string {
  if (basis.startsWith('unit:')) return basis.slice(5);
  switch (basis) {
    case 'team':
      return 'team';
    case 'own':
      return 'egen innlogging';
    case 'emergency':
      return 'nødtilgang';
    default:
      return basis;
  }
}
