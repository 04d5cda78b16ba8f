-- Research extracts may take the covered programmes' signed-off fidelity scores (a programme-level
-- table, no person in it): the list of tables a project may take gains "fidelity".
alter table research_project drop constraint research_project_data_tables_check;
alter table research_project add constraint research_project_data_tables_check check (
  cardinality(data_tables) > 0
  and data_tables <@ array['participants', 'stages', 'jobs', 'contacts', 'discharges', 'fidelity']
);
