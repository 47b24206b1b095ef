import { authorizedFetch } from '../api/client';

/** Downloads a file the API serves behind sign-in (Word, Excel): fetched with the token, saved under the server's name. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await authorizedFetch(url);
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** RFC 6266: the UTF-8 `filename*` when given (Vietnamese names), else the plain one. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) return decodeURIComponent(extended[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}
