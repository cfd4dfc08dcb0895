#!/usr/bin/env bash
# Scale-out, proved on this machine: one PostgreSQL, two Chi bộ nodes sharing one file directory, nginx with
# sticky sessions in front, all on loopback. Virtual users work through nginx; node 1 is killed; the run shows
# that node 2's users carry on and that every new log-in goes to node 2 (docs/deployment.md).
# Usage: src/test/scale-out/run.sh [-Dchibo.scaleout.users=60 -Dchibo.scaleout.newUsers=20
#        -Dchibo.scaleout.beforeSeconds=40 -Dchibo.scaleout.afterSeconds=40]
set -euo pipefail
cd "$(dirname "$0")/../../.."

need=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} (Debian packages)…"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq || true
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

echo "Building the production jar…"
./mvnw -q -B -Pproduction package -DskipTests
mkdir -p target/scale-out-jar
cp target/chibo-*.jar target/scale-out-jar/chibo.jar

echo "Starting PostgreSQL, two nodes and nginx; load through nginx, then node 1 is killed (about 3 minutes)…"
./mvnw -q -B test -Dtest=ScaleOutBenchmark -Dchibo.load.jar="$PWD/target/scale-out-jar/chibo.jar" "$@"
echo "Report: target/scale-out/scale-out.txt; logs of the nodes and nginx: target/scale-out/"
