// The one error catalogue. Every error the API answers with has a code here, an HTTP status and a
// Norwegian title; the detail is written where the error is raised.
export const errors = {
  VALIDATION_FAILED: { status: 400, title: 'Ugyldig forespørsel' },
  MALFORMED_JSON: { status: 400, title: 'Ugyldig JSON' },
  BODY_TOO_LARGE: { status: 413, title: 'Forespørselen er for stor' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Ukjent innholdstype' },
  NOT_AUTHENTICATED: { status: 401, title: 'Ikke innlogget' },
  LOGIN_FAILED: { status: 401, title: 'Innlogging feilet' },
  CSRF_FAILED: { status: 403, title: 'Ugyldig CSRF-token' },
  ROLE_REQUIRED: { status: 403, title: 'Mangler rolle' },
  PERSON_NOT_IN_SCOPE: { status: 403, title: 'Ingen tjenstlig behov' },
  /** The role allows the action, but not on this object (e.g. an avvik routed to another unit). */
  OUTSIDE_RESPONSIBILITY: { status: 403, title: 'Utenfor ditt ansvarsområde' },
  EMERGENCY_REASON_REQUIRED: { status: 422, title: 'Begrunnelse mangler' },
  /** Nobody grants roles or unit memberships to themselves (docs/access-model.md, «Granting access»). */
  SELF_GRANT: { status: 403, title: 'Du kan ikke gi deg selv tilgang' },
  LAST_ADMIN: { status: 409, title: 'Siste administrator' },
  /** A service relation opened without a henvendelse, referral or vedtak in the unit needs a reason. */
  RELATION_REASON_REQUIRED: { status: 422, title: 'Begrunnelse mangler' },
  NOT_FOUND: { status: 404, title: 'Finnes ikke' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Metoden er ikke tillatt' },
  URI_TOO_LONG: { status: 414, title: 'Adressen er for lang' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Overskriftene er for store' },
  PERSON_DUPLICATE: { status: 409, title: 'Personen er allerede registrert' },
  NATIONAL_ID_INVALID: { status: 422, title: 'Ugyldig fødselsnummer' },
  CONFLICT: { status: 409, title: 'Konflikt' },
  UNPROCESSABLE: { status: 422, title: 'Kan ikke utføres' },
  RATE_LIMITED: { status: 429, title: 'For mange forespørsler' },
  /** Refused for where the request comes from or what it lacks, not for a role (e.g. /metrics). */
  ACCESS_DENIED: { status: 403, title: 'Ingen tilgang' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Tjenesten er ikke klar' },
  INTERNAL: { status: 500, title: 'Intern feil' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errors;

export interface FieldIssue {
  path: string;
  detail: string;
}

export class HelhetError extends Error {
  constructor(
    public readonly code: ErrorCode,
    /** User-readable explanation in Norwegian bokmål. Never personal data. */
    public readonly detailNo: string,
    public readonly fields?: FieldIssue[],
    public readonly extra?: Record<string, unknown>,
  ) {
    super(code);
  }

  get status(): number {
    return errors[this.code].status;
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldIssue[];
  requestId?: string;
  [key: string]: unknown;
}

export function toProblem(error: HelhetError, requestId?: string): Problem {
  const entry = errors[error.code];
  return {
    type: `https://helhet.example/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: entry.title,
    status: entry.status,
    detail: error.detailNo,
    code: error.code,
    ...(error.fields?.length ? { errors: error.fields } : {}),
    ...(requestId ? { requestId } : {}),
    ...error.extra,
  };
}
