/** RFC 9457 problem details as the API sends them, with the `errors` map of validation failures. */
export type ProblemDetails = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Keyed by the contract's camelCase field names, each with one or more messages. */
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
};

/** The one error type for any answer from the API that is not 2xx. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.title ?? `The API answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function asErrorsMap(value: unknown): Record<string, string[]> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const map: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(messages)) {
      const texts = messages.filter((message): message is string => typeof message === 'string');
      if (texts.length > 0) map[key] = texts;
    } else if (typeof messages === 'string') {
      map[key] = [messages];
    }
  }
  return map;
}

/** Reads a problem from any body: problem+json, plain JSON, or nothing usable. */
export function toProblemDetails(status: number, body: unknown): ProblemDetails {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { status, title: typeof body === 'string' && body.length > 0 && body.length < 300 ? body : undefined };
  }
  const raw = body as Record<string, unknown>;
  const problem: ProblemDetails = { ...raw, status: typeof raw.status === 'number' ? raw.status : status };
  problem.title = typeof raw.title === 'string' ? raw.title : undefined;
  problem.detail = typeof raw.detail === 'string' ? raw.detail : undefined;
  const errors = asErrorsMap(raw.errors);
  if (errors) problem.errors = errors;
  else delete problem.errors;
  return problem;
}

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = undefined;
  try {
    const text = await response.clone().text();
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
  } catch {
    body = undefined;
  }
  return new ApiError(response.status, toProblemDetails(response.status, body));
}
