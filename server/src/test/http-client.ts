// A real HTTP client for tests: logs in, keeps the session cookie and sends the CSRF token.
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class TestClient {
  cookie = '';
  csrfToken = '';

  constructor(readonly baseUrl: string) {}

  async login(username: string, password: string): Promise<Answer> {
    const answer = await this.request('POST', '/api/auth/login', { username, password });
    if (answer.status === 200) this.csrfToken = answer.body.csrfToken;
    return answer;
  }

  get<T = any>(path: string): Promise<Answer<T>> {
    return this.request('GET', path);
  }

  post<T = any>(path: string, body?: unknown): Promise<Answer<T>> {
    return this.request('POST', path, body);
  }

  put<T = any>(path: string, body?: unknown): Promise<Answer<T>> {
    return this.request('PUT', path, body);
  }

  patch<T = any>(path: string, body?: unknown): Promise<Answer<T>> {
    return this.request('PATCH', path, body);
  }

  async raw(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}), ...init.headers },
      body: init.body,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON; keep the text
    }
    return { status: response.status, body, headers: response.headers };
  }

  request<T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    return this.raw(method, path, body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  }
}
