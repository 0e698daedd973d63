-- Issue 11 (Scale): case search at a million cases, planned on what is known of each term.

-- ── The rarest character pair of a term ──
-- A term's pairs occur together (健身, 身器, 器材 are in the same 18,000 cases), but the planner
-- takes them for independent: asked for cases holding all three, it expected 17 and read every
-- one of the 18,000 rather than combine the pairs' index with the period's (206 ms against 43).
-- A case holding a term holds its rarest pair, so that pair alone finds the candidates (ILIKE
-- then checks each) and is estimated from its own frequency. Which pair is rarest is read from
-- the column's statistics (a pair not among its most common ones is rarer than all of them);
-- the case search asks for it before it plans the search. '{}' for a term without a pair.
CREATE FUNCTION "supervision"."rarest_text_bigram"(t text) RETURNS integer[]
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
DECLARE
  rarest integer;
BEGIN
  SELECT code INTO rarest
    FROM unnest("supervision"."text_bigrams"(t)) AS code
    LEFT JOIN (SELECT unnest(most_common_elems::text::integer[]) AS elem, unnest(most_common_elem_freqs) AS freq
                 FROM pg_catalog.pg_stats
                WHERE schemaname = 'supervision' AND tablename = 'cases' AND attname = 'search_bigrams') AS common
      ON common.elem = code
   ORDER BY coalesce(common.freq, 0), code
   LIMIT 1;
  RETURN CASE WHEN rarest IS NULL THEN '{}'::integer[] ELSE ARRAY[rarest] END;
END $$;

-- ── Newest first within a filter ──
-- The case bank reads the newest cases of an outcome, or of the imported ones, in archive order
-- (a text query's newest matches among the newest cases; a page without one). Without an index
-- of its own, the newest 5,000 of an outcome read 34,000 cases (130–170 ms).
CREATE INDEX "cases_outcome_archived_at_idx" ON "supervision"."cases"("outcome", "archived_at");
CREATE INDEX "cases_imported_archived_at_idx" ON "supervision"."cases"("imported", "archived_at");
