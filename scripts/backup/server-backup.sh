#!/usr/bin/env bash
# One backup run of the shop server (docker-compose service "backup", image postgres:17, or any
# machine with PostgreSQL 17's client programs): a pg_dump -Fc of the database and a tar of the app's
# files, named by the shop's time, then retention; once a week also a base backup for point-in-time
# recovery with the archived WAL (see restore-pitr.sh), and the WAL older than the oldest kept base
# backup is removed. Nothing half-written ever carries an archive's name.
#
# Environment: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE (libpq), BACKUP_DIR (/backups),
# FILES_DIR (/files, the app's data folder; empty = no files), WAL_DIR (/wal-archive; empty = no
# base backups), KEEP_DAILY (14), KEEP_WEEKLY (8), BASE_BACKUP_DAY (7 = Sunday, ISO day of week),
# BASE_KEEP (2), TZ (the shop's zone).
set -euo pipefail

BACKUP_DIR=${BACKUP_DIR:-/backups}
FILES_DIR=${FILES_DIR-/files}
WAL_DIR=${WAL_DIR-/wal-archive}
KEEP_DAILY=${KEEP_DAILY:-14}
KEEP_WEEKLY=${KEEP_WEEKLY:-8}
BASE_BACKUP_DAY=${BASE_BACKUP_DAY:-7}
BASE_KEEP=${BASE_KEEP:-2}
PGDATABASE=${PGDATABASE:-orderflow}
export PGDATABASE

log() { echo "$(date '+%Y-%m-%d %H:%M:%S') backup: $*"; }

stamp=$(date +%Y%m%d-%H%M%S)
mkdir -p "$BACKUP_DIR"
started=$(date +%s)

# 1. the database: a custom-format dump, checked readable before it gets its name
dump="$BACKUP_DIR/orderflow-db-$stamp.dump"
pg_dump -Fc --no-owner -f "$BACKUP_DIR/.orderflow-db-$stamp.dump.partial"
pg_restore --list "$BACKUP_DIR/.orderflow-db-$stamp.dump.partial" > /dev/null
mv "$BACKUP_DIR/.orderflow-db-$stamp.dump.partial" "$dump"
log "database dumped to $dump ($(stat -c %s "$dump") bytes)"

# 2. the files (print queue, proofs, photos, slips), after the dump: every file a row of it names is in
if [ -n "$FILES_DIR" ] && [ -d "$FILES_DIR" ]; then
  files="$BACKUP_DIR/orderflow-files-$stamp.tar.gz"
  tar -C "$FILES_DIR" --exclude='./backups' --exclude='./.upload-*' -czf "$BACKUP_DIR/.orderflow-files-$stamp.tar.gz.partial" .
  mv "$BACKUP_DIR/.orderflow-files-$stamp.tar.gz.partial" "$files"
  log "files archived to $files ($(stat -c %s "$files") bytes)"
fi

# 3. retention: the newest archive of each of the last KEEP_DAILY days and of each of the last
#    KEEP_WEEKLY ISO weeks that have one, per kind (db, files); the rest goes with its .offsite marker
retain() {
  local kind=$1 days="" weeks="" day week keep
  for archive in $(ls -1 "$BACKUP_DIR" | grep -E "^orderflow-$kind-[0-9]{8}-[0-9]{6}\." | sort -r); do
    day=$(echo "$archive" | sed -E "s/^orderflow-$kind-([0-9]{8})-.*/\1/")
    week=$(date -d "${day:0:4}-${day:4:2}-${day:6:2}" +%G%V)
    keep=no
    if ! grep -qw "$day" <<< "$days" && [ "$(wc -w <<< "$days")" -lt "$KEEP_DAILY" ]; then
      days="$days $day"; keep=yes
    fi
    if ! grep -qw "$week" <<< "$weeks" && [ "$(wc -w <<< "$weeks")" -lt "$KEEP_WEEKLY" ]; then
      weeks="$weeks $week"; keep=yes
    fi
    if [ "$keep" = no ]; then
      rm -f "$BACKUP_DIR/$archive" "$BACKUP_DIR/$archive.offsite"
      log "retention removed $archive"
    fi
  done
}
retain db
retain files

# 4. point-in-time recovery: a weekly base backup (the WAL the database archives meanwhile is in
#    WAL_DIR), the BASE_KEEP newest kept, and the WAL older than the oldest of those removed
if [ -n "$WAL_DIR" ] && [ -d "$WAL_DIR" ]; then
  mkdir -p "$BACKUP_DIR/base"
  if [ "$(date +%u)" = "$BASE_BACKUP_DAY" ] || [ -z "$(ls -A "$BACKUP_DIR/base")" ] || [ "${FORCE_BASE_BACKUP:-}" = yes ]; then
    pg_basebackup -D "$BACKUP_DIR/base/.$stamp.partial" -Ft -z -X stream --checkpoint=fast
    mv "$BACKUP_DIR/base/.$stamp.partial" "$BACKUP_DIR/base/$stamp"
    # the .backup history file the server archived for it: where the WAL this base needs begins
    ls -1t "$WAL_DIR" | grep -E '\.backup$' | head -1 > "$BACKUP_DIR/base/$stamp/WAL_START" || true
    log "base backup $BACKUP_DIR/base/$stamp made"
  fi
  for old in $(ls -1 "$BACKUP_DIR/base" | grep -E '^[0-9]{8}-[0-9]{6}$' | sort -r | tail -n +$((BASE_KEEP + 1))); do
    rm -rf "${BACKUP_DIR:?}/base/$old"
    log "retention removed base backup $old"
  done
  oldest=$(ls -1 "$BACKUP_DIR/base" | grep -E '^[0-9]{8}-[0-9]{6}$' | sort | head -1)
  if [ -n "$oldest" ] && [ -s "$BACKUP_DIR/base/$oldest/WAL_START" ]; then
    pg_archivecleanup "$WAL_DIR" "$(cat "$BACKUP_DIR/base/$oldest/WAL_START")"
  fi
fi

log "done in $(( $(date +%s) - started )) s"
