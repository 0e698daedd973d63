import type { FigureSet, LeagueRow } from '../figures/figure-set';
import type { AreaView } from '../figures/figures.queries';

/** A typical case (典型案例) as the reports print it: never a resident's name or number. */
export interface TypicalCaseView {
  reference: string;
  title: string;
  writeUp: string;
  category: string;
  communityName: string;
  outcome: string;
}

/** Everything a report prints, gathered once by ReportsQueries and drawn by the builders. */
export interface ReportData {
  councilName: string;
  area: AreaView;
  figures: FigureSet;
  trend: FigureSet[];
  departments: LeagueRow[];
  typicalCases: TypicalCaseView[];
  generatedAt: Date;
}
