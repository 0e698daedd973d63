import { invalidField } from '@shangliang/http';
import type { HotlineImportRepository, ImportProgress } from './hotline-import.repository';
import { HotlineImportRunner } from './hotline-import.runner';
import type { SubmitWorkOrderUseCase } from './submit-work-order.usecase';
import type { CsvRow } from './work-order-csv';

const values = (n: number, overrides: Record<string, string | undefined> = {}) => ({
  orderNumber: `GD-${n}`,
  receivedAt: '2026-11-20T09:30:00+08:00',
  callerPhone: `1381234${String(n).padStart(4, '0')}`,
  requestType: 'complaint',
  category: 'traffic',
  communityId: 'com-01',
  content: `路口红绿灯坏了，第${n}次反映`,
  urgency: 'normal',
  ...overrides,
});

async function runImport(rows: CsvRow[], submit: jest.Mock, options: { stopAfterStart?: boolean } = {}) {
  let finished: { status: string; progress: ImportProgress } | null = null;
  const imports = {
    progress: jest.fn().mockResolvedValue(undefined),
    finish: jest.fn(async (_id: string, status: string, progress: ImportProgress) => {
      finished = { status, progress: structuredClone(progress) };
    }),
  };
  const runner = new HotlineImportRunner(imports as unknown as HotlineImportRepository, { execute: submit } as unknown as SubmitWorkOrderUseCase);
  runner.start('imp-1', 'p1', rows);
  await (options.stopAfterStart ? runner.onApplicationShutdown() : runner.idle());
  return { finished: finished as unknown as { status: string; progress: ImportProgress }, imports };
}

describe('importing a CSV of work orders', () => {
  it('imports good rows, reports each bad row with its number and field, and finishes', async () => {
    const submit = jest.fn().mockResolvedValue({ created: true, result: {} });
    const rows: CsvRow[] = [
      { row: 2, values: values(1) },
      { row: 3, values: values(2, { urgency: 'whenever' }) },
      { row: 4, values: values(3, { content: undefined }) },
      { row: 5, values: values(4) },
    ];
    const { finished } = await runImport(rows, submit);
    expect(finished.status).toBe('finished');
    expect(finished.progress).toMatchObject({ importedRows: 2, skippedRows: 0, failedRows: 2 });
    expect(finished.progress.errors).toEqual([
      { row: 3, field: 'urgency', message: expect.any(String) },
      { row: 4, field: 'content', message: expect.any(String) },
    ]);
    expect(submit).toHaveBeenCalledTimes(2);
  });

  it('counts a row whose order was already received as skipped, not imported', async () => {
    const submit = jest.fn().mockResolvedValue({ created: false, result: {} });
    const { finished } = await runImport([{ row: 2, values: values(1) }], submit);
    expect(finished.progress).toMatchObject({ importedRows: 0, skippedRows: 1, failedRows: 0 });
  });

  it("reports a rule the use case refuses (an unknown community) on the row's field", async () => {
    const submit = jest.fn().mockRejectedValue(invalidField('communityId', 'unknown community "com-99"'));
    const { finished } = await runImport([{ row: 2, values: values(1, { communityId: 'com-99' }) }], submit);
    expect(finished.progress.errors).toEqual([{ row: 2, field: 'communityId', message: 'unknown community "com-99"' }]);
  });

  it('writes progress while it runs, so a poller sees it move', async () => {
    const submit = jest.fn().mockResolvedValue({ created: true, result: {} });
    const rows = Array.from({ length: 120 }, (_, i) => ({ row: i + 2, values: values(i + 1) }));
    const { imports } = await runImport(rows, submit);
    expect(imports.progress).toHaveBeenCalledTimes(2);
  });

  it('stops between rows when the service shuts down and says how to finish the import', async () => {
    const submit = jest.fn().mockResolvedValue({ created: true, result: {} });
    const rows = Array.from({ length: 5 }, (_, i) => ({ row: i + 2, values: values(i + 1) }));
    const { finished } = await runImport(rows, submit, { stopAfterStart: true });
    expect(finished.status).toBe('failed');
    expect(finished.progress.importedRows).toBeLessThan(5);
    expect(finished.progress.errors.at(-1)).toMatchObject({ field: '(file)', message: expect.stringContaining('import the file again') });
  });
});
