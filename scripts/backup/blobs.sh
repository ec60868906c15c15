# blob_copy FROM TO with rclone (Debian package), configured from an Azure Storage connection string
# (AccountName, AccountKey and, for a local emulator or a private endpoint, BlobEndpoint).
blob_copy() {
  local part name value account="" key="" endpoint=""
  IFS=';' read -ra parts <<<"$PORTAL_BLOB_CONNECTION_STRING"
  for part in "${parts[@]}"; do
    name=${part%%=*}; value=${part#*=}
    case "$name" in AccountName) account=$value ;; AccountKey) key=$value ;; BlobEndpoint) endpoint=$value ;; esac
  done
  RCLONE_CONFIG=/dev/null RCLONE_AZUREBLOB_ACCOUNT=$account RCLONE_AZUREBLOB_KEY=$key RCLONE_AZUREBLOB_ENDPOINT=$endpoint \
    rclone copy --quiet --checksum "$1" "$2"
}
