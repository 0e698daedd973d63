import { Document, Packer } from 'docx';
import { figuresTable, heading, paragraph, title, trendTable, typicalCases } from './docx-parts';
import type { ReportData } from './report-data';

/**
 * The pack for the quarterly convener site meeting (现场会材料) of one township or street: its
 * figures, its months, and its typical cases to present.
 */
export function siteMeetingPackDocx(data: ReportData): Promise<Buffer> {
  const { period } = data.figures;
  const doc = new Document({
    creator: 'Shangliang 商量',
    title: `${data.area.name} 现场会材料 ${period.label}`,
    sections: [
      {
        children: [
          title(`${data.area.name} 召集人现场会材料`),
          paragraph(`${data.councilName} · 统计期间 Period: ${period.label}`),
          heading('一、本地指标 Figures'),
          figuresTable(data.figures),
          heading('二、月度情况 Months'),
          trendTable(data.trend),
          heading('三、典型案例 Typical cases'),
          ...typicalCases(data.typicalCases),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
