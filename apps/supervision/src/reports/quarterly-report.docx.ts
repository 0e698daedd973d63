import { Document, Packer } from 'docx';
import { figuresTable, heading, leagueTable, paragraph, title, trendTable, typicalCases } from './docx-parts';
import type { ReportData } from './report-data';

/**
 * The quarterly report (季度通报) leadership reads: the period's figures, the trend month by
 * month, the department league table and the typical cases (典型案例) with their write-ups.
 */
export function quarterlyReportDocx(data: ReportData): Promise<Buffer> {
  const { period } = data.figures;
  const doc = new Document({
    creator: 'Shangliang 商量',
    title: `${data.councilName} 季度通报 ${period.label}`,
    sections: [
      {
        children: [
          title(`${data.councilName}“有事好商量”工作季度通报`),
          paragraph(`统计期间 Period: ${period.label}（北京时间 Beijing time）`),
          paragraph(`统计范围 Area: ${data.area.name}（${data.area.key}）`),
          paragraph(`生成时间 Generated: ${data.generatedAt.toISOString()}`),
          heading('一、主要指标 Figures'),
          figuresTable(data.figures),
          heading('二、月度趋势 Trend'),
          trendTable(data.trend),
          heading('三、部门响应排名 Department league table'),
          leagueTable(data.departments),
          heading('四、典型案例 Typical cases'),
          ...typicalCases(data.typicalCases),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
