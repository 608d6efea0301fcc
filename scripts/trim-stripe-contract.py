#!/usr/bin/env python3
"""Copies the part of Stripe's API contract the sandbox needs into resources/sandbox/.

A developer tool, run by hand when the contract is updated; the build never runs it (a user's
clone has no copy of the full contract). Usage:
    scripts/trim-stripe-contract.py <directory with endpoints.json and objects.json>
Keeps, for each endpoint: method, path, kind, and the parameter tree (name, type, required,
emptyable, enum values, nested params, array items, map values); for each object: field names,
types, nullable and optional. Drops descriptions.
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
    with open(os.path.join(target, "endpoints.json"), "w") as out:
        json.dump(trimmed, out, separators=(",", ":"), sort_keys=False)
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
    with open(os.path.join(target, "objects.json"), "w") as out:
        json.dump(trimmed_objects, out, separators=(",", ":"))


if __name__ == "__main__":
    main()
