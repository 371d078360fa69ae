#!/usr/bin/env python3
"""Usage: peak-process.py REPORT -- CMD...

Runs CMD and finds the single process with the largest resident peak among CMD and its descendants, sampling
/proc every 100 ms. The peak is the kernel's own high-water mark (VmHWM), so only growth in the last 100 ms of a
process's life can be missed. A daemon that is not a descendant (a shared compiler server, a reused MSBuild node)
is not seen: measure with -nodeReuse:false -p:UseSharedCompilation=false.
Writes "MB<TAB>what<TAB>pid" of that process to REPORT, then per kind of process "what<TAB>seconds<TAB>count": how
long the processes of that kind were seen alive, summed (to 100 ms), and exits with CMD's exit code.
"""
import os
import subprocess
import sys
import time


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def parent_of(pid):
    stat = read(f"/proc/{pid}/stat")
    if stat is None:
        return None
    # The command name in parentheses may hold spaces; the fields after its closing parenthesis do not.
    return int(stat[stat.rindex(b")") + 2:].split()[1])


def command_line(pid):
    raw = read(f"/proc/{pid}/cmdline") or b""
    return raw.replace(b"\0", b" ").decode("utf-8", "replace").strip()


def memory_kb(pid, field):
    status = read(f"/proc/{pid}/status")
    if status is None:
        return None
    for line in status.split(b"\n"):
        if line.startswith(field):
            return int(line.split()[1])
    return None


def describe(cmdline):
    """What the process is, in the issue's terms."""
    if "VBCSCompiler" in cmdline:
        return "compiler server (VBCSCompiler)"
    if "csc.dll" in cmdline or "/Roslyn/bincore/csc" in cmdline:
        return "compiler (csc)"
    if "MSBuild.dll" in cmdline and "nodemode" in cmdline:
        return "MSBuild node"
    if "StaticNews.Site" in cmdline:
        return "renderer (StaticNews.Site)"
    if "pagefind" in cmdline:
        return "pagefind"
    if cmdline.startswith("hugo") or "/hugo " in cmdline:
        return "hugo"
    if "npm" in cmdline:
        return "npm"
    if cmdline.startswith("/bin/sh") or cmdline.startswith("/usr/bin/sh"):
        return "shell of an Exec task"
    if "dotnet build" in cmdline or "MSBuild.dll" in cmdline:
        return "dotnet build (MSBuild entry process)"
    return cmdline.split(" ")[0] if cmdline else "?"


def main():
    args = sys.argv[1:]
    report = args.pop(0)
    if args[0] == "--":
        args = args[1:]

    child = subprocess.Popen(args)
    ours = {child.pid}
    parents = {}
    what = {}
    peaks = {}  # pid -> kB
    lifetimes = {}  # pid -> [first seen, last seen]

    def sample():
        fresh = []
        for name in os.listdir("/proc"):
            if name.isdigit() and int(name) not in parents:
                pid = int(name)
                parents[pid] = parent_of(pid)
                fresh.append(pid)
        # A parent may be listed after its child (pids wrap), so settle the new ones together.
        grew = True
        while grew:
            grew = False
            for pid in fresh:
                if pid not in ours and parents[pid] in ours:
                    ours.add(pid)
                    grew = True
        now = time.monotonic()
        for pid in list(ours):
            kb = memory_kb(pid, b"VmHWM:")
            if kb is not None:
                lifetimes.setdefault(pid, [now, now])[1] = now
            if kb is None:  # gone (or a zombie): its pid may be reused by a stranger
                ours.discard(pid)
            elif kb > peaks.get(pid, 0):
                peaks[pid] = kb
                if pid not in what:
                    what[pid] = describe(command_line(pid))

    while child.poll() is None:
        sample()
        time.sleep(0.1)

    pid, kb = max(peaks.items(), key=lambda item: item[1], default=(0, 0))
    with open(report, "w") as f:
        f.write(f"{kb / 1024:.0f}\t{what.get(pid, '?')}\t{pid}\n")
        kinds = {}
        for pid, (first, last) in lifetimes.items():
            kind = kinds.setdefault(what.get(pid, "?"), [0.0, 0])
            kind[0] += last - first
            kind[1] += 1
        for kind, (seconds, number) in sorted(kinds.items(), key=lambda item: -item[1][0]):
            f.write(f"{kind}\t{seconds:.1f}\t{number}\n")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
