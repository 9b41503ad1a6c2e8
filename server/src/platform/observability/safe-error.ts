// What an error may say in the application log. Messages are never logged: a database error's
// message, `detail`, `where` and the query parameters Drizzle puts in its message carry the values
// that were written («Key (national_id)=(…) already exists»), and those are personal data.

export interface SafeError {
  /** The error's class or name, e.g. DrizzleQueryError, TypeError. */
  errorKind: string;
  /** A Fastify/Node error code or PostgreSQL's SQLSTATE (23505 …). */
  code?: string;
  /** Schema names only: which constraint, table or column a database error is about. */
  constraint?: string;
  table?: string;
  column?: string;
  /** The stack frames, without the first line (which repeats the message). */
  stack?: string;
  cause?: SafeError;
}

const schemaName = /^[a-z_][a-z0-9_$.]{0,127}$/i;
const errorCode = /^[\w.-]{1,64}$/;

function field(error: object, key: string, shape: RegExp): string | undefined {
  const value = (error as Record<string, unknown>)[key];
  if (typeof value === 'string' && shape.test(value)) return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function frames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return lines.length ? lines.join('\n') : undefined;
}

/** Describes an error for the log: kind, codes, schema names and stack frames, nothing more. */
export function describeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { errorKind: typeof error };
  const kind = error.constructor?.name && error.constructor.name !== 'Error' ? error.constructor.name : error.name;
  const described: SafeError = { errorKind: /^[\w.-]{1,80}$/.test(kind) ? kind : 'Error' };
  const code = field(error, 'code', errorCode);
  if (code) described.code = code;
  for (const key of ['constraint', 'table', 'column'] as const) {
    const value = field(error, key, schemaName);
    if (value) described[key] = value;
  }
  const stack = frames(error.stack);
  if (stack) described.stack = stack;
  if (error.cause !== undefined && depth < 3) described.cause = describeError(error.cause, depth + 1);
  return described;
}
