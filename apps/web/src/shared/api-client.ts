import type { Language, Problem } from '@safegrid/contracts';

/** A failed API call: the problem's stable `code` decides what the user is told. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problem: Problem | null,
  ) {
    super(code);
  }

  /** Messages of the fields the server named, keyed by path (`/deadline`, `/plan/funds`). */
  fieldMessages(): Record<string, string> {
    return Object.fromEntries((this.problem?.errors ?? []).map((error) => [error.path, error.message]));
  }
}

/** The request never reached the server (offline, DNS, server down). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

export type QueryValue = string | number | boolean | readonly string[] | undefined | null;

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

let currentLanguage: Language = 'zh-CN';

/** Server messages (problem titles and field messages) come back in the language the UI shows. */
export function setApiLanguage(language: Language): void {
  currentLanguage = language;
}

export function apiUrl(path: string, query: RequestOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.append(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as Problem;
  } catch {
    return null;
  }
}

/**
 * Calls the API with the session cookie. Resolves with the parsed JSON body; rejects with an
 * ApiError carrying the problem's code, or a NetworkError when the server was not reached.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLanguage, ...options.headers };
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error instanceof Error ? error.message : 'network');
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(response.status, problem?.code ?? (response.status >= 500 ? 'internal' : 'request.invalid'), problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A file the API sent as a download, with the name from its Content-Disposition. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly filename: string;
}

/** Fetches a file (an export, a document) in the UI's language; the same errors as apiRequest. */
export async function apiDownload(path: string, query: RequestOptions['query'] = {}): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { headers: { 'accept-language': currentLanguage }, credentials: 'same-origin' });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : 'network');
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(response.status, problem?.code ?? (response.status >= 500 ? 'internal' : 'request.invalid'), problem);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  return { blob: await response.blob(), filename: encoded ? decodeURIComponent(encoded) : plain ?? 'download' };
}

/** Hands a downloaded file to the browser's save dialog. */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
