"""The cursor of an item at an offset, for the scenarios that start deep in a list: the
server's own cursor of the list's first item (every cursor of a page begins with the stamps
of its version and list, then the offset's digits) with its offset replaced. Cursors of the
bare form offset:N are refused since they name no version (docs/api.md)."""
import base64
import json
import re
import urllib.request


def first_cursor(url, field):
    """The endCursor of field(first: 1), unfiltered in its default order."""
    body = json.dumps({"query": "{ %s(first: 1) { pageInfo { endCursor } } }" % field}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=300) as response:
        answer = json.load(response)
    if "errors" in answer:
        raise SystemExit("bench: %s(first: 1) answered errors: %s" % (field, json.dumps(answer["errors"])[:300]))
    return answer["data"][field]["pageInfo"]["endCursor"]


def at(cursor, offset):
    """cursor (of any item of its list) made the cursor of the item at offset."""
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    stamps = re.sub(rb"[0-9]+$", b"", raw)
    return base64.urlsafe_b64encode(stamps + str(offset).encode()).decode().rstrip("=")
