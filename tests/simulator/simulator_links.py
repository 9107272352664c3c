#!/usr/bin/python3
"""The simulator's link list honours Belvo's filters, pages and next/previous URLs
(belvo-api.md, "Listing links"): each filter's answer is compared with the same filter applied
here to the whole list.

usage: simulator_links.py RELINK_SIMULATOR
"""
import datetime
import sys
import urllib.parse

import simulator_support as support

DEMO = {  # README's demo table: id → (institution, status)
    "11111111-1111-4111-8111-111111111111": ("erebor_mx_retail", "invalid"),
    "22222222-2222-4222-8222-222222222222": ("heimdall_mx_retail", "token_required"),
    "33333333-3333-4333-8333-333333333333": ("heimdall_mx_retail", "invalid"),
    "44444444-4444-4444-8444-444444444444": ("gotham_mx_business", "invalid"),
    "55555555-5555-4555-8555-555555555555": ("erebor_br_retail", "invalid"),  # a bank down
}

failures = []


def expect(what, condition, detail=""):
    if not condition:
        failures.append(what)
        print(f"FAIL {what} {detail}"[:600], file=sys.stderr)


def when(text):
    if len(text) == 10:
        text += "T00:00:00+00:00"
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def all_links(sim, query=""):
    """Every link the query selects, following `next` to the end; checks each page's links."""
    url, links, pages = f"/api/links/?{query}", [], 0
    while url:
        status, page = sim.call("GET", url)
        if status != 200:
            expect(f"GET {url} → 200", False, f"got {status}: {page}")
            return links
        links += page["results"]
        pages += 1
        for key in ("next", "previous"):
            if page[key] is not None:
                expect(f"{key} of {url} is on the simulator's origin",
                       page[key].startswith(sim.url + "/api/links/?"), page[key])
        url = page["next"]
        expect(f"{query}: count is the same on every page", page["count"] >= len(links))
    return links


def check_pages(sim):
    status, first = sim.call("GET", "/api/links/")
    expect("GET /api/links/ → 200", status == 200, first)
    everything = all_links(sim, "page_size=1000")
    count = first["count"]
    expect("the account holds 300 links", count == 300, count)
    expect("one page of 1000 holds them all", len(everything) == count, len(everything))
    expect("the default page is 100 links", len(first["results"]) == 100)
    expect("the first page has no previous", first["previous"] is None)
    expect("the first page's next is page 2", first["next"] == sim.url + "/api/links/?page=2",
           first["next"])
    status, second = sim.call("GET", first["next"])
    expect("page 2 holds the rest", len(second["results"]) == min(100, count - 100))
    expect("page 2's previous is the first page", second["previous"] == sim.url + "/api/links/",
           second["previous"])
    for bad in ("page_size=0", "page_size=abc", "page_size=-5"):
        status, page = sim.call("GET", f"/api/links/?{bad}")
        expect(f"{bad}: the default size", len(page["results"]) == 100, page)
    status, page = sim.call("GET", "/api/links/?page_size=5000")
    expect("page_size=5000 is capped (to 1000: all of them here)",
           status == 200 and len(page["results"]) == count and page["next"] is None)
    for bad in ("page=999", "page=0", "page=abc"):
        status, page = sim.call("GET", f"/api/links/?{bad}")
        expect(f"{bad} → 404 not_found", status == 404 and page[0]["code"] == "not_found", page)
    ids = [l["id"] for l in everything]
    expect("every link once", len(set(ids)) == len(ids))
    walked = [l["id"] for l in all_links(sim, "page_size=7")]
    expect("following next with page_size=7 walks the same list", walked == ids)
    for link_id, (institution, link_status) in DEMO.items():
        link = next((l for l in everything if l["id"] == link_id), None)
        expect(f"demo link {link_id} as README's table", link is not None
               and (link["institution"], link["status"]) == (institution, link_status), link)
    attention = [l for l in everything if l["status"] in ("invalid", "token_required")]
    expect("78 of them need attention, across the institutions",
           len(attention) == 78 and len({l["institution"] for l in attention}) == 5,
           len(attention))
    return everything


def check_added_links(program):
    """relink-simulator --links N: N more links needing attention, in pages capped at 1000."""
    with support.Simulator(program, ["--links", "2500"]) as sim:
        query = "status__in=invalid,token_required&page_size=5000"
        status, first = sim.call("GET", f"/api/links/?{query}")
        expect("--links 2500: 2578 links need attention", first["count"] == 2578, first["count"])
        expect("--links 2500: a page holds at most 1000", len(first["results"]) == 1000)
        walked = all_links(sim, query)
        statuses = [l["status"] for l in walked]
        expect("--links 2500: following next gives all, half invalid, half token_required",
               len(walked) == 2578 and len({l["id"] for l in walked}) == 2578
               and statuses.count("invalid") == 1250 + 49, (len(walked), statuses.count("invalid")))


def check_filters(sim, everything):
    """Each filter against the same selection made here."""
    created = lambda l: when(l["created_at"])
    cases = {
        "status=valid": lambda l: l["status"] == "valid",
        "status=unconfirmed": lambda l: l["status"] == "unconfirmed",
        "status__in=invalid,token_required":
            lambda l: l["status"] in ("invalid", "token_required"),
        "institution=heimdall_mx_retail": lambda l: l["institution"] == "heimdall_mx_retail",
        "institution__in=erebor_co_retail,gotham_mx_business":
            lambda l: l["institution"] in ("erebor_co_retail", "gotham_mx_business"),
        "external_id=customer-user_valid": lambda l: l["external_id"] == "customer-user_valid",
        "access_mode=single": lambda l: l["access_mode"] == "single",
        "refresh_rate=7d": lambda l: l["refresh_rate"] == "7d",
        "created_at__gte=2024-01-01": lambda l: created(l) >= when("2024-01-01"),
        "created_at__lt=2024-01-01": lambda l: created(l) < when("2024-01-01"),
        "created_at__gt=2023-06-01T12:00:00Z": lambda l: created(l) > when("2023-06-01T12:00:00Z"),
        "created_at__lte=2023-06-01T12:00:00Z":
            lambda l: created(l) <= when("2023-06-01T12:00:00Z"),
        "created_at__range=2023-03-01,2023-06-30":
            lambda l: when("2023-03-01") <= created(l) < when("2023-07-01"),
        "created_at=2024-03-05": lambda l: l["created_at"].startswith("2024-03-05"),
        "status=valid&institution=erebor_mx_retail&created_at__gte=2023-07-01":
            lambda l: l["status"] == "valid" and l["institution"] == "erebor_mx_retail"
            and created(l) >= when("2023-07-01"),
    }
    for query, keep in cases.items():
        want = [l["id"] for l in everything if keep(l)]
        got = [l["id"] for l in all_links(sim, query + "&page_size=1000")]
        expect(f"{query}: the links it selects", got == want and want,
               f"want {len(want)}, got {len(got)}")
        status, page = sim.call("GET", f"/api/links/?{query}")
        expect(f"{query}: count", page["count"] == len(want), page["count"])
    status, page = sim.call("GET", "/api/links/?external_id=customer-user_valid")
    expect("external_id finds the demo link",
           [l["id"] for l in page["results"]] == ["11111111-1111-4111-8111-111111111111"])
    # A filtered page's next/previous keep the filters.
    status, page = sim.call("GET", "/api/links/?status=valid&page_size=10&page=2")
    for key in ("next", "previous"):
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(page[key]).query)
        expect(f"a filtered page's {key} keeps the filter",
               query.get("status") == ["valid"] and query.get("page_size") == ["10"], page[key])
    status, page = sim.call("GET", "/api/links/?created_at__gte=yesterday")
    expect("a malformed date → 400 naming the parameter",
           status == 400 and page[0]["field"] == "created_at__gte", page)
    status, page = sim.call("GET", "/api/links/?fields=id,status&page_size=3")
    expect("fields= keeps only those fields",
           all(sorted(l) == ["id", "status"] for l in page["results"]), page)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with support.Simulator(sys.argv[1]) as sim:
        check_filters(sim, check_pages(sim))
    check_added_links(sys.argv[1])
    if failures:
        sys.exit(f"{len(failures)} check(s) of the link list failed (listed above)")
    print("the link list honours Belvo's filters and pages")


if __name__ == "__main__":
    main()
