#!/usr/bin/env python3
"""Sums a dotnet-trace speedscope file (--format speedscope) by frame: inclusive time per frame name, over all threads.

Usage: bench/speedscope.py FILE [--under REGEX] [--top N]
  --under REGEX  only time spent beneath the first frame matching REGEX (and only the frames below it)
  --top N        how many frames to print (default 40)
  --cpu          only the samples where the thread ran on a CPU (its innermost frame CPU_TIME), not waiting ones
Sampled thread time counts every thread, waiting ones too (a finalizer thread blocked in native code shows
as time); read the frames of the work you are after, not the total.
"""
import argparse
import collections
import json
import re

parser = argparse.ArgumentParser()
parser.add_argument("file")
parser.add_argument("--under")
parser.add_argument("--top", type=int, default=40)
parser.add_argument("--cpu", action="store_true")
args = parser.parse_args()

data = json.load(open(args.file))
names = [frame["name"] for frame in data["shared"]["frames"]]
under = re.compile(args.under) if args.under else None
inclusive = collections.Counter()
total = 0.0
for profile in data["profiles"]:
    stack, last = [], None
    for event in profile["events"]:
        at = event["at"]
        if stack and last is not None and (not args.cpu or names[stack[-1]] == "CPU_TIME"):
            frames = [names[f] for f in stack]
            start = 0
            if under:
                start = next((i + 1 for i, name in enumerate(frames) if under.search(name)), None)
            if start is not None:
                total += at - last
                for name in set(frames[start:]):
                    inclusive[name] += at - last
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            stack.pop()

print(f"{total:,.0f} ms of {'CPU' if args.cpu else 'thread'} time" + (f" beneath {args.under}" if under else ""))
for name, ms in inclusive.most_common(args.top):
    print(f"{ms:10,.0f} ms {100 * ms / max(total, 1):5.1f}%  {name[:150]}")
