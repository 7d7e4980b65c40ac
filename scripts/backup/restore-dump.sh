#!/usr/bin/env bash
# Restores a nightly dump (and optionally its files archive) on the shop server:
#   docker compose stop app
#   docker compose run --rm backup restore-dump.sh /backups/orderflow-db-20261124-020000.dump [/backups/orderflow-files-20261124-020000.tar.gz]
#   docker compose start app
# Refuses while anything else is connected to the database (the app still running) and refuses a
# dump pg_restore cannot read, changing nothing. The dump goes into a new database that then takes
# the name; the one it replaces is kept as orderflow_before_<time>, the files it replaces in
# before-restore-<time>/ of the files volume.
set -euo pipefail
dump=${1:?usage: restore-dump.sh <db.dump> [files.tar.gz]}
files=${2:-}
FILES_DIR=${FILES_DIR:-/files}
PGDATABASE=${PGDATABASE:-orderflow}
stamp=$(date +%Y%m%d_%H%M%S)

[ -f "$dump" ] || { echo "Not restored: there is no $dump. Nothing was changed." >&2; exit 2; }
if ! pg_restore --list "$dump" > /dev/null 2>&1; then
  echo "Not restored: $dump is truncated, damaged or not a pg_dump archive. Nothing was changed." >&2; exit 2
fi
if [ -n "$files" ] && ! tar -tzf "$files" > /dev/null 2>&1; then
  echo "Not restored: $files is truncated, damaged or not a tar.gz. Nothing was changed." >&2; exit 2
fi
others=$(psql -d postgres -Atc "SELECT count(*) FROM pg_stat_activity WHERE datname = '$PGDATABASE' AND pid <> pg_backend_pid()")
if [ "$others" != "0" ]; then
  echo "Not restored: $others connection(s) to $PGDATABASE are open (is the app running? docker compose stop app). Nothing was changed." >&2
  exit 2
fi

psql -d postgres -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS orderflow_restoring" -c "CREATE DATABASE orderflow_restoring"
pg_restore --no-owner --exit-on-error -d orderflow_restoring "$dump"
psql -d postgres -v ON_ERROR_STOP=1 -qc "ALTER DATABASE \"$PGDATABASE\" RENAME TO \"${PGDATABASE}_before_$stamp\"" \
  -c "ALTER DATABASE orderflow_restoring RENAME TO \"$PGDATABASE\""
echo "Database restored from $dump; the replaced one is kept as ${PGDATABASE}_before_$stamp (DROP DATABASE it once satisfied)."

if [ -n "$files" ]; then
  aside="$FILES_DIR/before-restore-$stamp"
  mkdir -p "$aside"
  find "$FILES_DIR" -mindepth 1 -maxdepth 1 ! -name 'before-restore-*' ! -name backups -exec mv {} "$aside/" \;
  tar -C "$FILES_DIR" -xzf "$files"
  echo "Files restored from $files; the replaced ones are in $aside."
fi
echo "Start the app (docker compose start app): its first start after a restore is a good moment for Operations > Backups > Check now."
