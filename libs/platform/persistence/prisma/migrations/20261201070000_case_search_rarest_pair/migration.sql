-- Issue 11 (Scale): case search at a million cases, planned on what is known of each term.

-- ── The rarest character pair of a term ──
-- A term's pairs occur together (健身, 身器, 器材 are in the same 18,000 cases), but the planner
-- takes them for independent: asked for cases holding all three, it expected 17 and read every
-- one of the 18,000 rather than combine the pairs' index with the period's (206 ms against 43).
-- A case holding a term holds its rarest pair, so that pair alone finds the candidates (ILIKE
-- then checks each) and is estimated from its own frequency. Which pair is rarest is read from
-- the column's statistics (a pair not among its most common ones is rarer than all of them);
-- the case search asks for it before it plans the search. Returns the pair ('{}' for a term
-- without one) and the share of cases holding it: at most the least common listed share for a
-- pair not listed, null without statistics.
CREATE FUNCTION "supervision"."rarest_text_bigram"(t text, OUT pair integer[], OUT frequency real)
  LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE AS $$
DECLARE
  elems integer[];
  freqs real[];
  rarest integer;
BEGIN
  SELECT most_common_elems::text::integer[], most_common_elem_freqs INTO elems, freqs
    FROM pg_catalog.pg_stats
   WHERE schemaname = 'supervision' AND tablename = 'cases' AND attname = 'search_bigrams';
  -- most_common_elem_freqs has the elements' shares, then their least and greatest and the share of nulls.
  SELECT code, coalesce(freqs[array_position(elems, code)], freqs[cardinality(elems) + 1]) INTO rarest, frequency
    FROM unnest("supervision"."text_bigrams"(t)) AS code
   ORDER BY coalesce(freqs[array_position(elems, code)], 0), code
   LIMIT 1;
  pair := CASE WHEN rarest IS NULL THEN '{}'::integer[] ELSE ARRAY[rarest] END;
END $$;

-- ── Newest first within a filter ──
-- The case bank reads the newest cases of an outcome, or of the imported ones, in archive order
-- (a text query's newest matches among the newest cases; a page without one). Without an index
-- of its own, the newest 5,000 of an outcome read 34,000 cases (130–170 ms).
CREATE INDEX "cases_outcome_archived_at_idx" ON "supervision"."cases"("outcome", "archived_at");
CREATE INDEX "cases_imported_archived_at_idx" ON "supervision"."cases"("imported", "archived_at");
