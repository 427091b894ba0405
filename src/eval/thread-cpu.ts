// CPU seconds of the calling (main) thread, from Linux's /proc. Process CPU (process.cpuUsage)
// also counts V8's helper threads (optimizing compiler, parallel GC), which do most of their
// work in a cold pass; this lets the eval show that split next to the process figure.
// Returns null where /proc/thread-self is missing (macOS, Windows).

import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ: the unit of /proc's utime and stime on Linux

export function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
