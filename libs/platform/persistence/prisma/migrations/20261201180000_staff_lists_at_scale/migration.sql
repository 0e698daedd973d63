-- Issue 11 (Scale): every staff list at a city's size, as the problem list and the case bank
-- already are (20261201021000). A city's year: ≈600,000 consultation items and follow-ups,
-- ≈100,000 referrals, millions of notification deliveries, group leaders with tens of thousands
-- of inbox entries. Each list is read in its own order, and its total is counted up to a cap in
-- that same order, so each filter gets an index that leads with it and then holds the list's order
-- with its tie-breaker: a page (and its offset) and the capped count walk the index and stop,
-- instead of sorting and counting every matching row (0.2–0.8 s a list before). The columns the
-- other filters read ride along (INCLUDE), so the count checks them index-only. An index this
-- replaces has the same leading columns, so what used it still finds them.

-- ── Consultation items (GET /consultation-items): earliest deadline first ──
-- Every caller's filter is what they may see: the communities of their area (the whole council
-- for admins and supervisors), or those or their team's items (lead or member) for members and
-- group leaders. All three are carried, so the filter is checked index-only in the list's order
-- (a group leader's capped count: 370 ms reading the rows, 25 ms from the index).
CREATE INDEX "consultation_items_due_at_problem_id_cover_idx" ON "consultation"."consultation_items"("due_at", "problem_id") INCLUDE ("community_id", "lead_member_id", "member_ids");
CREATE INDEX "consultation_items_status_due_at_problem_id_cover_idx" ON "consultation"."consultation_items"("status", "due_at", "problem_id") INCLUDE ("community_id", "lead_member_id", "member_ids");
-- A township's or a committee's few communities: their items read index-only and sorted, rather
-- than walking the city's in order. Replaces (community_id) INCLUDE (problem_id), which the
-- figures read (their items by status now index-only too).
CREATE INDEX "consultation_items_community_id_due_at_problem_id_cover_idx" ON "consultation"."consultation_items"("community_id", "due_at", "problem_id") INCLUDE ("status");
DROP INDEX "consultation"."consultation_items_community_id_idx";
-- A member's and a group leader's items are their team's (lead or member) or their community's:
-- few, found through one index per arm (the community's exists) and sorted. The lead's index
-- also finds a team lead's referrals (joined by the item's id, index-only).
CREATE INDEX "consultation_items_lead_member_id_cover_idx" ON "consultation"."consultation_items"("lead_member_id") INCLUDE ("problem_id");
CREATE INDEX "consultation_items_member_ids_idx" ON "consultation"."consultation_items" USING GIN ("member_ids");

-- ── Referrals (GET /referrals): earliest deadline first ──
-- Admins and supervisors see their council's by the community each referral carries (kept by
-- triggers from its item, 20261201022000). The figures read the period's referrals by due date
-- index-only from the same index, which carries what they count.
CREATE INDEX "referrals_due_at_id_cover_idx" ON "consultation"."referrals"("due_at", "id")
  INCLUDE ("community_id", "department_id", "status", "created_at", "signed_at", "responded_at", "completed_at", "extension_due_at");
DROP INDEX "consultation"."referrals_due_at_cover_idx";
CREATE INDEX "referrals_status_due_at_id_cover_idx" ON "consultation"."referrals"("status", "due_at", "id") INCLUDE ("community_id");
-- An item's referrals: its detail read all of them before, and a team lead's list joins them by item.
CREATE INDEX "referrals_problem_id_idx" ON "consultation"."referrals"("problem_id");
-- A department's own.
CREATE INDEX "referrals_department_id_due_at_id_cover_idx" ON "consultation"."referrals"("department_id", "due_at", "id") INCLUDE ("status", "extension_due_at");
-- What awaits the team lead (?awaitingLead=true): sent back, completed, or an extension asked
-- for. Few at any time, so a small index of just those, with the list's exact condition.
CREATE INDEX "referrals_awaiting_lead_due_at_id_idx" ON "consultation"."referrals"("due_at", "id") INCLUDE ("community_id", "status")
  WHERE "status" IN ('returned', 'completed') OR "extension_due_at" IS NOT NULL;

-- ── Democratic-supervision cases (GET /supervision-cases): oldest first ──
-- The figures keep (community_id, opened_at) for the cases of an area opened in a period.
CREATE INDEX "supervision_cases_opened_at_id_cover_idx" ON "supervision"."supervision_cases"("opened_at", "id") INCLUDE ("community_id", "status", "kind", "level");
CREATE INDEX "supervision_cases_status_opened_at_id_cover_idx" ON "supervision"."supervision_cases"("status", "opened_at", "id") INCLUDE ("community_id", "kind", "level");
DROP INDEX "supervision"."supervision_cases_status_opened_at_idx";
-- The few risen to the leadership (?level=leadership, what vice-chairs act on).
CREATE INDEX "supervision_cases_leadership_opened_at_id_idx" ON "supervision"."supervision_cases"("opened_at", "id") INCLUDE ("community_id", "status", "kind")
  WHERE "level" = 'leadership';

-- ── Follow-ups (GET /follow-ups): earliest deadline first; the table had no index but its key ──
CREATE INDEX "follow_ups_due_at_problem_id_cover_idx" ON "supervision"."follow_ups"("due_at", "problem_id") INCLUDE ("community_id");
CREATE INDEX "follow_ups_status_due_at_problem_id_cover_idx" ON "supervision"."follow_ups"("status", "due_at", "problem_id") INCLUDE ("community_id");
-- A group leader's community (one), by status or not; also the dashboard's counts of an area by
-- status and satisfaction, which read the whole table before.
CREATE INDEX "follow_ups_community_id_status_due_at_problem_id_idx" ON "supervision"."follow_ups"("community_id", "status", "due_at", "problem_id");

-- ── The suggestion bank (GET /suggestions): last changed first, within the council ──
-- The adoption figures keep (council_id, submitted_at); (council_id, status) is replaced.
CREATE INDEX "suggestions_council_id_updated_at_id_cover_idx" ON "supervision"."suggestions"("council_id", "updated_at" DESC, "id")
  INCLUDE ("status", "adoption", "imported", "submitted_at");
CREATE INDEX "suggestions_council_id_status_updated_at_id_cover_idx" ON "supervision"."suggestions"("council_id", "status", "updated_at" DESC, "id")
  INCLUDE ("adoption", "imported", "submitted_at");
DROP INDEX "supervision"."suggestions_council_id_status_idx";
-- Imported ones (or not): the history imported once sinks below everything changed since.
CREATE INDEX "suggestions_council_id_imported_updated_at_id_idx" ON "supervision"."suggestions"("council_id", "imported", "updated_at" DESC, "id");

-- ── The inbox (GET /notifications/inbox): newest first, all or the unread ──
-- (staff_id, read_at, created_at) could give the unread newest first but not all of them; the
-- unread part below also counts the bell and marks all read.
CREATE INDEX "inbox_entries_staff_id_created_at_id_idx" ON "notifications"."inbox_entries"("staff_id", "created_at" DESC, "id");
CREATE INDEX "inbox_entries_unread_idx" ON "notifications"."inbox_entries"("staff_id", "created_at" DESC, "id") WHERE "read_at" IS NULL;
DROP INDEX "notifications"."inbox_entries_staff_id_read_at_created_at_idx";

-- ── Deliveries, for admins (GET /admin/notifications/deliveries): latest change first ──
-- The status-first index still finds the pending ones the reconciler re-enqueues.
CREATE INDEX "notification_deliveries_council_id_updated_at_id_idx" ON "notifications"."notification_deliveries"("council_id", "updated_at" DESC, "id");
CREATE INDEX "notification_deliveries_status_council_id_updated_at_id_idx" ON "notifications"."notification_deliveries"("status", "council_id", "updated_at" DESC, "id");
DROP INDEX "notifications"."notification_deliveries_status_council_id_idx";
