#!/usr/bin/env bash
# Run once by the postgres image when it creates the database: the backup service's base backups
# (pg_basebackup) connect for replication, which the image's pg_hba.conf does not allow by itself.
set -e
echo "host replication $POSTGRES_USER all scram-sha-256" >> "$PGDATA/pg_hba.conf"
