#!/usr/bin/env bash
# Point-in-time recovery of the shop server's database: a weekly base backup replayed with the
# archived WAL up to a moment (say, just before a wrong mass change). With the database stopped:
#   docker compose stop app db
#   docker compose run --rm --no-deps backup restore-pitr.sh /backups/base/20261122-020000 "2026-11-24 17:45:00+05:30"
#   docker compose start db      # replays the WAL up to that moment, then opens (see its log)
#   docker compose start app
# The data directory it replaces is kept beside it as data-before-<time>.
set -euo pipefail
base=${1:?usage: restore-pitr.sh <base backup folder> "<target time with zone>"}
target=${2:?give the moment to recover to, e.g. "2026-11-24 17:45:00+05:30"}
PGDATA=${PGDATA:-/var/lib/postgresql/data}
WAL_DIR=${WAL_DIR:-/wal-archive}
stamp=$(date +%Y%m%d-%H%M%S)

[ -f "$base/base.tar.gz" ] || { echo "Not restored: $base holds no base.tar.gz. Nothing was changed." >&2; exit 2; }
if ! gzip -t "$base/base.tar.gz" 2>/dev/null; then
  echo "Not restored: $base/base.tar.gz is truncated or damaged. Nothing was changed." >&2; exit 2
fi
if [ -f "$PGDATA/postmaster.pid" ] && pg_ctl -D "$PGDATA" status > /dev/null 2>&1; then
  echo "Not restored: the database server is running on $PGDATA (docker compose stop app db). Nothing was changed." >&2; exit 2
fi

parent=$(dirname "$PGDATA")
new="$parent/.data-restoring-$stamp"
mkdir -p "$new"
tar -C "$new" -xzf "$base/base.tar.gz"
[ -f "$base/pg_wal.tar.gz" ] && tar -C "$new/pg_wal" -xzf "$base/pg_wal.tar.gz"
cat >> "$new/postgresql.auto.conf" <<CONF
# point-in-time recovery by restore-pitr.sh on $stamp
restore_command = 'cp $WAL_DIR/%f %p'
recovery_target_time = '$target'
recovery_target_action = 'promote'
CONF
touch "$new/recovery.signal"
chmod 700 "$new"
if [ -d "$PGDATA" ] && [ -n "$(ls -A "$PGDATA" 2>/dev/null)" ]; then
  mkdir -p "$parent/data-before-$stamp"
  find "$PGDATA" -mindepth 1 -maxdepth 1 -exec mv {} "$parent/data-before-$stamp/" \;
fi
find "$new" -mindepth 1 -maxdepth 1 -exec mv {} "$PGDATA/" \;
rmdir "$new"
chown -R postgres:postgres "$PGDATA" 2>/dev/null || true
echo "Base backup $base is in place with recovery up to $target; start the database (docker compose start db)."
echo "Afterwards remove restore_command/recovery_target_* from $PGDATA/postgresql.auto.conf. The replaced data: $parent/data-before-$stamp"
