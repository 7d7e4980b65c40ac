#!/usr/bin/env bash
# The backup service's loop: sleeps until BACKUP_AT (HH:MM, the shop's time in TZ), runs
# server-backup.sh, and again the next day. A failed run is logged and retried the next night;
# `docker compose run --rm backup server-backup.sh` runs one at once.
set -uo pipefail
# given a command (docker compose run --rm backup server-backup.sh), run just that
if [ $# -gt 0 ]; then
  exec "$@"
fi
BACKUP_AT=${BACKUP_AT:-02:00}
here=$(dirname "$0")
while true; do
  now=$(date +%s)
  next=$(date -d "today $BACKUP_AT" +%s)
  [ "$next" -le "$now" ] && next=$(date -d "tomorrow $BACKUP_AT" +%s)
  echo "$(date '+%Y-%m-%d %H:%M:%S') backup: next run at $(date -d "@$next" '+%Y-%m-%d %H:%M %Z')"
  sleep $(( next - now ))
  "$here/server-backup.sh" || echo "$(date '+%Y-%m-%d %H:%M:%S') backup: FAILED (exit $?); next try tomorrow"
done
