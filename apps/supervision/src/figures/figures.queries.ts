import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { type FigurePeriod, formatFigureArea, type InternalFiguresRequest, monthsOf } from '@shangliang/contracts';
import { OrganisationDirectory } from '@shangliang/organisation';
import { SuggestionFiguresQueries } from '../suggestions/suggestion-figures.queries';
import { CaseFiguresRepository } from './case-figures.repository';
import { FigureScope, type ResolvedArea } from './figure-scope';
import { figureSet, type FigureSet, leagueTable, type LeagueRow, type OwnParts } from './figure-set';
import { FigureSourcesClient } from './figure-sources.client';

export interface AreaView {
  kind: string;
  id: string;
  key: string;
  name: string;
}

export interface FiguresAnswer extends FigureSet {
  area: AreaView;
  generatedAt: string;
}

export interface DepartmentsAnswer {
  period: FigureSet['period'];
  area: AreaView;
  departments: LeagueRow[];
  generatedAt: string;
}

export interface TrendAnswer {
  period: FigureSet['period'];
  area: AreaView;
  months: FigureSet[];
  generatedAt: string;
}

/**
 * The programme's figures (数据指标) for an area and a period, composed from the three services
 * that own the rows: the case bank, democratic supervision and the suggestion bank here; problems
 * from intake; consultations and referrals from consultation. Always within the caller's scope.
 */
@Injectable()
export class FiguresQueries {
  constructor(
    private readonly scope: FigureScope,
    private readonly cases: CaseFiguresRepository,
    private readonly suggestions: SuggestionFiguresQueries,
    private readonly sources: FigureSourcesClient,
    private readonly directory: OrganisationDirectory,
  ) {}

  resolveArea(staff: StaffPrincipal, area: string | undefined): Promise<ResolvedArea> {
    return this.scope.resolve(staff, area);
  }

  async figures(staff: StaffPrincipal, period: FigurePeriod, areaText: string | undefined, now = new Date()): Promise<FiguresAnswer> {
    const area = await this.resolveArea(staff, areaText);
    const [set] = await this.sets(area, [period], now);
    return { ...set, area: areaView(area), generatedAt: now.toISOString() };
  }

  async trend(staff: StaffPrincipal, period: FigurePeriod, areaText: string | undefined, now = new Date()): Promise<TrendAnswer> {
    const area = await this.resolveArea(staff, areaText);
    const months = await this.sets(area, monthsOf(period), now);
    return { period: periodView(period), area: areaView(area), months, generatedAt: now.toISOString() };
  }

  async departments(staff: StaffPrincipal, period: FigurePeriod, areaText: string | undefined, now = new Date()): Promise<DepartmentsAnswer> {
    return this.departmentsOf(await this.resolveArea(staff, areaText), period, now);
  }

  /** The league table of an area already resolved (the reports reuse it). */
  async departmentsOf(area: ResolvedArea, period: FigurePeriod, now = new Date()): Promise<DepartmentsAnswer> {
    const [consultation] = await this.sources.consultation(this.request(area, [period], now));
    const names = new Map((await this.directory.departments(area.councilId)).map((d) => [d.id, d.name]));
    return { period: periodView(period), area: areaView(area), departments: leagueTable(consultation.departments, names), generatedAt: now.toISOString() };
  }

  /** The figures of each period for an area already resolved. */
  async sets(area: ResolvedArea, periods: FigurePeriod[], now = new Date()): Promise<FigureSet[]> {
    const request = this.request(area, periods, now);
    const byDepartment = area.departmentId !== null;
    const [consultation, intake, own] = await Promise.all([
      this.sources.consultation(request),
      byDepartment ? Promise.resolve(null) : this.sources.intake(request),
      Promise.all(periods.map((p) => this.ownParts(area, p, now))),
    ]);
    return periods.map((p, i) => figureSet(p, own[i], consultation[i], intake?.[i] ?? null, byDepartment));
  }

  private request(area: ResolvedArea, periods: FigurePeriod[], now: Date): InternalFiguresRequest {
    return { communityIds: area.communityIds, departmentId: area.departmentId, ranges: periods.map((p) => ({ from: p.from, to: p.to })), now };
  }

  private async ownParts(area: ResolvedArea, period: FigurePeriod, now: Date): Promise<OwnParts> {
    const filter = { communityIds: area.communityIds, departmentId: area.departmentId };
    const range = { from: period.from, to: period.to };
    // Open escalations are a stock, not a flow: counted at the period's end, or now if it has not ended.
    const end = period.to < now ? period.to : now;
    const [{ byOutcome, bySatisfaction, settled: landAcquisitionSettled }, openEscalations, escalationsOpened, adoption] = await Promise.all([
      this.cases.archivedTallies(filter, range),
      this.cases.countOpenEscalations(filter, end),
      this.cases.countEscalationsOpened(filter, range),
      // Suggestions go to bodies, not departments' referrals: no adoption rate for a department.
      area.departmentId
        ? Promise.resolve(null)
        : this.suggestions.adoption({ councilId: area.councilId, from: period.from, to: period.to, communityIds: area.wholeCouncil ? null : area.communityIds }),
    ]);
    return { byOutcome, bySatisfaction, landAcquisitionSettled, openEscalations, escalationsOpened, adoption };
  }
}

export function areaView(area: ResolvedArea): AreaView {
  return { kind: area.area.kind, id: area.area.id, key: formatFigureArea(area.area), name: area.name };
}

export function periodView(period: FigurePeriod): FigureSet['period'] {
  return { label: period.label, from: period.from.toISOString(), to: period.to.toISOString() };
}
