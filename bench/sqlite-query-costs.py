#!/usr/bin/env python3
"""Times the SQL of two read paths straight in SQLite (Python's sqlite3, no API), to tell the
queries' own cost from the rest of a request.

  bench/sqlite-query-costs.py list  [--connections N] [--map BYTES] [--cache KIB]
      The talent list's first pages (artifacts/bench/list-first.txt, written by
      run-talent-benchmarks.sh) as the API's SQL: with one connection, each page repeated
      (per-page cost, hottest cache), then with N connections taking the pages at random (as the
      API's pooled connections do), each with its own page cache.
  bench/sqlite-query-costs.py search WORD DRIVING_GRAM [--rows N]
      The catalogue search's page query for a word, read along the postings of DRIVING_GRAM
      (the other grams of the word checked per candidate), N candidate rows (default 26).

DATABASE (environment) names the file: artifacts/city.db by default."""
import argparse, os, random, sqlite3, sys, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATABASE = os.environ.get("DATABASE", os.path.join(ROOT, "artifacts", "city.db"))

TALENT_COLUMNS = ('"t"."Id", "t"."Name", "t"."DocumentType", "t"."IdentityNumberMasked", "t"."PhoneMasked", '
                  '"t"."ResidenceDistrictCode", "t"."Origin", "t"."EmployerId" IS NOT NULL, "t"."EmployerId", '
                  '"t"."SchoolId" IS NOT NULL, "t"."SchoolId", "t"."Major", "t"."GraduationDate", '
                  '"t"."JobSeekingStatus", "t"."ConsentsToMatching", "t"."Version"')
FILTER_COLUMNS = {"district": "ResidenceDistrictCode", "origin": "Origin", "jobSeeking": "JobSeekingStatus",
                  "employer": "EmployerId", "school": "SchoolId"}
STORED_VALUES = {"local": "Local", "outside-city": "OutsideCity", "seeking": "Seeking",
                 "open-to-offers": "OpenToOffers", "not-seeking": "NotSeeking"}
ENTRY_COLUMNS = ["EditionNumber", "Position", "Clusters", "DeliveryMode", "DistrictCode", "FeePerPerson",
                 "InstitutionId", "InstitutionName", "IsNewOccupation", "IsUrgentlyNeeded", "ItemId",
                 "OccupationCode", "OccupationName", "PracticeHours", "SearchText", "SkillLevelCode",
                 "SubsidyPerPerson", "TheoryHours", "Title", "TrainingType", "ValidFrom", "ValidUntil"]


def connect(map_bytes, cache_kib):
    connection = sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True, check_same_thread=False)
    connection.execute(f"PRAGMA mmap_size = {map_bytes}")
    connection.execute(f"PRAGMA cache_size = -{cache_kib}")
    return connection


def list_pages():
    pages = []
    with open(os.path.join(ROOT, "artifacts", "bench", "list-first.txt")) as paths:
        for path in paths:
            query = urllib.parse.parse_qs(urllib.parse.urlparse(path.strip()).query)
            conditions, values = [], []
            for name, (value,) in query.items():
                if name in FILTER_COLUMNS:
                    conditions.append(f'"t"."{FILTER_COLUMNS[name]}" = ?')
                    # Ids are stored as upper-case text; enum values by their C# names.
                    values.append(value.upper() if name in ("employer", "school") else STORED_VALUES.get(value, value))
            where = " WHERE " + " AND ".join(conditions) if conditions else ""
            sql = f'SELECT {TALENT_COLUMNS} FROM "Talents" AS "t"{where} ORDER BY "t"."Name", "t"."Id" LIMIT 21'
            pages.append((path.strip(), sql, values))
    return pages


def time_list(args):
    pages = list_pages()
    one = connect(args.map, args.cache)
    costs = []
    for path, sql, values in pages:
        for _ in range(20):
            one.execute(sql, values).fetchall()
        start = time.perf_counter()
        for _ in range(200):
            one.execute(sql, values).fetchall()
        costs.append(((time.perf_counter() - start) / 200 * 1e6, path))
    costs.sort(reverse=True)
    print(f"one warm connection, each of {len(pages)} first pages repeated: mean {sum(c for c, _ in costs) / len(costs):.1f} µs")
    for cost, path in costs[:5]:
        print(f"  {cost:7.1f} µs  {path}")

    connections = [connect(args.map, args.cache) for _ in range(args.connections)]
    rng = random.Random(1)

    def run(count):
        start = time.perf_counter()
        for _ in range(count):
            _, sql, values = pages[rng.randrange(len(pages))]
            connections[rng.randrange(len(connections))].execute(sql, values).fetchall()
        return (time.perf_counter() - start) / count * 1e6

    run(60_000)
    print(f"{args.connections} connections, pages at random (mmap {args.map} B, cache {args.cache} KiB each): {run(20_000):.1f} µs a page")


def time_search(args):
    grams = [args.word[i:i + 2] for i in range(len(args.word) - 1)] if len(args.word) > 1 else [args.word]
    if args.driving_gram not in grams:
        sys.exit(f"{args.driving_gram} is not a gram of {args.word}: {grams}")
    others = [g for g in grams if g != args.driving_gram]
    exists = "".join(
        f' AND EXISTS (SELECT 1 FROM "CatalogueEditionGrams" AS "g{i}" WHERE "g{i}"."EditionNumber" = ? AND "g{i}"."Gram" = ? AND "g{i}"."Position" = "e"."Position")'
        for i, _ in enumerate(others))
    entry = ", ".join(f'"e"."{c}"' for c in ENTRY_COLUMNS)
    outer = ", ".join(f'"x"."{c}"' for c in ENTRY_COLUMNS)
    sql = (f'SELECT {outer}, "i"."Status" FROM "CatalogueEditionGrams" AS "p" '
           f'INNER JOIN (SELECT {entry} FROM "CatalogueEditionEntries" AS "e" WHERE "e"."EditionNumber" = ?{exists}) AS "x" '
           f'ON "p"."EditionNumber" = "x"."EditionNumber" AND "p"."Position" = "x"."Position" '
           f'INNER JOIN "CatalogueItems" AS "i" ON "x"."ItemId" = "i"."Id" '
           f'WHERE "p"."EditionNumber" = ? AND "p"."Gram" = ? AND "p"."Position" > 0 ORDER BY "p"."Position" LIMIT ?')
    values = [1] + [v for g in others for v in (1, g)] + [1, args.driving_gram, args.rows]
    connection = connect(0x7FFF0000, 2000)
    for _ in range(5):
        connection.execute(sql, values).fetchall()
    start = time.perf_counter()
    for _ in range(100):
        rows = connection.execute(sql, values).fetchall()
    postings = connection.execute('SELECT count(*) FROM "CatalogueEditionGrams" WHERE "EditionNumber" = 1 AND "Gram" = ?', [args.driving_gram]).fetchone()[0]
    print(f"{args.word} along {args.driving_gram} ({postings} postings): {len(rows)} rows in {(time.perf_counter() - start) / 100 * 1e6:.0f} µs")


parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
modes = parser.add_subparsers(dest="mode", required=True)
listing = modes.add_parser("list")
listing.add_argument("--connections", type=int, default=32)
listing.add_argument("--map", type=int, default=0x7FFF0000)
listing.add_argument("--cache", type=int, default=2000)
search = modes.add_parser("search")
search.add_argument("word")
search.add_argument("driving_gram")
search.add_argument("--rows", type=int, default=26)
arguments = parser.parse_args()
time_list(arguments) if arguments.mode == "list" else time_search(arguments)
