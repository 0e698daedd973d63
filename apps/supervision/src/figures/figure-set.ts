import {
  CONSULTATION_FORMS,
  type ConsultationFiguresRange,
  type DepartmentResponse,
  type FigurePeriod,
  type IntakeFiguresRange,
  PROBLEM_SOURCES,
} from '@shangliang/contracts';
import { countOf, ratio, sum, type Tally } from '@shangliang/persistence';
import type { SuggestionAdoption } from '../suggestions/suggestion-figures.queries';

/** A rate with what it divides, so every reader can check it (null value: nothing to divide by). */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

/** The figures of one area over one period (see FIGURE_DEFINITIONS for each one's meaning). */
export interface FigureSet {
  period: { label: string; from: string; to: string };
  rates: { responseRate: Rate; resolutionRate: Rate; satisfactionRate: Rate; adoptionRate: Rate | null };
  counts: {
    /** Null for a department's area: problems and consultations are not a department's. */
    problemsByChannel: (Record<(typeof PROBLEM_SOURCES)[number], number> & { total: number }) | null;
    consultationsByForm: (Record<(typeof CONSULTATION_FORMS)[number], number> & { total: number }) | null;
    pointToPointConsultations: number | null;
    landAcquisitionRaised: number | null;
    landAcquisitionSettled: number;
    openEscalations: number;
    escalationsOpened: number;
  };
  referrals: { opened: number; due: number; answeredOnTime: number };
  cases: { concluded: number; solved: number; explained: number; referred: number };
  satisfaction: { answered: number; satisfied: number; basicallySatisfied: number; dissatisfied: number; notReached: number; notRecorded: number };
  suggestions: SuggestionAdoption | null;
}

/** What the supervision service counts itself for one range. */
export interface OwnParts {
  byOutcome: Tally[];
  bySatisfaction: Tally[];
  landAcquisitionSettled: number;
  openEscalations: number;
  escalationsOpened: number;
  adoption: SuggestionAdoption | null;
}

const rate = (numerator: number, denominator: number): Rate => ({ numerator, denominator, value: ratio(numerator, denominator) });

/** Puts one range's parts together into its figures; pure, so the rules are unit-tested. */
export function figureSet(period: FigurePeriod, own: OwnParts, consultation: ConsultationFiguresRange, intake: IntakeFiguresRange | null, byDepartment: boolean): FigureSet {
  const satisfied = countOf(own.bySatisfaction, 'satisfied');
  const basicallySatisfied = countOf(own.bySatisfaction, 'basically_satisfied');
  const dissatisfied = countOf(own.bySatisfaction, 'dissatisfied');
  // 满意率 counts only residents who answered: not reached (未联系上) or no call-back are not answers.
  const answered = satisfied + basicallySatisfied + dissatisfied;
  const concluded = sum(own.byOutcome);
  const solved = countOf(own.byOutcome, 'solved');
  const adoption = own.adoption;
  const forms = consultation.consultationsByForm;
  return {
    period: { label: period.label, from: period.from.toISOString(), to: period.to.toISOString() },
    rates: {
      responseRate: rate(consultation.referrals.answeredOnTime, consultation.referrals.due),
      resolutionRate: rate(solved, concluded),
      satisfactionRate: rate(satisfied + basicallySatisfied, answered),
      adoptionRate: adoption ? rate(adoption.adopted + adoption.partlyAdopted, adoption.decided) : null,
    },
    counts: {
      problemsByChannel: intake && !byDepartment ? { ...intake.problemsBySource, total: Object.values(intake.problemsBySource).reduce((a, b) => a + b, 0) } : null,
      consultationsByForm: byDepartment ? null : { ...forms, total: forms.micro + forms.thematic + forms.point_to_point },
      pointToPointConsultations: byDepartment ? null : forms.point_to_point,
      landAcquisitionRaised: intake && !byDepartment ? intake.landAcquisitionRaised : null,
      landAcquisitionSettled: own.landAcquisitionSettled,
      openEscalations: own.openEscalations,
      escalationsOpened: own.escalationsOpened,
    },
    referrals: consultation.referrals,
    cases: { concluded, solved, explained: countOf(own.byOutcome, 'explained'), referred: countOf(own.byOutcome, 'referred') },
    satisfaction: {
      answered,
      satisfied,
      basicallySatisfied,
      dissatisfied,
      notReached: countOf(own.bySatisfaction, 'not_reached'),
      notRecorded: countOf(own.bySatisfaction, 'none'),
    },
    suggestions: adoption,
  };
}

export interface LeagueRow extends DepartmentResponse {
  rank: number;
  name: string;
  responseRate: number | null;
}

/**
 * The department league table (部门排名): best response rate first, then the shorter median
 * response time, then the name; a department with nothing due yet comes last.
 */
export function leagueTable(rows: DepartmentResponse[], names: Map<string, string>): LeagueRow[] {
  const scored = rows.map((r) => ({ ...r, name: names.get(r.departmentId) ?? r.departmentId, responseRate: ratio(r.answeredOnTime, r.due) }));
  scored.sort(
    (a, b) =>
      (b.responseRate ?? -1) - (a.responseRate ?? -1) ||
      (a.medianResponseHours ?? Number.POSITIVE_INFINITY) - (b.medianResponseHours ?? Number.POSITIVE_INFINITY) ||
      a.name.localeCompare(b.name, 'zh'),
  );
  return scored.map((r, i) => ({ ...r, rank: i + 1 }));
}
