import type { ConsoleRoute } from '../routing/console-routes';
import { AuditPage } from './admin/audit.page';
import { BalancePage } from './admin/balance.page';
import { CalendarPage } from './admin/calendar.page';
import { DeadLettersPage } from './admin/dead-letters.page';
import { DeliveriesPage } from './admin/deliveries.page';
import { InboxPage } from './notifications/inbox.page';
import { GroupMembersPage } from './admin/group-members.page';
import { OrganisationPage } from './admin/organisation.page';
import { StaffAccountsPage } from './admin/staff-accounts.page';
import { CaseBankPage } from './cases/case-bank.page';
import { CasePage } from './cases/case.page';
import { HistoryImportPage } from './admin/history-import.page';
import { SuggestionBankPage } from './suggestions/suggestion-bank.page';
import { SuggestionDraftPage } from './suggestions/suggestion-draft.page';
import { SuggestionPage } from './suggestions/suggestion.page';
import { ClaimsPage } from './claims/claims.page';
import { ConsultationItemPage } from './consultations/consultation-item.page';
import { ConsultationsPage } from './consultations/consultations.page';
import { DashboardPage } from './dashboard/dashboard.page';
import { FollowUpsPage } from './supervision/follow-ups.page';
import { NotFoundPage } from './forbidden.page';
import { ProblemPage } from './problems/problem.page';
import { ProblemsPage } from './problems/problems.page';
import { ReferralsPage } from './referrals/referrals.page';
import { ReferralPage } from './referrals/referral.page';
import { ScreeningPage } from './screening/screening.page';
import { SupervisionCasesPage } from './supervision/supervision-cases.page';

/** The page for a console route (the role check has been done by the shell). */
export function ConsolePage({ route }: { route: ConsoleRoute }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'problems':
      return <ProblemsPage />;
    case 'problem':
      return <ProblemPage key={route.problemId} problemId={route.problemId} />;
    case 'screening':
      return <ScreeningPage />;
    case 'claims':
      return <ClaimsPage />;
    case 'consultations':
      return <ConsultationsPage />;
    case 'consultation':
      return <ConsultationItemPage key={route.problemId} problemId={route.problemId} />;
    case 'referrals':
      return <ReferralsPage />;
    case 'referral':
      return <ReferralPage key={route.referralId} referralId={route.referralId} />;
    case 'supervision':
      return <SupervisionCasesPage />;
    case 'follow-ups':
      return <FollowUpsPage />;
    case 'cases':
      return <CaseBankPage />;
    case 'case':
      return <CasePage key={route.caseId} caseId={route.caseId} />;
    case 'suggestions':
      return <SuggestionBankPage />;
    case 'suggestion-draft':
      return <SuggestionDraftPage caseId={route.caseId ?? new URLSearchParams(window.location.search).get('case') ?? undefined} />;
    case 'suggestion':
      return <SuggestionPage key={route.suggestionId} suggestionId={route.suggestionId} />;
    case 'admin':
      return <AdminPage route={route} />;
    case 'inbox':
      return <InboxPage />;
    default:
      return <NotFoundPage />;
  }
}

function AdminPage({ route }: { route: Extract<ConsoleRoute, { page: 'admin' }> }) {
  switch (route.admin) {
    case 'members':
      return <GroupMembersPage key={route.groupId} groupId={route.groupId} />;
    case 'balance':
      return <BalancePage />;
    case 'audit':
      return <AuditPage />;
    case 'staff':
      return <StaffAccountsPage />;
    case 'dead-letters':
      return <DeadLettersPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'deliveries':
      return <DeliveriesPage />;
    case 'history':
      return <HistoryImportPage />;
    default:
      return <OrganisationPage />;
  }
}
