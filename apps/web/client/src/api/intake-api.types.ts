import type { ProblemCategory } from '@shangliang/contracts/problem/category';

/** Shapes of intake's public API, as the page uses them. */
export interface Label {
  zh: string;
  en: string;
}

export interface Community {
  id: string;
  name: string;
  localityId: string;
  localityName: string;
}

export interface Studio {
  address: string;
  hours: string;
  onDuty: string[];
}

export interface LocalityStudios {
  id: string;
  name: string;
  kind: string;
  convenerStudio: Studio & { convenerName: string };
  memberStudios: (Studio & { communityId: string; communityName: string })[];
}

export interface SimilarProblem {
  problemId: string;
  reference: string;
  title: string;
  stage: string;
  stageLabel: Label;
  similarity: number;
  reporters: number;
  createdAt: string;
}

export interface ContactInput {
  name?: string;
  phone?: string;
  consentToCallback: boolean;
  /** Texts about progress, in the resident's language. */
  consentToTexts?: boolean;
  locale?: 'zh' | 'en';
}

export interface NewProblem {
  category: ProblemCategory;
  communityId: string;
  address?: string;
  title: string;
  description: string;
  contact?: ContactInput;
}

/** What submitting or joining gives the resident: the code to follow the problem with. */
export interface TrackingReceipt {
  trackingCode: string;
  reference: string;
}

export interface HistoryEntry {
  kind: string;
  stage: string;
  stageLabel?: Label;
  occurredAt: string;
}

export interface TrackedProblem {
  reference: string;
  trackingCode: string;
  title: string;
  category: string;
  categoryLabel?: Label;
  stage: string;
  stageLabel?: Label;
  expectedBy: string | null;
  closedReason: ({ code: string } & Label) | null;
  referredTo: string | null;
  /** Staff wait for the resident's answer; the deadline is stopped meanwhile. */
  awaitingResident?: boolean;
  awaitingReason?: string | null;
  createdAt: string;
  /** How an archived problem ended: resolved, unresolved (with the explanation), or the resident not reached. */
  result?: 'resolved' | 'unresolved' | 'not_reached' | null;
  explanation?: string | null;
  /** Times it was consulted on again because the resident was dissatisfied. */
  reopenCount?: number;
  history: HistoryEntry[];
  /** Set when the problem was merged into the same problem raised earlier. */
  mergedInto?: Omit<TrackedProblem, 'mergedInto'> | null;
}

export interface PhotoInfo {
  id: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}
