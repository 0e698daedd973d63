import type { ArgumentsHost } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { ApiExceptionFilter } from './api-exception.filter';

function respond(exception: unknown) {
  const headers: Record<string, string> = {};
  let status = 0;
  let body: unknown;
  const response = {
    setHeader: (name: string, value: string) => (headers[name] = value),
    status: (code: number) => ((status = code), response),
    json: (value: unknown) => (body = value),
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ path: '/problems' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  const filter = ApiExceptionFilter.forApp();
  (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
  filter.catch(exception, host);
  return { status, headers, body: body as { code: string } };
}

describe('ApiExceptionFilter', () => {
  it.each(['P2024', 'P2028'])('answers a database that had no room in time (%s) with 503 and Retry-After, not a 500', (code) => {
    const exception = new Prisma.PrismaClientKnownRequestError('Transaction API error: Unable to start a transaction in the given time.', { code, clientVersion: '6.19.3' });
    const { status, headers, body } = respond(exception);
    expect(status).toBe(503);
    expect(headers['Retry-After']).toBe('1');
    expect(body.code).toBe('overloaded');
  });

  it('still answers an unknown fault with 500', () => {
    const { status, headers } = respond(new Error('boom'));
    expect(status).toBe(500);
    expect(headers['Retry-After']).toBeUndefined();
  });
});
