#!/usr/bin/env bash
# The portal's backup: a PostgreSQL dump (custom format), a copy of the blob container, and a manifest that names
# the key material to restore from its own custody. Keys are never copied into a backup: a backup holds only
# ciphertext, and whoever holds it without the keys can read no tip.
#
#   PGHOST=… PGPORT=5432 PGUSER=portal_owner PGPASSWORD=… PGDATABASE=portal \
#   PORTAL_BLOB_CONNECTION_STRING='DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;…' PORTAL_BLOB_CONTAINER=portal \
#   scripts/backup/backup.sh /srv/backups/portal-$(date +%Y%m%d-%H%M)
set -euo pipefail
DEST=${1:?usage: backup.sh DESTINATION_FOLDER}
: "${PGDATABASE:?}" "${PORTAL_BLOB_CONNECTION_STRING:?}" "${PORTAL_BLOB_CONTAINER:=portal}"
source "$(dirname "$0")/blobs.sh"
mkdir -p "$DEST"; chmod 700 "$DEST"

# The audit checkpoints before the dump, the rest after it: every checkpoint in the backup is then of entries the
# dump holds (a newer one would make the restored audit look cut off), and every file the dump names is copied.
blob_copy ":azureblob:$PORTAL_BLOB_CONTAINER" "$DEST/blobs" --include "/audit/**"
pg_dump --format=custom --no-owner --no-privileges --file="$DEST/database.dump" "$PGDATABASE"
blob_copy ":azureblob:$PORTAL_BLOB_CONTAINER" "$DEST/blobs" --exclude "/audit/**"

cat >"$DEST/MANIFEST" <<MANIFEST
portal backup
taken_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)
database: database.dump (pg_dump custom format of $PGDATABASE, $(stat -c %s "$DEST/database.dump") bytes)
blobs: blobs/ (container $PORTAL_BLOB_CONTAINER, $(find "$DEST/blobs" -type f | wc -l) files)
sha256:
$(cd "$DEST" && find database.dump blobs -type f -print0 | sort -z | xargs -0 sha256sum)
keys NOT in this backup; restore them from their own custody before starting a node:
  - tip keys: the KeyFile directory (kek-N.key for every version in use, hash.key, current) or the key vault's secrets
  - key ring certificate: DataProtection:CertificatePath (.pfx) and its password
  - Tips:AntiBot:HmacKey (only challenges in flight depend on it)
MANIFEST
echo "backup written to $DEST"
