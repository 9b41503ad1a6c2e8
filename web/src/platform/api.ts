// The one HTTP client for the Helhet API: JSON in and out, the session cookie, the CSRF header on
// every state change, and problem+json errors turned into ApiError with the Norwegian detail.

export interface FieldIssue {
  path: string;
  detail: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldIssue[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get detail(): string {
    return this.problem.detail;
  }

  /** Field errors keyed by the field name ("body/nationalId" → "nationalId"). */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const issue of this.problem.errors ?? []) {
      const parts = issue.path.split('/').filter(Boolean);
      const field = ['body', 'querystring', 'params'].includes(parts[0] ?? '') ? parts.slice(1) : parts;
      const key = field[0] ?? '';
      if (!(key in result)) result[key] = issue.detail;
    }
    return result;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API says the session is gone, so the app can show the login page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

const networkProblem: Problem = {
  status: 0,
  code: 'NETWORK',
  title: 'Ingen forbindelse',
  detail: 'Fikk ikke kontakt med Helhet. Sjekk nettverket og prøv igjen.',
};

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, code: 'UNKNOWN', detail: `Noe gikk galt (HTTP ${response.status}). Prøv igjen senere.` };
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.detail === 'string' && typeof body.code === 'string') return { ...fallback, ...body, status: response.status } as Problem;
  } catch {
    // Not JSON: keep the generic message rather than showing raw text to the user.
  }
  return fallback;
}

export async function request<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(networkProblem);
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (problem.code === 'NOT_AUTHENTICATED' && !path.startsWith('/api/auth/')) onUnauthenticated?.();
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};

/** Any thrown value as an ApiError, so views can always show a Norwegian detail. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, code: 'CLIENT', detail: 'Noe gikk galt i nettleseren. Last siden på nytt og prøv igjen.' });
}
