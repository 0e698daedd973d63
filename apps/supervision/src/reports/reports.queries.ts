import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { CATEGORY_LABELS, type FigurePeriod, monthsOf, type ProblemCategory } from '@shangliang/contracts';
import { OrganisationDirectory } from '@shangliang/organisation';
import { CaseFiguresRepository } from '../figures/case-figures.repository';
import type { ResolvedArea } from '../figures/figure-scope';
import { areaView, FiguresQueries } from '../figures/figures.queries';
import type { ReportData } from './report-data';
import { caseBankWorkbook, figuresWorkbook } from './workbooks.xlsx';
import { quarterlyReportDocx } from './quarterly-report.docx';
import { siteMeetingPackDocx } from './site-meeting-pack.docx';

const OUTCOME_NAMES: Record<string, string> = { solved: '已解决', explained: '解释说明、凝聚共识', referred: '交办部门' };
/** The case bank workbook stops here; a council's quarter is far below it. */
const MAX_CASES_IN_WORKBOOK = 20_000;

export interface ReportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** A file name part from a period label (`2026-01-01..2026-03-31` has dots a browser may strip). */
const fileLabel = (period: FigurePeriod) => period.label.replace('..', '_to_');

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The reports handed to the council's leadership (季度通报, 现场会材料) and the workbooks (案例库,
 * 数据指标), drawn from the same figures as the API so a report never disagrees with the console.
 */
@Injectable()
export class ReportsQueries {
  constructor(
    private readonly figures: FiguresQueries,
    private readonly cases: CaseFiguresRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  async quarterlyReport(staff: StaffPrincipal, period: FigurePeriod, area: string | undefined): Promise<ReportFile> {
    const data = await this.gather(await this.figures.resolveArea(staff, area), period);
    return { filename: `quarterly-report-${fileLabel(period)}-${data.area.id}.docx`, contentType: DOCX, body: await quarterlyReportDocx(data) };
  }

  async siteMeetingPack(staff: StaffPrincipal, period: FigurePeriod, localityId: string): Promise<ReportFile> {
    const data = await this.gather(await this.figures.resolveArea(staff, `locality:${localityId}`), period);
    return { filename: `site-meeting-${fileLabel(period)}-${localityId}.docx`, contentType: DOCX, body: await siteMeetingPackDocx(data) };
  }

  async figuresWorkbook(staff: StaffPrincipal, period: FigurePeriod, area: string | undefined): Promise<ReportFile> {
    const data = await this.gather(await this.figures.resolveArea(staff, area), period);
    return { filename: `figures-${fileLabel(period)}-${data.area.id}.xlsx`, contentType: XLSX, body: await figuresWorkbook(data) };
  }

  async caseBankWorkbook(staff: StaffPrincipal, period: FigurePeriod, areaText: string | undefined): Promise<ReportFile> {
    const area = await this.figures.resolveArea(staff, areaText);
    const [rows, names, departments] = await Promise.all([
      this.cases.casesArchived({ communityIds: area.communityIds, departmentId: area.departmentId }, period, MAX_CASES_IN_WORKBOOK),
      this.communityNames(),
      this.directory.departments(area.councilId),
    ]);
    const departmentNames = new Map(departments.map((d) => [d.id, d.name]));
    const body = await caseBankWorkbook(
      rows.map((r) => ({
        ...r,
        category: categoryName(r.category),
        communityName: names.get(r.communityId) ?? r.communityId,
        outcome: OUTCOME_NAMES[r.outcome] ?? r.outcome,
        departmentName: r.departmentId ? (departmentNames.get(r.departmentId) ?? r.departmentId) : null,
      })),
    );
    return { filename: `case-bank-${fileLabel(period)}-${area.area.id}.xlsx`, contentType: XLSX, body };
  }

  private async gather(area: ResolvedArea, period: FigurePeriod): Promise<ReportData> {
    const now = new Date();
    const [[figures], trend, league, typical, names, councilName] = await Promise.all([
      this.figures.sets(area, [period], now),
      this.figures.sets(area, monthsOf(period), now),
      this.figures.departmentsOf(area, period, now),
      this.cases.typicalCases({ communityIds: area.communityIds, departmentId: area.departmentId }, period),
      this.communityNames(),
      this.directory.councilName(area.councilId),
    ]);
    return {
      councilName: councilName ?? area.councilId,
      area: areaView(area),
      figures,
      trend,
      departments: league.departments,
      typicalCases: typical.map((c) => ({
        reference: c.reference,
        title: c.title ?? c.reference,
        writeUp: c.writeUp ?? '',
        category: categoryName(c.category),
        communityName: names.get(c.communityId) ?? c.communityId,
        outcome: OUTCOME_NAMES[c.outcome] ?? c.outcome,
      })),
      generatedAt: now,
    };
  }

  private async communityNames(): Promise<Map<string, string>> {
    return new Map((await this.directory.communities()).map((c) => [c.id, c.name]));
  }
}

function categoryName(category: string): string {
  return CATEGORY_LABELS[category as ProblemCategory]?.zh ?? category;
}
