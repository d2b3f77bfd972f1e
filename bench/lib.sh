# Shared by bench/run and bench/compare (sourced; the repository root is the current folder).
root=$PWD
data=${BENCH_DATA:-$root/.bench-data}
uptake=$root/.build-bench/release/uptake

# The release binary in a private scratch path (BENCH_NO_BUILD=1 keeps an existing one).
bench_build() {
    if [[ -z "${BENCH_NO_BUILD:-}" || ! -x "$uptake" ]]; then
        echo "== building the release binary (.build-bench/release/uptake)"
        swift build -c release --scratch-path .build-bench --product uptake 2>&1 | tail -n 1
    fi
}

# bench_build_floor: .build-bench/release/uptake-write-floor (bench/compare's write floor).
floor_tool=$root/.build-bench/release/uptake-write-floor
bench_build_floor() {
    if [[ -z "${BENCH_NO_BUILD:-}" || ! -x "$floor_tool" ]]; then
        swift build -c release --scratch-path .build-bench --product uptake-write-floor 2>&1 | tail -n 1
    fi
}

# bench_generate WORKLOAD: .bench-data/WORKLOAD/, made once (into a temporary folder, then renamed).
bench_generate() {
    local name=$1 dir=$data/$1
    [[ -f $data/$name.done ]] && return 0
    rm -rf "$dir" "$dir.tmp"
    mkdir -p "$data"
    echo "== generating $name into $dir"
    case $name in
        enterprise) python3 bench/generate.py enterprise "$dir.tmp" ;;
        pages) python3 bench/generate.py pages "$dir.tmp" ;;
        slice) python3 bench/generate.py enterprise "$dir.tmp" --programs 20 ;;
        *) echo "bench: unknown workload '$name' (enterprise, pages, slice)" >&2; return 2 ;;
    esac
    mv "$dir.tmp" "$dir"
    touch "$data/$name.done"
}
