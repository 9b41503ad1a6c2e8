// One problem+json answer for every error. Unknown errors become a generic 500 with a request id;
// the application log gets the error's kind, codes and stack frames (describeError), never its
// message, request bodies, queries or a database error's detail and parameters.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HelhetError, toProblem, type FieldIssue } from '../errors.js';
import { describeError } from '../observability/safe-error.js';

const partLabels: Record<string, string> = {
  body: 'innholdet',
  querystring: 'søkeparameterne',
  params: 'adressen',
  headers: 'overskriftene',
};

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1_048_576) * 10) / 10}`.replace('.', ',');
}

function fastifyErrorToHelhet(error: FastifyError, bodyLimit: number | undefined): HelhetError | null {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = partLabels[error.validationContext ?? 'body'] ?? 'forespørselen';
    const fields: FieldIssue[] = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath === '/' ? '' : issue.instancePath}`,
      detail: issue.message ?? 'Ugyldig verdi',
    }));
    // The detail is read by people: the message alone for one field, «felt: melding» for several.
    const field = (path: string): string => path.split('/').slice(1).join('.') || part;
    const detail = fields.length === 1 ? fields[0]!.detail : `${fields.length} feil i ${part}: ${fields.map((f) => `${field(f.path)}: ${f.detail}`).join('; ')}`;
    return new HelhetError('VALIDATION_FAILED', detail, fields);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HelhetError('BODY_TOO_LARGE', `Forespørselen er større enn tillatt (maks ${megabytes(bodyLimit ?? 1_048_576)} MB).`);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HelhetError('MALFORMED_JSON', 'Innholdet er ikke gyldig JSON.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HelhetError('MALFORMED_JSON', 'Innholdet er tomt, men JSON var ventet.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HelhetError('UNSUPPORTED_MEDIA_TYPE', 'Innholdstypen støttes ikke. Send application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HelhetError('VALIDATION_FAILED', 'Content-Length stemmer ikke med innholdet.');
  }
  if (error.statusCode === 429) return new HelhetError('RATE_LIMITED', 'For mange forespørsler. Vent litt og prøv igjen.');
  if (error instanceof SyntaxError) return new HelhetError('MALFORMED_JSON', 'Innholdet er ikke gyldig JSON.');
  // Any other client error Fastify raises (a malformed URL, a bad header) keeps its status with our own
  // words: Fastify's message can quote the URL.
  const status = error.statusCode ?? 0;
  if (status >= 400 && status < 500) return clientErrorByStatus[status] ?? new HelhetError('VALIDATION_FAILED', 'Forespørselen er ugyldig.');
  return null;
}

const clientErrorByStatus: Record<number, HelhetError> = {
  404: new HelhetError('NOT_FOUND', 'Adressen finnes ikke i API-et.'),
  405: new HelhetError('METHOD_NOT_ALLOWED', 'Adressen tar ikke imot denne metoden.'),
  413: new HelhetError('BODY_TOO_LARGE', 'Forespørselen er større enn tillatt.'),
  414: new HelhetError('URI_TOO_LONG', 'Adressen er lengre enn tillatt.'),
  415: new HelhetError('UNSUPPORTED_MEDIA_TYPE', 'Innholdstypen støttes ikke. Send application/json.'),
  431: new HelhetError('HEADERS_TOO_LARGE', 'Overskriftene i forespørselen er større enn tillatt.'),
};

// SQLSTATE classes PostgreSQL raises for a value it cannot store: out of range, untranslatable
// character (NUL), bad text representation, too long. The schemas at the edge should refuse these
// first; this is the net under them, logged so the missing bound can be added.
const databaseRefusedInput = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05', '2200H', '54000']);

function databaseInputError(error: unknown): string | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && databaseRefusedInput.has(code)) return code;
  }
  return null;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof HelhetError ? error : fastifyErrorToHelhet(error, request.routeOptions.bodyLimit);
    if (known) {
      return reply.code(known.status).type('application/problem+json').send(toProblem(known));
    }
    const sqlState = databaseInputError(error);
    if (sqlState) {
      request.log.warn({ errorKind: 'database-refused-input', sqlState, route: request.routeOptions.url }, 'input refused by the database');
      const refused = new HelhetError('VALIDATION_FAILED', 'En verdi i forespørselen kan ikke lagres (for lang, for stor eller med ugyldige tegn).');
      return reply.code(refused.status).type('application/problem+json').send(toProblem(refused));
    }
    const described = describeError(error);
    if (isResponseSerializationError(error)) described.errorKind = 'response-serialization';
    request.log.error({ error: described, route: request.routeOptions.url }, 'unhandled error');
    const internal = new HelhetError('INTERNAL', `Noe gikk galt hos oss. Oppgi referansen ${request.id} hvis du kontakter brukerstøtte.`);
    return reply.code(500).type('application/problem+json').send(toProblem(internal, request.id));
  });
}
