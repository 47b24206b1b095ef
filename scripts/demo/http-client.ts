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
  /** A multipart upload of one file in the `file` field. */
  upload(url: string, fileName: string, mediaType: string, bytes: Uint8Array): Promise<HttpAnswer>;
}

/** A client of the service on a loopback port, signed in with `token`. */
export function httpClient(port: number, token: string): HttpClient {
  const answer = async (response: Response): Promise<HttpAnswer> => {
    const text = await response.text();
    return { status: response.status, text, body: (text ? JSON.parse(text) : null) as JsonBody };
  };
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return answer(response);
  };
  const upload = async (url: string, fileName: string, mediaType: string, bytes: Uint8Array): Promise<HttpAnswer> => {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: mediaType }), fileName);
    return answer(
      await fetch(`http://127.0.0.1:${port}${url}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form }),
    );
  };
  return { call, get: (url) => call('GET', url), post: (url, body) => call('POST', url, body), upload };
}
