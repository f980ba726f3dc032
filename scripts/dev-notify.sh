# The local GOV.UK Notify server (dev/Carers.DevNotify, decision 0037), for ./run.sh: sourced, not run.

# notify_api_env PORT: the API's settings, as NAME=value words for `env`, that send notices to the server on PORT.
notify_api_env() {
  echo "Notify__BaseUrl=http://127.0.0.1:$1/"
}

# notify_start PORT CONFIGURATION LOG: starts the built server in the background (NOTIFY_PID) and waits until it
# answers (up to 30 seconds); fails if it stopped or never answered.
notify_start() {
  local port="$1" configuration="$2" log="$3" root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  ASPNETCORE_ENVIRONMENT=Development \
    dotnet "$root/dev/Carers.DevNotify/bin/$configuration/net10.0/Carers.DevNotify.dll" \
    --urls "http://127.0.0.1:$port" --contentRoot "$root/dev/Carers.DevNotify" >"$log" 2>&1 9>&- &
  NOTIFY_PID=$!
  for _ in $(seq 1 60); do
    if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then return 0; fi # polling: refused until it starts
    kill -0 "$NOTIFY_PID" 2>/dev/null || { tail -n 20 "$log" >&2; return 1; }
    sleep 0.5
  done
  tail -n 20 "$log" >&2
  return 1
}
