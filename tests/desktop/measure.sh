#!/bin/sh
# Budgets of passaparola-desktop (issue 4), measured under Xvfb:
#   cold start to first frame ≤ 300 ms, resident memory ≤ 80 MB, idle CPU ≤ 1 % over 10 s.
# usage: tests/desktop/measure.sh [path/to/passaparola-desktop] [scenario.json]
# Prints the figures; exits 1 when a budget is exceeded.
set -eu
binary=${1:-build/native/native/desktop/passaparola-desktop}
scenario=${2:-$(dirname "$0")/scenarios/program.json}

if [ -z "${PASSAPAROLA_MEASURE_INNER:-}" ]; then
    command -v xvfb-run > /dev/null || { echo "xvfb-run is not installed" >&2; exit 77; }
    # One X server for all runs, so its own start-up is not counted as ours.
    PASSAPAROLA_MEASURE_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$binary" "$scenario"
fi

ticks=$(getconf CLK_TCK)
log=$(mktemp)
config=$(mktemp -d)
trap 'rm -rf "$log" "$config"' EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Seen when another xvfb-run -a takes the same display number at the same time.
still_running() {
    kill -0 "$pid" 2> /dev/null && return
    echo "$1: the program ended before it was measured:" >&2
    cat "$log" >&2
    exit 1
}

# Start-up: launch time handed over, the program prints the time of its first
# swapped frame. The first run also loads the libraries from disk.
starts=""
cpus=""
for run in 1 2 3 4 5; do
    PASSAPAROLA_LAUNCH_NS=$(date +%s%N) XDG_CONFIG_HOME=$config "$binary" --open "$scenario" 2> "$log" &
    pid=$!
    # The CPU line is printed last.
    for _ in $(seq 50); do grep -q first-frame-cpu-ms "$log" && break; sleep 0.1; done
    still_running "run $run"
    starts="$starts $(sed -n 's/^first-frame-ms: //p' "$log")"
    cpus="$cpus $(sed -n 's/^first-frame-cpu-ms: //p' "$log")"
    if [ "$run" -lt 5 ]; then kill "$pid"; wait "$pid" 2> /dev/null || true; fi
done

# The last one stays open and idle: no mouse, no keys.
sleep 2
still_running "idle run"
mb() { awk -v kb="$1" 'BEGIN {printf "%.1f", kb / 1024}'; }
field() { awk -v f="$1:" '$1 == f {print $2}' "/proc/$pid/status"; }
rss_kb=$(field VmRSS)
anon_kb=$(field RssAnon)
file_kb=$(field RssFile)
shmem_kb=$(field RssShmem)
# Resident pages per kind of mapping. Mesa's software renderer (llvmpipe)
# maps LLVM and compiles every shader with it: file pages that a GPU driver
# does not touch, and heap that llvmpipe and LLVM allocate (not told apart
# from the program's own heap here; see native/desktop/README.md).
by_mapping=$(awk '
    /^[0-9a-f]+-[0-9a-f]+ / {name = $6}
    /^Rss:/ {
        if (name ~ /libLLVM|_dri\.so/) driver += $2
        else if (name == "[heap]") heap += $2
        else if (name == "" || name ~ /^\[/) anon += $2
        else if (name ~ /^\/SYSV/) shm += $2
        else other += $2
    }
    END {print driver + 0, heap + 0, anon + 0, shm + 0, other + 0}' "/proc/$pid/smaps")
set -- $by_mapping
driver_kb=$1 heap_kb=$2 other_anon_kb=$3 shm_kb=$4 other_file_kb=$5
before=$(cpu_ticks "$pid")
sleep 10
after=$(cpu_ticks "$pid")
kill "$pid"; wait "$pid" 2> /dev/null || true

first=$(echo "$starts" | awk '{print $1}')
best=$(echo "$starts" | tr ' ' '\n' | grep . | sort -n | head -1)
median=$(echo "$starts" | tr ' ' '\n' | grep . | sort -n | sed -n 3p)
worst=$(echo "$starts" | tr ' ' '\n' | grep . | sort -n | tail -1)
rss_mb=$(mb "$rss_kb")
without_driver_mb=$(mb $((rss_kb - driver_kb)))
idle=$(awk -v t="$((after - before))" -v hz="$ticks" 'BEGIN {printf "%.2f", 100 * t / hz / 10}')

echo "start to first frame (ms):    first run $first, best $best, median $median, worst $worst (runs:$starts)"
echo "CPU time to first frame (ms): all threads:$cpus"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "resident memory, idle (MB):   $rss_mb = anonymous $(mb "$anon_kb") + file $(mb "$file_kb") + shared $(mb "$shmem_kb")"
echo "  by mapping (MB):            Mesa llvmpipe code (libLLVM, *_dri.so) $(mb "$driver_kb"), heap $(mb "$heap_kb"), other anonymous $(mb "$other_anon_kb"), X image (SysV shm) $(mb "$shm_kb"), other files $(mb "$other_file_kb")"
echo "  without llvmpipe's code (MB): $without_driver_mb"
echo "CPU while idle over 10 s (%): $idle"

status=0
awk -v v="$worst" 'BEGIN {exit !(v > 300)}' && { echo "over budget: start-up > 300 ms"; status=1; }
awk -v v="$rss_mb" 'BEGIN {exit !(v > 80)}' && { echo "over budget: memory > 80 MB ($without_driver_mb MB without llvmpipe's code pages)"; status=1; }
awk -v v="$idle" 'BEGIN {exit !(v > 1)}' && { echo "over budget: idle CPU > 1 %"; status=1; }
exit $status
