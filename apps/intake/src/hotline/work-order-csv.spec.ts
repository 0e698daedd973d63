import { CsvFileError, parseWorkOrderCsv, REQUIRED_COLUMNS } from './work-order-csv';

const header = [...REQUIRED_COLUMNS, 'address'].join(',');
const row = (n: number, extra = '') => `GD-${n},2026-11-20T09:30:00+08:00,1381234${String(n).padStart(4, '0')},complaint,traffic,com-01,"路口红绿灯坏了, 第${n}次反映",normal,${extra}`;

describe('reading a partner CSV export', () => {
  it('numbers data rows as a spreadsheet does (the header is row 1) and keeps quoted commas', () => {
    const rows = parseWorkOrderCsv(Buffer.from(`${header}\n${row(1)}\n${row(2)}\n`));
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows[0].values.content).toBe('路口红绿灯坏了, 第1次反映');
  });

  it('treats an empty cell as an absent field', () => {
    const [first] = parseWorkOrderCsv(Buffer.from(`${header}\n${row(1)}\n`));
    expect(first.values.address).toBeUndefined();
  });

  it('reads a UTF-8 file with a byte order mark and CRLF line ends', () => {
    const rows = parseWorkOrderCsv(Buffer.from(`\uFEFF${header}\r\n${row(1, '5号楼')}\r\n`));
    expect(rows[0].values).toMatchObject({ orderNumber: 'GD-1', address: '5号楼' });
  });

  it('reads a file saved as GB18030 by a Chinese spreadsheet program', () => {
    const gbkHello = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]); // 你好
    const file = Buffer.concat([Buffer.from(`${header}\nGD-1,2026-11-20T09:30:00+08:00,13812340001,complaint,traffic,com-01,`), gbkHello, Buffer.from(' ok,normal,\n')]);
    expect(parseWorkOrderCsv(file)[0].values.content).toBe('你好 ok');
  });

  it('refuses a file whose header lacks a required column, naming it', () => {
    expect(() => parseWorkOrderCsv(Buffer.from('orderNumber,content\nGD-1,x\n'))).toThrow(/receivedAt, callerPhone/);
  });

  it('refuses a file that is not CSV and one without data rows', () => {
    expect(() => parseWorkOrderCsv(Buffer.from(`${header}\n"unterminated,quote\n`))).toThrow(CsvFileError);
    expect(() => parseWorkOrderCsv(Buffer.from(`${header}\n`))).toThrow(/no data rows/);
  });

  it('keeps a row with too few cells, so validation can name the missing fields', () => {
    const rows = parseWorkOrderCsv(Buffer.from(`${header}\n${row(1)}\nGD-2,2026-11-20T09:30:00+08:00\n`));
    expect(rows[1]).toMatchObject({ row: 3, values: { orderNumber: 'GD-2' } });
    expect(rows[1].values.content).toBeUndefined();
  });
});
