import { testEnvironment } from './test-environment';

type Service = 'intake' | 'assignment' | 'consultation' | 'supervision' | 'notifications';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A thin HTTP client for tests: JSON in and out, optional staff token. */
export class ApiClient {
  constructor(readonly token?: string) {}

  static async login(username: string, password = testEnvironment.demoPassword): Promise<ApiClient> {
    const res = await new ApiClient().post('assignment', '/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new ApiClient(res.body.token);
  }

  get<T = any>(service: Service, path: string): Promise<ApiResponse<T>> {
    return this.request<T>(service, 'GET', path);
  }

  post<T = any>(service: Service, path: string, body: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    return this.request<T>(service, 'POST', path, body, headers);
  }

  patch<T = any>(service: Service, path: string, body: unknown): Promise<ApiResponse<T>> {
    return this.request<T>(service, 'PATCH', path, body);
  }

  put<T = any>(service: Service, path: string, body: unknown): Promise<ApiResponse<T>> {
    return this.request<T>(service, 'PUT', path, body);
  }

  async request<T>(service: Service, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetchOnce(`${testEnvironment.url(service)}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
}

/**
 * `fetch`, sent a second time when the first went out on a pooled keep-alive socket the server
 * had already closed ("other side closed"): after a busy spell in the test process (compiling
 * the next suite, processes starting) the pool's idle timer may not have run yet, and the
 * request never reached the service, so sending it again is safe.
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}
