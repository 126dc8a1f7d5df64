-- EventDesk team server, schema version 2 -> 3. The same tables and the same wire: only how the server runs
-- them.

-- Pull walks records_pull in its order and stops after its page. Without statistics on a table that a first
-- push has just filled (autovacuum has not analysed it yet), the planner believes few rows match and reads
-- them all with a bitmap scan, then sorts them, on disk, for every page: a first sync of 100,000 records read
-- and sorted the rest of the table twenty times.
ALTER FUNCTION eventdesk.pull(uuid, xid8, bigint, integer) SET enable_bitmapscan = off SET enable_sort = off;
