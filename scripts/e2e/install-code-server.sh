#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 server + workbench) from the npm registry into
# .cache/code-server/, plus the Debian packages it needs (only when missing), without internet
# access beyond the npm registry and Debian apt. Idempotent: instant when already installed.
# See ../../../shared/architecture.md "A real VS Code offline".
set -euo pipefail

CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${CODE_SERVER_CACHE:-$REPO/.cache/code-server}"
CS="$CACHE/node_modules/code-server"
STAMP="$CACHE/.installed-$CS_VERSION"

log() { printf '[install-code-server] %s\n' "$*" >&2; }

# ---- Debian packages -------------------------------------------------------------------------
DEB_PKGS=(libkrb5-dev libxkbfile-dev libx11-dev libsecret-1-dev pkg-config ripgrep chromium
          python3 make g++ fonts-noto-cjk)
missing=()
for p in "${DEB_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# python3/make/g++ may come from elsewhere (pyenv etc.): only install if the command is missing.
filtered=()
for p in "${missing[@]}"; do
  case "$p" in
    python3|make|g++) command -v "$p" >/dev/null 2>&1 || filtered+=("$p") ;;
    *) filtered+=("$p") ;;
  esac
done
if ((${#filtered[@]})); then
  log "installing Debian packages: ${filtered[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo -n"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq </dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${filtered[@]}" </dev/null >/dev/null
fi

if [ -f "$STAMP" ] && [ -f "$CS/out/node/entry.js" ]; then
  log "code-server $CS_VERSION already installed in $CACHE"
  exit 0
fi

start=$(date +%s)
log "installing code-server $CS_VERSION into $CACHE (a few minutes)"
rm -rf "$CACHE"
mkdir -p "$CACHE"

# npm 11 + machine config yes=false: never prompt, never run install scripts implicitly.
export npm_config_yes=true
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false
export npm_config_loglevel="${npm_config_loglevel:-warn}"

cd "$CACHE"
printf '{"name":"code-server-cache","private":true}\n' > package.json
npm install --no-save --ignore-scripts --no-package-lock "code-server@$CS_VERSION" </dev/null

# ---- @vscode/ripgrep: seed its download cache with Debian's rg ---------------------------------
TMPDIR_NODE="$(node -p 'os.tmpdir()')"
RG_VER_DIR="vscode-ripgrep-cache-1.15.11"
seed_rg() {
  local dir="$TMPDIR_NODE/$1"
  mkdir -p "$dir"
  local tgz="$dir/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$tgz" ]; then
    local t; t=$(mktemp -d)
    cp "$(command -v rg)" "$t/rg"
    tar -C "$t" -czf "$tgz" rg
    rm -rf "$t"
  fi
}
seed_rg "$RG_VER_DIR"

# ---- lib/vscode dependencies -----------------------------------------------------------------
cd "$CS/lib/vscode"
npm install --omit=dev --ignore-scripts </dev/null
npm rebuild </dev/null
# If @vscode/ripgrep's postinstall picked a different cache version, seed it and retry.
if [ ! -x node_modules/@vscode/ripgrep/bin/rg ]; then
  rgv=$(node -p "require('./node_modules/@vscode/ripgrep/package.json').version")
  seed_rg "vscode-ripgrep-cache-$rgv"
  npm rebuild @vscode/ripgrep </dev/null || true
fi
if [ ! -x node_modules/@vscode/ripgrep/bin/rg ]; then
  log "ripgrep postinstall failed; linking Debian rg"
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
fi

# ---- the rest of code-server's postinstall (its postinstall.sh, done by hand) -----------------
[ -e node_modules.asar ] || ln -s node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
cd extensions
npm install --omit=dev --ignore-scripts </dev/null
npm rebuild </dev/null

# argon2 (code-server's own native dependency, hoisted into $CACHE/node_modules)
# (not a plain `npm rebuild`: that would also run code-server's own postinstall.sh, which refuses
# to run as root under npm and redoes what is done above)
cd "$CACHE"
npm rebuild argon2 </dev/null

# ---- smoke check ------------------------------------------------------------------------------
# (XDG dirs in a temp dir: code-server writes a default config.yaml there on first start)
xdg=$(mktemp -d)
XDG_CONFIG_HOME="$xdg" XDG_DATA_HOME="$xdg" node "$CS/out/node/entry.js" --version </dev/null
rm -rf "$xdg"
touch "$STAMP"
log "done in $(( $(date +%s) - start ))s"
