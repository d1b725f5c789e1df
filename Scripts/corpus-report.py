"""One archive's ingest, in figures: crash or not, articles stored, time, memory, identity and dedup.

Called by Scripts/check-corpora.sh with: archive, database, exit code, seconds, peak KB, stderr file.
Exits 1 when the run crashed or an article with text is missing from the store.
"""
import json
import sqlite3
import sys

archive, database, code, seconds, peak_kb, errors = sys.argv[1:7]
code = int(code)
with open(archive, encoding="utf-8", errors="replace") as f:
    records = [line for line in f if line.strip()]
with_text = 0
for line in records:
    try:
        if (json.loads(line).get("text") or "").strip():
            with_text += 1
    except ValueError:
        pass

db = sqlite3.connect(database)
one = lambda sql: db.execute(sql).fetchone()[0]
stored = one("SELECT count(*) FROM article")
failed = one("SELECT count(*) FROM ingest_attempt")
persons = one("SELECT count(*) FROM actor WHERE kind = 'person'")
split_names = one(
    "SELECT count(*) FROM (SELECT normalized_name FROM actor WHERE kind = 'person' "
    "GROUP BY normalized_name HAVING count(*) > 1)")
bare_surnames = one(
    "SELECT count(*) FROM actor bare WHERE bare.kind = 'person' AND instr(bare.normalized_name, ' ') = 0 "
    "AND EXISTS (SELECT 1 FROM actor other WHERE other.kind = 'person' AND other.id <> bare.id "
    "AND (other.normalized_name LIKE '% ' || bare.normalized_name OR other.normalized_name LIKE bare.normalized_name || ' %'))")
meetings = one("SELECT count(*) FROM meeting")
# Two meetings with the same participants whose days are at most three apart.
twice = one(
    """
    WITH sig AS (
        SELECT m.id, m.date, group_concat(p.actor_id) AS who FROM meeting m
        JOIN (SELECT * FROM meeting_participant ORDER BY actor_id) p ON p.meeting_id = m.id
        WHERE m.date_precision = 'day' GROUP BY m.id)
    SELECT count(DISTINCT b.id) FROM sig a JOIN sig b ON a.who = b.who AND a.id < b.id
    AND abs(julianday(a.date) - julianday(b.date)) <= 3
    """)
crashed = code not in (0, 1)
print(f"{archive.split('/')[-1]}: exit {code}{' (CRASH)' if crashed else ''}; "
      f"{stored} of {with_text} articles with text stored, {failed} failed; {seconds} s, {int(peak_kb) // 1024} MB peak")
print(f"  persons {persons}: full names split {split_names}, bare surnames of another {bare_surnames}; "
      f"meetings {meetings}, stored twice {twice} ({100 * twice / max(meetings, 1):.1f}%)")
with open(errors, encoding="utf-8", errors="replace") as f:
    for line in f.read().splitlines()[:5]:
        print("  " + line[:160])
sys.exit(1 if crashed or stored + failed < with_text else 0)
