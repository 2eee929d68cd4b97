"""Writes the request bodies of the issue-11 scenarios (bench/run.sh, ONLY=model or the
full run): the dyadic query (agreements between two countries, given in reverse order),
the aggregate (commitmentTotals for a filter, and for a wide filter), each beside a plain
page of the same size with the same selection; and the nested pages (the first 3 statements
of each of 20 agreements or people) beside a plain page of as many statements. Variant k of a scenario asks the same
question of other data (another pair, obligor, currency or page), so each variant's
first answer is uncached in the store. Usage: model_queries.py OUT_DIR URL (the server,
asked once per list for a cursor to start deep pages from)"""
import base64
import json
import sys

import cursors

out = sys.argv[1]
url = sys.argv[2]
VARIANTS = 8
# the generator's countries, in its order (SyntheticCorpus.COUNTRIES)
CODES = ["LT", "UA", "PL", "LV", "EE", "CZ", "SK", "DE", "FR", "SE", "FI", "NO", "DK", "NL", "RO", "HU",
         "HR", "SI", "ES", "PT", "IT", "IS", "TR", "GB"]
CURRENCIES = ["EUR", "USD", "GBP", "SEK", "DKK", "NOK", "PLN", "UAH"]


def node_id(type_, key):
    return base64.urlsafe_b64encode(f"{type_}:{key}".encode()).decode().rstrip("=")


# a cursor of each list paged deep, whose offset cursor_of replaces
FIRST = {field: cursors.first_cursor(url, field) for field in ("agreements", "commitments", "statements", "people")}


def cursor(field, k):
    # the page after the first 20k items: the cursor of item 20k - 1
    return cursor_of(field, k, 20)


def cursor_of(field, k, size):
    # the page after the first size * k items
    if k == 0:
        return ""
    return ', after: "%s"' % cursors.at(FIRST[field], size * k - 1)


def pair(k):
    # the two countries that sign synthetic agreement k (and every 24th after it)
    a = CODES[k % len(CODES)]
    b = CODES[(k * 7 + 1) % len(CODES)]
    return a, b


AGREEMENT = ("totalCount edges { node { id title kind status signedOn events { stage date datePrecision } "
             "participants { role country { id name } } parties { id name } } } pageInfo { hasNextPage endCursor }")
COMMITMENT = ("totalCount edges { node { id status amount { amount currency approximate } "
              "obligors { ... on Country { id name } ... on Organization { id name } } } } "
              "pageInfo { hasNextPage endCursor }")
TOTAL = ("currency amount commitmentCount approximate "
         "obligor { ... on Country { id name } ... on Organization { id name } }")


def scenarios(k):
    a, b = pair(k)
    obligor = [c for c in CODES if c != "UA"][(k * 5 + 12) % (len(CODES) - 1)]
    return {
        "plain-agreements": "query plainAgreements { agreements(first: 20%s) { %s } }" % (cursor("agreements", k), AGREEMENT),
        # reverse order: the answer does not depend on it
        "dyadic": 'query dyadic { agreements(first: 20, filter: { between: ["%s", "%s"] }) { %s } }'
        % (node_id("Country", b), node_id("Country", a), AGREEMENT),
        "plain-commitments": "query plainCommitments { commitments(first: 20%s) { %s } }" % (cursor("commitments", k), COMMITMENT),
        # "how much has <obligor> committed to Ukraine", per currency
        "totals": 'query totals { commitmentTotals(filter: { obligor: "%s", beneficiary: "%s" }, groupBy: [OBLIGOR]) '
        "{ %s } }" % (node_id("Country", obligor), node_id("Country", "UA"), TOTAL),
        # one currency over the whole corpus, per obligor: about 1,000 commitments summed
        "totals-wide": 'query totalsWide { commitmentTotals(filter: { currency: "%s" }, groupBy: [OBLIGOR]) { %s } }'
        % (CURRENCIES[k % len(CURRENCIES)], TOTAL),
        # a portal's preview list: each parent with its first 3 statements, 60 in all, beside
        # a plain page of 60 statements with the same selection
        "plain-statements": "query plainStatements { statements(first: 60%s) { nodes { text } } }"
        % cursor_of("statements", k, 60),
        "nested-agreements": "query nestedAgreements { agreements(first: 20%s) { nodes { title "
        "statements(first: 3) { text } } } }" % cursor("agreements", k),
        "nested-people": "query nestedPeople { people(first: 20%s) { nodes { name statements(first: 3) { text } } } }"
        % cursor("people", k),
    }


for k in range(VARIANTS):
    for name, query in scenarios(k).items():
        with open(f"{out}/{name}-{k}.json", "w") as f:
            json.dump({"query": query}, f)
