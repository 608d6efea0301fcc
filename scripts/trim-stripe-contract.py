#!/usr/bin/env python3
"""Copies the part of Stripe's API contract the sandbox needs into resources/sandbox/.

A developer tool, run by hand when the contract is updated; the build never runs it (a user's
clone has no copy of the full contract). Usage:
    scripts/trim-stripe-contract.py <directory with endpoints.json, objects.json and events.json>
Keeps, for each endpoint: method, path, kind, and the parameter tree (name, type, required,
emptyable, enum values, nested params, array items, map values); for each object: field names,
types, nullable and optional. Drops descriptions. events.json (GET /v1/events, the Event object and
the event types of the objects Paydesk shows) is written in the same shapes, its event types into
resources/sandbox/events.json.
"""
import json
import os
import sys


def trim_param(param):
    kept = {key: param[key] for key in ("name", "type") if key in param}
    if param.get("required"):
        kept["required"] = True
    if param.get("emptyable"):
        kept["emptyable"] = True
    if param.get("open"):
        kept["open"] = True
    for key in ("values", "minimum", "maximum", "const"):
        if key in param:
            value = param[key]
            if isinstance(value, dict):
                value = trim_param(value)
            kept[key] = value
    if "params" in param:
        kept["params"] = [trim_param(child) for child in param["params"]]
    if "items" in param:
        kept["items"] = trim_param(param["items"])
    if "variants" in param:
        kept["variants"] = [trim_param(variant) for variant in param["variants"]]
    return kept


# events.json describes its parameters more loosely (a range as variant names, array items as a
# type name): the same tree as endpoints.json's.
RANGE_VARIANTS = [
    {"type": "object", "params": [{"name": bound, "type": "integer"} for bound in ("gt", "gte", "lt", "lte")]},
    {"type": "integer"},
]


def trim_event_param(param):
    kept = trim_param({key: value for key, value in param.items() if key not in ("variants", "items")})
    if param["type"] == "one_of":
        kept["variants"] = RANGE_VARIANTS
    if "items" in param:
        kept["items"] = {"type": param["items"]}
    return kept


def event_field_type(field):
    return field["type"].split(" ")[0]  # "string (open enum)" is a string


def main():
    source = sys.argv[1]
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "sandbox")
    endpoints = json.load(open(os.path.join(source, "endpoints.json")))
    trimmed = {
        "api_version": endpoints["api_version"],
        "endpoints": [
            {
                "method": endpoint["method"],
                "path": endpoint["path"],
                "kind": endpoint["kind"],
                "params": [trim_param(param) for param in endpoint["params"]],
                "returns": endpoint["returns"]["objects"],
            }
            for endpoint in endpoints["endpoints"]
        ],
    }
    events = json.load(open(os.path.join(source, "events.json")))
    if events["api_version"] != endpoints["api_version"]:
        sys.exit("events.json is for %s, endpoints.json for %s" % (events["api_version"], endpoints["api_version"]))
    trimmed["endpoints"] += [
        {
            "method": endpoint["method"],
            "path": endpoint["path"],
            "kind": endpoint["kind"],
            "params": [trim_event_param(param) for param in endpoint["params"]],
            "returns": [endpoint["returns"]["of"]],
        }
        for endpoint in events["endpoints"]
    ]
    with open(os.path.join(target, "endpoints.json"), "w") as out:
        json.dump(trimmed, out, separators=(",", ":"), sort_keys=False)
    with open(os.path.join(target, "events.json"), "w") as out:
        json.dump({"api_version": events["api_version"], "event_types": events["event_types_for_paydesk_kinds"]},
                  out, separators=(",", ":"))
    objects = json.load(open(os.path.join(source, "objects.json")))
    trimmed_objects = {
        "api_version": objects["api_version"],
        "objects": {
            name: [
                {key: field[key] for key in ("name", "type", "nullable", "optional", "absent") if field.get(key)}
                for field in spec["fields"]
            ]
            for name, spec in objects["objects"].items()
        },
    }
    trimmed_objects["objects"][events["object"]["name"]] = [
        dict({"name": field["name"], "type": event_field_type(field)},
             **{key: field[key] for key in ("nullable", "optional") if field.get(key)})
        for field in events["object"]["fields"]
    ]
    with open(os.path.join(target, "objects.json"), "w") as out:
        json.dump(trimmed_objects, out, separators=(",", ":"))


if __name__ == "__main__":
    main()
