import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';

/** A field a list's answer carries besides its page and total (the inbox's unread count, say). */
export interface ListAnswerField {
  type: 'integer' | 'number' | 'boolean' | 'string' | 'object';
  description: string;
}

/**
 * The OpenAPI answer of a list whose total is counted only up to a cap (TOTAL_CAP in
 * @shangliang/persistence): `total` is exact below it; at it, `totalIsLowerBound` is true and the
 * list has at least that many. `more`: the answer's other fields, always present.
 */
export function ApiCappedListResponse(items: string, cap: number, more: Record<string, ListAnswerField> = {}) {
  return applyDecorators(
    ApiOkResponse({
      description: `A page of ${items}, with how many match in all (counted up to ${cap.toLocaleString('en')}).`,
      schema: {
        type: 'object',
        required: ['total', 'totalIsLowerBound', 'items', ...Object.keys(more)],
        properties: {
          total: { type: 'integer', description: `How many match, exactly up to ${cap.toLocaleString('en')}; at that cap, a lower bound.` },
          totalIsLowerBound: { type: 'boolean', description: `True when more than ${cap.toLocaleString('en')} match: \`total\` is then the cap, not the count.` },
          items: { type: 'array', items: { type: 'object' }, description: `The page of ${items}.` },
          ...more,
        },
      },
    }),
  );
}
