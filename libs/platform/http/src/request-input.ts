/** Deeper JSON than any of our contracts nests is an attack on the parser or the walk, not data. */
export const MAX_INPUT_DEPTH = 32;

export interface InputProblem {
  field: string;
  message: string;
}

export interface RequestInput {
  params?: unknown;
  query?: unknown;
  body?: unknown;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Text as PostgreSQL can store it, for input that never passes the guard below (a multipart
 * file name, read after it): NUL removed, lone surrogates replaced by U+FFFD.
 */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\uFFFD');
}

/**
 * The first thing in a request's path parameters, query or body that no handler should ever see:
 * a NUL character (PostgreSQL cannot store it in text, so it would surface as a 500), a lone
 * UTF-16 surrogate (not text at all; stored, it silently becomes U+FFFD), nesting deeper than
 * MAX_INPUT_DEPTH, or more query parameters than `maxFields`. Fields are named as the client
 * sent them: `path.id`, `query.status`, and body paths like validation errors (`location.communityId`).
 */
export function findUnsafeInput(input: RequestInput, maxFields: number): InputProblem | null {
  const queryKeys = isObject(input.query) ? Object.keys(input.query).length : 0;
  if (queryKeys > maxFields) return { field: 'query', message: `at most ${maxFields} query parameters` };
  return walk(input.params, 'path') ?? walk(input.query, 'query') ?? walk(input.body, null);
}

/** Iterative, so hostile nesting cannot overflow the stack before the depth check refuses it. */
function walk(root: unknown, location: 'path' | 'query' | null): InputProblem | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: location ? [location] : [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { field: fieldName(path), message: problem };
      continue;
    }
    // Buffers (a raw body) are bytes, not fields.
    if (!isObject(value) || ArrayBuffer.isView(value)) continue;
    if (path.length - (location ? 1 : 0) >= MAX_INPUT_DEPTH) return { field: fieldName(path), message: `nested deeper than ${MAX_INPUT_DEPTH} levels` };
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { field: fieldName(path), message: `a field name ${keyProblem}` };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (unpaired surrogate)';
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldName(path: string[]): string {
  return path.length ? path.join('.') : '(body)';
}
