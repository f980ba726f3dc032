# The local OpenID Connect provider (dev/Carers.DevIdentity, decision 0033), for ./run.sh and
# ./test.sh: sourced, not run.

# identity_api_env PORT: the API's settings, as NAME=value words for `env`, that trust the provider
# on PORT and send the SPA to it (sign-in settings, the contract's token URL, the CSP's connect-src).
identity_api_env() {
  local url="http://127.0.0.1:$1"
  echo "Authentication__LocalProvider__Authority=$url/ SignIn__Staff__Authority=$url/ SignIn__Carers__Authority=$url/" \
       "SignIn__Machines__TokenUrl=$url/connect/token SecurityHeaders__ConnectSources__0=$url SecurityHeaders__ConnectSources__1=http://localhost:$1"
}

# identity_start PORT CONFIGURATION LOG: starts the built provider in the background (IDENTITY_PID)
# and waits until it answers (up to 30 seconds); fails if it stopped or never answered.
identity_start() {
  local port="$1" configuration="$2" log="$3" root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  ASPNETCORE_ENVIRONMENT=Development DevIdentity__Issuer="http://127.0.0.1:$port/" \
    dotnet "$root/dev/Carers.DevIdentity/bin/$configuration/net10.0/Carers.DevIdentity.dll" \
    --urls "http://127.0.0.1:$port" --contentRoot "$root/dev/Carers.DevIdentity" >"$log" 2>&1 9>&- &
  IDENTITY_PID=$!
  for _ in $(seq 1 60); do
    if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then return 0; fi # polling: refused until it starts
    kill -0 "$IDENTITY_PID" 2>/dev/null || { tail -n 20 "$log" >&2; return 1; }
    sleep 0.5
  done
  tail -n 20 "$log" >&2
  return 1
}
