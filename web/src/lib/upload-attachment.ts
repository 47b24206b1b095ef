import { freshAccessToken } from '../api/client';
import { ProblemError, type Problem } from '../api/problem';
import type { components } from '../api/schema';
import { endSession } from '../auth/refresh';
import { currentTokens } from '../auth/token-store';

export type UploadedAttachment = components['schemas']['AttachmentSummaryDto'];

/**
 * Uploads one evidence file (POST /api/v1/attachments, multipart field "file"). XMLHttpRequest
 * rather than fetch: only it reports how much of the body has been sent, for a progress bar.
 * A refusal (413 too large, 415 not an accepted type) rejects with its problem document.
 */
export async function uploadAttachment(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedAttachment> {
  const token = await freshAccessToken();
  const body = new FormData();
  body.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/attachments');
    request.withCredentials = true;
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) {
        onProgress(1);
        resolve(JSON.parse(request.responseText) as UploadedAttachment);
        return;
      }
      if (request.status === 401 && currentTokens()) endSession('expired');
      reject(new ProblemError(problemOf(request)));
    };
    request.onerror = () => reject(new ProblemError({ status: 0, code: 'network_error' }));
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}

function problemOf(request: XMLHttpRequest): Problem {
  try {
    return { ...(JSON.parse(request.responseText) as Problem), status: request.status };
  } catch {
    return { status: request.status, detail: request.statusText };
  }
}
