#!/usr/bin/env bash
# Installs (idempotently) the Debian packages Mundo's tests and optional engines use.
# As root on Debian: installs what is missing. Otherwise: lists what is missing and exits 1.
set -euo pipefail

PACKAGES=(
  postgresql postgresql-contrib
  chromium fonts-noto-cjk fonts-noto-core
  apertium apertium-apy
  apertium-eng-spa apertium-fr-es apertium-es-pt apertium-spa-ita apertium-es-ro apertium-eng-cat
  dovecot-imapd
  # knowledge-base search: bilingual dictionaries for languages no offline engine covers
  edict
  dict-freedict-deu-eng dict-freedict-eng-deu dict-freedict-spa-deu dict-freedict-deu-spa
  dict-freedict-spa-eng dict-freedict-eng-spa dict-freedict-fra-eng dict-freedict-eng-fra
  dict-freedict-ara-eng dict-freedict-eng-ara dict-freedict-eng-rus
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "system-deps: done"
  exit 0
fi

echo "system-deps: missing Debian packages: ${missing[*]}" >&2
echo "Install them as root (apt-get install ${missing[*]}) or run this script as root on Debian." >&2
exit 1
