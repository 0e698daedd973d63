-- Issue 11 (Scale): the case bank searched at a million cases.

-- ── Case search: every term must occur in the text (ILIKE), found through character bigrams ──
-- A term is contained in a text only if every adjacent pair of its characters is (lower case, as
-- ILIKE compares; white space and punctuation removed from both, which keeps a contained term
-- contained). So a GIN index over each case's bigram codes finds the candidates of any term of
-- two or more characters — 漏水 included, which pg_trgm cannot find inside a Chinese sentence —
-- and ILIKE then checks them. The codes are those of intake.text_bigrams (the duplicate check),
-- without its NFKC step, which can change a character next to a term.
CREATE FUNCTION "supervision"."text_bigrams"(t text) RETURNS integer[]
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  chars text[] := string_to_array(regexp_replace(lower(t), '[[:space:][:punct:]]+', '', 'g'), NULL);
  codes integer[] := '{}';
BEGIN
  FOR i IN 1 .. cardinality(chars) - 1 LOOP
    codes := codes || (((ascii(chars[i]) & 65535) << 16) | (ascii(chars[i + 1]) & 65535));
  END LOOP;
  RETURN public.uniq(public.sort(codes));
END $$;

-- The searched text (title, write-up, outcome note) and the reference, as the search spells them.
ALTER TABLE "supervision"."cases" ADD COLUMN "search_bigrams" integer[]
  GENERATED ALWAYS AS ("supervision"."text_bigrams"(coalesce("title", '') || ' ' || coalesce("write_up", '') || ' ' || coalesce("outcome_note", '') || ' ' || "reference")) STORED;
-- The default GIN class of arrays (not intarray's), queried with pg_catalog's @>: its planner
-- statistics know how common each code is, so a common pair (漏水, one case in thirty) is
-- combined with the period's or the category's index rather than taken for a rare one. The
-- trigram index (20261130170000) served only terms of three or more characters, and the planner
-- would AND it with this one, reading as much for nothing: dropped.
ALTER TABLE "supervision"."cases" ALTER COLUMN "search_bigrams" SET STATISTICS 1000;
CREATE INDEX "cases_search_bigrams_idx" ON "supervision"."cases" USING gin ("search_bigrams");
DROP INDEX "supervision"."cases_search_trgm_idx";

-- Typical cases (典型案例, about one in a hundred): the case bank's `typical` filter and the
-- reports' typical cases of a period, index-only from a small index of just those.
CREATE INDEX "cases_typical_idx" ON "supervision"."cases"("archived_at", "id") INCLUDE ("community_id", "settled_at", "category", "outcome", "imported") WHERE "typical";
