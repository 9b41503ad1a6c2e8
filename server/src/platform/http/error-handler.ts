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
  return null;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof HelhetError ? error : fastifyErrorToHelhet(error, request.routeOptions.bodyLimit);
    if (known) {
      return reply.code(known.status).type('application/problem+json').send(toProblem(known));
    }
    const described = describeError(error);
    if (isResponseSerializationError(error)) described.errorKind = 'response-serialization';
    request.log.error({ error: described, route: request.routeOptions.url }, 'unhandled error');
    const internal = new HelhetError('INTERNAL', `Noe gikk galt hos oss. Oppgi referansen ${request.id} hvis du kontakter brukerstøtte.`);
    return reply.code(500).type('application/problem+json').send(toProblem(internal, request.id));
  });
}
