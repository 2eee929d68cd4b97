"""Downloads the dataset served by a running jar as JSON (/data/<collection>.json), one file
per GraphQL type, for the Apollo peer: the same data, as the bulk downloads publish it."""
import sys
import urllib.request

base, target = sys.argv[1:3]
collections = {"Article": "articles", "Country": "countries", "Organization": "organizations", "Person": "people",
               "Agreement": "agreements", "Signatory": "signatories", "CooperationArea": "cooperation-areas",
               "Commitment": "commitments", "Statement": "statements"}
for type_name, collection in collections.items():
    with urllib.request.urlopen(f"{base}/data/{collection}.json") as response, \
            open(f"{target}/{type_name}.json", "wb") as out:
        while chunk := response.read(1 << 20):
            out.write(chunk)
