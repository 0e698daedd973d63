-- The problem history is the record of what happened to a problem: it only grows.
CREATE OR REPLACE FUNCTION intake.reject_history_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'intake.problem_history is append-only (% rejected)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER problem_history_append_only
  BEFORE UPDATE OR DELETE ON intake.problem_history
  FOR EACH ROW EXECUTE FUNCTION intake.reject_history_change();
