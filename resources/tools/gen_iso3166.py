#!/usr/bin/env python3
"""Writes resources/iso3166.tsv from Debian's iso-codes package (iso_3166-1.json and
iso_3166-2.json, LGPL-2.1-or-later, https://salsa.debian.org/iso-codes-team/iso-codes).

Bursar bundles the table so the country, region and state pickers work the same on every
desktop. Run it again after an iso-codes update and commit the result:
    python3 resources/tools/gen_iso3166.py /usr/share/iso-codes/json resources/iso3166.tsv
Columns: code (US, US-WA), English name, type (Country, State, Province, ...)."""
import json
import sys

src, out = sys.argv[1], sys.argv[2]
countries = json.load(open(f"{src}/iso_3166-1.json", encoding="utf-8"))["3166-1"]
subdivisions = json.load(open(f"{src}/iso_3166-2.json", encoding="utf-8"))["3166-2"]
rows = [(c["alpha_2"], c.get("common_name", c["name"]), "Country") for c in countries]
rows += [(s["code"], s["name"], s["type"]) for s in subdivisions]
rows.sort(key=lambda r: r[0])
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("# ISO 3166-1 and 3166-2 from Debian iso-codes (LGPL-2.1-or-later); resources/tools/gen_iso3166.py\n")
    for code, name, kind in rows:
        assert "\t" not in name and "\n" not in name
        f.write(f"{code}\t{name}\t{kind}\n")
