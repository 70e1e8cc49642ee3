# Sourced by the benchmark runners. Reads the database file once, so that the operating system's
# file cache holds it as it does on a server that has been up for a while (the city-scale file is
# about 6 GB, a quarter of the machine's memory): with a cold cache the first requests time the
# disk, not the API. WARM_FILE_CACHE=0 skips it, to time a cold start.
warm_file_cache() { # $1 = database file
  if [[ "${WARM_FILE_CACHE:-1}" != 0 ]]; then
    echo "==> reading $1 into the file cache (WARM_FILE_CACHE=0 skips this)"
    cat "$1" > /dev/null
    if [[ -f "$1-wal" ]]; then cat "$1-wal" > /dev/null; fi
  fi
}
