import { problemCommandFrom, titleFrom, workOrderHash, workOrderSchema } from './work-order.schema';

const validOrder = {
  orderNumber: 'GD-2026-000001',
  receivedAt: '2026-11-20T09:30:00+08:00',
  callerPhone: '138 1234 5678',
  callerName: '王小红',
  requestType: 'complaint',
  category: 'public_facilities',
  communityId: 'com-01',
  address: '5号楼前',
  content: '5号楼前的路灯坏了三个星期。晚上老人出门很不方便。',
  urgency: 'normal',
};

describe('the hotline work order format', () => {
  it('accepts a complete order and ignores fields it does not use', () => {
    expect(workOrderSchema.safeParse({ ...validOrder, agentId: 'A-77' }).success).toBe(true);
  });

  it('names a missing field and a field of the wrong type', () => {
    const { content: _content, ...missing } = validOrder;
    const issues = workOrderSchema.safeParse({ ...missing, urgency: 3 }).error?.issues.map((i) => i.path.join('.'));
    expect(issues?.sort()).toEqual(['content', 'urgency']);
  });

  it('refuses an unknown category, request type or a date without a time zone', () => {
    const issues = workOrderSchema.safeParse({ ...validOrder, category: 'weather', requestType: 'praise', receivedAt: '2026-11-20 09:30' }).error?.issues.map((i) => i.path.join('.'));
    expect(issues?.sort()).toEqual(['category', 'receivedAt', 'requestType']);
  });

  it('raises a problem titled by the first sentence, with the caller as a contact who may be called back', () => {
    const command = problemCommandFrom(workOrderSchema.parse(validOrder));
    expect(command).toMatchObject({ title: '5号楼前的路灯坏了三个星期', description: validOrder.content, communityId: 'com-01', contact: { phone: '138 1234 5678', consentToCallback: true } });
  });

  it('cuts a long title to forty characters', () => {
    expect([...titleFrom('很'.repeat(100))]).toHaveLength(40);
  });

  it('identifies the same order the same way whatever the field order', () => {
    const a = workOrderSchema.parse(validOrder);
    const b = workOrderSchema.parse(Object.fromEntries(Object.entries(validOrder).reverse()));
    expect(workOrderHash(a)).toBe(workOrderHash(b));
    expect(workOrderHash(a)).not.toBe(workOrderHash({ ...a, content: `${a.content}！` }));
  });
});
