// A small API client for browser-test set-up: logs in over HTTP and sends the session cookie and
// CSRF token, so a test can prepare data without going through pages it does not test.
import { webTestPassword } from '../../server/src/test/web-server.js';

export async function apiClient(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: webTestPassword }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as Record<string, unknown>) };
  };
  return { get: (path: string) => call('GET', path), post: (path: string, body: unknown = {}) => call('POST', path, body), patch: (path: string, body: unknown) => call('PATCH', path, body) };
}
