# blob_copy FROM TO [RCLONE-FLAGS…] with rclone (Debian package), configured from an Azure Storage connection string
# (AccountName, AccountKey and, for a local emulator or a private endpoint, BlobEndpoint).
# rclone is given a short-lived account SAS for the blob service made from the key: Debian's rclone reaches an
# account at https://ACCOUNT.ENDPOINT only, while a SAS URL may name any endpoint (Azurite, a private endpoint).
blob_copy() {
  local part name value account="" key="" endpoint=""
  IFS=';' read -ra parts <<<"$PORTAL_BLOB_CONNECTION_STRING"
  for part in "${parts[@]}"; do
    name=${part%%=*}; value=${part#*=}
    case "$name" in AccountName) account=$value ;; AccountKey) key=$value ;; BlobEndpoint) endpoint=$value ;; esac
  done
  [ -n "$account" ] && [ -n "$key" ] || { echo "PORTAL_BLOB_CONNECTION_STRING needs AccountName and AccountKey" >&2; return 1; }
  endpoint=${endpoint:-https://$account.blob.core.windows.net}
  local version=2019-12-12 expiry sts signature sas
  # A date, not a time: Debian's rclone lower-cases a time's T and Z, which breaks the signature.
  expiry=$(date -u -d '+2 days' +%Y-%m-%d)
  # Account SAS, blob service, service/container/object level, read/write/delete/list/add/create.
  # (The command substitution drops the last newline; it is put back when signing.)
  sts=$(printf '%s\n%s\n%s\n%s\n%s\n%s\n%s\n%s\n%s\n' "$account" rwdlac b sco "" "$expiry" "" "https,http" "$version")
  signature=$(printf '%s\n' "$sts" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(printf '%s' "$key" | base64 -d | od -An -v -tx1 | tr -d ' \n')" -binary | base64 -w0)
  sas="sv=$version&ss=b&srt=sco&sp=rwdlac&se=$(urlencode "$expiry")&spr=https%2Chttp&sig=$(urlencode "$signature")"
  RCLONE_CONFIG=/dev/null RCLONE_AZUREBLOB_SAS_URL="${endpoint%/}?$sas" \
    rclone copy --quiet --checksum --retries 2 "$1" "$2" "${@:3}"
}

urlencode() {
  local text=$1 out="" char i
  for (( i = 0; i < ${#text}; i++ )); do
    char=${text:i:1}
    case "$char" in [A-Za-z0-9.~_-]) out+=$char ;; *) out+=$(printf '%%%02X' "'$char") ;; esac
  done
  printf '%s' "$out"
}
