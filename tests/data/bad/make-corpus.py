#!/usr/bin/env python3
"""Regenerates the bad-file corpus in this folder (developer tool; the files are committed).

    python3 tests/data/bad/make-corpus.py build/release/app/cli/coherence-cli

Each file is something Coherence must refuse with a clear message, without crashing and without
changing it. tests/cli/BadFileTests.cpp runs the CLI over every file here.
"""
import json, os, random, shutil, sqlite3, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
cli = sys.argv[1]
random.seed(2010)
work = tempfile.mkdtemp()
base = os.path.join(work, "base.coherence")
sample = os.path.join(here, "..", "..", "..", "resources", "samples", "examplia-ndp-2026-2030.json")
subprocess.run([cli, "import", base, sample], check=True, stdout=subprocess.DEVNULL)
base_bytes = open(base, "rb").read()

for name in os.listdir(here):
    if name.endswith((".coherence", ".json")):
        os.remove(os.path.join(here, name))

def write(name, data):
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)

def variant(name, *sql):
    path = os.path.join(here, name)
    shutil.copy(base, path)
    db = sqlite3.connect(path)
    for statement in sql:
        db.execute(statement)
    db.commit()
    db.close()

# Not databases at all
write("empty.coherence", b"")
write("random-1k.coherence", bytes(random.getrandbits(8) for _ in range(1024)))
write("random-64k.coherence", bytes(random.getrandbits(8) for _ in range(65536)))
write("text.coherence", b"This is a letter, not an assessment.\n")
write("header-only.coherence", base_bytes[:100])
# Truncated at several offsets
for offset in (16, 50, 1024, 4096, len(base_bytes) // 2, len(base_bytes) - 1):
    write("truncated-at-%d.coherence" % offset, base_bytes[:offset])
# Damaged pages: magic intact, content overwritten
damaged = bytearray(base_bytes)
for page in (1, 2, 3):  # the b-tree page headers right after the first page
    for i in range(4096 * page, 4096 * page + 12):
        damaged[i] = random.getrandbits(8)
write("damaged-page.coherence", bytes(damaged))
# A valid SQLite file of another application, and wrong marks
other = os.path.join(here, "other-application.coherence")
db = sqlite3.connect(other); db.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)"); db.commit(); db.close()
variant("wrong-application-id.coherence", "PRAGMA application_id = 305419896")
variant("future-schema.coherence", "PRAGMA user_version = 99")
variant("zero-schema.coherence", "PRAGMA user_version = 0")
variant("missing-rating-table.coherence", "DROP TABLE citation", "DROP TABLE rating")
variant("missing-rubric-table.coherence", "DROP TABLE rubric")
variant("missing-change-log.coherence", "DROP TABLE change_log")
variant("empty-rubric-table.coherence", "DELETE FROM rubric")
variant("altered-rubric.coherence",
        "UPDATE rubric SET canonical_json = replace(canonical_json, 'Labour and employment', 'Labour and jobs')")
variant("invalid-rubric-json.coherence", "UPDATE rubric SET canonical_json = '{\"format\": 1'")
variant("invalid-utf8-note.coherence", "UPDATE rating SET note = CAST(X'4E6F7465FFFE' AS TEXT) WHERE criterion = 'LAB-1'")
variant("level-out-of-scale.coherence", "UPDATE rating SET level = 9 WHERE criterion = 'LAB-1'")
variant("na-without-justification.coherence",
        "UPDATE rating SET level = NULL, not_applicable = 1, justification = '' WHERE criterion = 'LAB-2'")
variant("unknown-criterion.coherence", "INSERT INTO rating(criterion, level) VALUES('ZZZ-9', 2)")
variant("bad-citation-kind.coherence", "UPDATE citation SET kind = 'rumour' WHERE id = (SELECT min(id) FROM citation)")
variant("action-unknown-criterion.coherence", "UPDATE action SET criterion = 'NOPE-1' WHERE position = 0")
# A column renamed: a read of the table stops at once, which must not pass for a table without rows
# (tests/cli/BadFileTests.cpp renames columns that only a whole open reads).
variant("renamed-rating-column.coherence", "ALTER TABLE rating RENAME COLUMN level TO levle")

# JSON imports
doc = json.load(open(sample, encoding="utf-8"))
def json_variant(name, change):
    data = json.loads(json.dumps(doc))
    change(data)
    write(name, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
json_variant("wrong-types.json", lambda d: d["ratings"][0].update(level="high"))
json_variant("level-as-fraction.json", lambda d: d["ratings"][0].update(level=2.5))
json_variant("unknown-criterion.json", lambda d: d["ratings"].append({"criterion": "ZZZ-9", "level": 1}))
json_variant("duplicate-ratings.json", lambda d: d["ratings"].append(dict(d["ratings"][0])))
json_variant("rubric-hash-mismatch.json", lambda d: d["rubric"].update(sha256="0" * 64))
json_variant("future-format.json", lambda d: d.update(formatVersion=9))
json_variant("ratings-not-array.json", lambda d: d.update(ratings={"LAB-1": 2}))
json_variant("missing-plan.json", lambda d: d.pop("plan"))
json_variant("bad-date.json", lambda d: d["actions"][0].update(due="soon"))
write("not-json.json", b"criterion,level\nLAB-1,2\n")
write("truncated.json", open(sample, "rb").read()[:700])
write("array.json", b"[1, 2, 3]\n")
write("invalid-utf8.json", open(sample, "rb").read().replace(b"fictional", b"fict\xff\xfeional", 1))
shutil.rmtree(work)
print(len([n for n in os.listdir(here) if n.endswith((".coherence", ".json"))]), "bad files")
