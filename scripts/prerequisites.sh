# Shared by run.sh and test.sh: what must be on the machine before anything is built, each
# checked up front with a message that says what to install, and the npm packages installed
# only when a package-lock.json has changed since the last install.

fail() { # fail MESSAGE...: says what failed and what to do, then stops the script
  printf '\nERROR: %s\n' "$*" >&2
  exit 1
}

# need_node: Node.js at least as new as web-client/package.json's "engines" (20.19).
need_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || fail "Node.js 20.19 or newer (with npm) is needed to build the web client, and none was found. Install Node.js 20 LTS or newer, then run this again."
  local version major minor
  version="$(node --version)"; version="${version#v}"
  major="${version%%.*}"; minor="${version#*.}"; minor="${minor%%.*}"
  if [ "$major" -lt 20 ] || { [ "$major" = 20 ] && [ "$minor" -lt 19 ]; }; then
    fail "Node.js $version is too old: the web client's tools (Vite 8, Vitest 4) need Node.js 20.19 or newer. Install Node.js 20 LTS or newer, then run this again."
  fi
}

# need_dotnet: the .NET SDK that global.json names (10.0).
need_dotnet() {
  command -v dotnet >/dev/null 2>&1 \
    || fail "The .NET 10 SDK is needed to build the API, and 'dotnet' was not found. Install the .NET 10 SDK, then run this again."
  local out
  out="$(dotnet --version 2>&1)" \
    || { printf '%s\n' "$out" >&2; fail "'dotnet --version' failed (its messages are above): the installed .NET SDK does not satisfy global.json, which needs 10.0. Install the .NET 10 SDK, then run this again."; }
}

# npm_install DIR: `npm ci` in DIR unless node_modules was installed from this very
# package-lock.json (compared by content, so a fresh clone of the same commit reuses it).
npm_install() {
  local dir="$1" stamp want
  stamp="$dir/node_modules/.installed-from-lock"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  echo "  npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) \
    || fail "npm ci failed in $dir (its messages are above). Check the machine can reach the npm registry, then run this again."
  echo "$want" >"$stamp"
}
