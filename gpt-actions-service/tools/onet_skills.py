#!/usr/bin/env python3
"""Builds src/main/resources/resume/skills/onet-technology-skills.tsv from the O*NET 29.2
"Technology Skills.txt" file (CC BY 4.0, see src/main/resources/resume/skills/ATTRIBUTION.md).

Keeps the examples O*NET marks as Hot Technology or In Demand, gives each a short canonical
name (vendor prefix and generic suffixes removed, "Long name ACRONYM" split into both) and
writes: canonical name, O*NET commodity title, aliases separated by '|', number of occupations.

Usage: python3 tools/onet_skills.py "<dir with Technology Skills.txt>" > src/main/resources/resume/skills/onet-technology-skills.tsv
"""
import csv
import re
import sys
from collections import defaultdict

VENDORS = ["Microsoft", "Oracle", "Adobe", "Apache", "Atlassian", "Intuit", "IBM", "The MathWorks", "Autodesk",
           "Amazon", "Google", "SAP", "Dassault Systemes", "Trimble", "Bentley", "ESRI", "Splunk", "Salesforce",
           "Apple", "Red Hat"]
# what is left after removing the vendor must still name the product on its own
GENERIC = {"database", "software", "office software", "cloud", "systems", "analytics", "docs", "dynamics",
           "project", "access", "word", "teams", "outlook", "primavera enterprise project portfolio management",
           "visual basic", "creative cloud", "peoplesoft", "fusion", "power", "meet", "ads", "sheets", "workspace",
           "middleware", "inventor", "earth pro", "tag manager", "office"}


def clean(name):
    name = re.sub(r"\s+software$", "", name).strip()
    return name


def acronym(base):
    """("Structured query language", "SQL") when the last word abbreviates the words before it."""
    m = re.match(r"^(.*\S)\s+([A-Z][A-Z0-9]{1,9})$", base)
    if not m:
        return None
    words = m.group(1).split()
    letters = m.group(2)
    if len(words) < len(letters):
        return None
    long_form = words[len(words) - len(letters):]
    if "".join(w[0] for w in long_form).upper() != letters:
        return None
    return " ".join(words), letters


def aliases_of(example):
    base = clean(example)
    aliases = {base}
    # "Structured query language SQL" -> SQL and the long form
    split = acronym(base)
    if split:
        aliases.add(split[1])
        aliases.add(split[0])
    for vendor in VENDORS:
        for alias in list(aliases):
            if alias.startswith(vendor + " "):
                rest = alias[len(vendor) + 1:].strip()
                if rest.lower() not in GENERIC and len(rest) > 1:
                    aliases.add(rest)
    return aliases


def canonical_of(example, aliases):
    base = clean(example)
    split = acronym(base)
    if split:
        return split[1]
    for vendor in VENDORS:
        if base.startswith(vendor + " "):
            rest = base[len(vendor) + 1:].strip()
            if rest.lower() not in GENERIC and len(rest) > 1 and rest in aliases:
                return rest
    return base


def main(directory):
    rows = defaultdict(lambda: {"category": None, "occupations": set()})
    with open(directory + "/Technology Skills.txt", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["Hot Technology"] != "Y" and row["In Demand"] != "Y":
                continue
            entry = rows[row["Example"]]
            entry["category"] = entry["category"] or row["Commodity Title"]
            entry["occupations"].add(row["O*NET-SOC Code"])
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["name", "onet_commodity_title", "aliases", "occupations"])
    for example in sorted(rows):
        aliases = aliases_of(example)
        aliases.add(example)
        canonical = canonical_of(example, aliases)
        aliases.discard(canonical)
        out.writerow([canonical, rows[example]["category"], "|".join(sorted(aliases)),
                      len(rows[example]["occupations"])])


if __name__ == "__main__":
    main(sys.argv[1])
