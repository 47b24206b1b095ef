/** The fields scripts read from answers: a record's id, a page's items and cursor. */
export interface JsonBody {
  id: string;
  items: unknown[];
  nextCursor: string | null;
  [field: string]: unknown;
}

export interface HttpAnswer {
  status: number;
  text: string;
  body: JsonBody;
}

export interface HttpClient {
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  get(url: string): Promise<HttpAnswer>;
  post(url: string, body: unknown): Promise<HttpAnswer>;
}

/** A client of the service on a loopback port, signed in with `token`. */
export function httpClient(port: number, token: string): HttpClient {
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, text, body: (text ? JSON.parse(text) : null) as JsonBody };
  };
  return { call, get: (url) => call('GET', url), post: (url, body) => call('POST', url, body) };
}
