-- GP flags arrive 10,000 at a time and the bulk path takes their ids from gp_flag's identity
-- sequence before it COPYs them (see GpFlagStore). With the default CACHE 1 every id is a
-- visit to the sequence; a cache of 1,000 per session serves them from memory. Ids stay
-- unique; they may leave gaps and are not in commit order (they never were: transactions
-- commit in any order), and nothing reads meaning into them.
ALTER TABLE gp_flag ALTER COLUMN id SET CACHE 1000;
