#!/usr/bin/env python3
"""Times what SQLite alone spends on a bulk import's write, without the API.

  bench/sqlite-write-costs.py [--rows N] [--cache KIB] [--keep]

Copies the database (DATABASE, default artifacts/city.db) next to itself, then in one transaction
inserts again the last N talents (default 100,000; the last import's rows, their identity hash
and id changed so they are new people) and as many of their audit entries, commits, and runs a
passive checkpoint, timing each step. The copy runs with the API's settings for a bulk write:
memory map as large as SQLite allows, a page cache of KIB (default 262,144, as the bulk insert
sets it), automatic checkpoints off, synchronous FULL. The copy is deleted unless --keep.
Needs a database that has had an import (bench/run-import-benchmark.sh) and free disk for a copy.
"""
import argparse, os, shutil, sqlite3, time, uuid

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument('--rows', type=int, default=100_000)
parser.add_argument('--cache', type=int, default=262_144)
parser.add_argument('--keep', action='store_true')
args = parser.parse_args()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
source = os.environ.get('DATABASE', os.path.join(root, 'artifacts', 'city.db'))
copy = source + '.write-costs'

started = time.time()
shutil.copyfile(source, copy)
print(f'copied {os.path.getsize(copy) / 1e9:.1f} GB in {time.time() - started:.1f} s')
try:
    db = sqlite3.connect(copy, isolation_level=None)
    db.execute('PRAGMA mmap_size = 2147418112')
    db.execute(f'PRAGMA cache_size = -{args.cache}')
    db.execute('PRAGMA wal_autocheckpoint = 0')
    print('SQLite', sqlite3.sqlite_version, 'journal', db.execute('PRAGMA journal_mode').fetchone()[0],
          'synchronous', db.execute('PRAGMA synchronous').fetchone()[0])

    columns = [r[1] for r in db.execute('PRAGMA table_info("Talents")')]
    last = db.execute('SELECT max(rowid) FROM "Talents"').fetchone()[0]
    talents = db.execute(f'SELECT * FROM "Talents" WHERE rowid > {last - args.rows}').fetchall()
    key, hash_ = columns.index('Id'), columns.index('IdentityNumberHash')
    fresh = []
    for row in talents:
        row = list(row)
        # Ids after every existing one, in the same order (as new time-ordered ids are); a new
        # random hash, as a new person's is.
        row[key] = 'F' + row[key][1:]
        row[hash_] = (uuid.uuid4().hex + uuid.uuid4().hex)[:len(row[hash_])]
        fresh.append(tuple(row))

    audit_columns = [r[1] for r in db.execute('PRAGMA table_info("AuditEntries")')]
    audit = db.execute('SELECT * FROM "AuditEntries" WHERE "EntityType" = \'Talent\' ORDER BY rowid DESC LIMIT ?', (args.rows,)).fetchall()
    audit_key = audit_columns.index('Id')
    audit = [tuple(None if i == audit_key else v for i, v in enumerate(r)) for r in audit]

    def insert(table, names, rows):
        db.executemany(f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in names)}) '
                       f'VALUES ({", ".join("?" * len(names))})', rows)

    t0 = time.time()
    db.execute('BEGIN')
    insert('Talents', columns, fresh)
    t1 = time.time()
    insert('AuditEntries', audit_columns, audit)
    t2 = time.time()
    db.execute('COMMIT')
    t3 = time.time()
    busy, logged, copied = db.execute('PRAGMA wal_checkpoint(PASSIVE)').fetchone()
    t4 = time.time()
    print(f'{len(fresh):,} talents {t1 - t0:.2f} s, {len(audit):,} audit entries {t2 - t1:.2f} s, '
          f'commit {t3 - t2:.2f} s ({logged:,} pages in the log), checkpoint {t4 - t3:.2f} s ({copied:,} pages copied)')
    db.close()
finally:
    if not args.keep:
        for suffix in ('', '-wal', '-shm'):
            if os.path.exists(copy + suffix):
                os.remove(copy + suffix)
