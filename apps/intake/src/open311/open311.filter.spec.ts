import { ZodValidationException } from 'nestjs-zod';
import { DomainError, invalidField } from '@shangliang/http';
import { toOpen311Error } from './open311.filter';
import { postRequestSchema } from './open311-request.schema';

describe('Open311 errors', () => {
  it('lists one 400 error per invalid field, named as the client sent it', () => {
    const result = postRequestSchema.safeParse({ service_code: 'traffic', lat: '30', long: '120', attribute: { urgency: 5 } });
    const error = toOpen311Error(new ZodValidationException(result.error!));
    expect(error.status).toBe(400);
    expect(error.errors.map((e) => e.description.split(':')[0]).sort()).toEqual(['attribute[urgency]', 'description']);
    expect(error.errors.every((e) => e.code === 400)).toBe(true);
  });

  it('keeps 404 and 403 and answers a rate limit with 429', () => {
    expect(toOpen311Error(new DomainError(404, 'not_found', 'problem not found')).status).toBe(404);
    expect(toOpen311Error(new DomainError(429, 'rate_limited', 'too many')).status).toBe(429);
  });

  it("turns a use case's field error into a 400 naming the field, and a conflict into a 400", () => {
    expect(toOpen311Error(invalidField('communityId', 'unknown community')).errors).toEqual([{ code: 400, description: 'communityId: unknown community' }]);
    expect(toOpen311Error(new DomainError(409, 'idempotency_key_reused', 'reused')).status).toBe(400);
  });

  it('keeps the status of a body Express refused before any route ran', () => {
    const tooLarge = toOpen311Error(Object.assign(new Error('request entity too large'), { status: 413, expose: true, type: 'entity.too.large', limit: 102400 }));
    expect(tooLarge.status).toBe(413);
    expect(toOpen311Error(Object.assign(new Error('unsupported charset'), { status: 415, expose: true, type: 'charset.unsupported', charset: 'latin1' })).status).toBe(415);
    expect(toOpen311Error(Object.assign(new Error('too many parameters'), { status: 413, expose: true, type: 'parameters.too.many' })).status).toBe(400);
  });

  it('hides the details of an unexpected failure', () => {
    const error = toOpen311Error(new Error('connection string postgres://secret'));
    expect(error.status).toBe(500);
    expect(JSON.stringify(error.errors)).not.toContain('secret');
  });
});
