#!/usr/bin/env bash
# What the tests need on this machine, installed or started if missing (runs in `mvn verify`):
# - Debian's Chromium and ChromeDriver for the browser tests (never a downloaded browser), and
#   HAProxy for the cluster test;
# - a Japanese font for the Japanese screenshots;
# - the local PostgreSQL for the production-path persistence tests.
set -euo pipefail

# Debian's packages the tests need: Chromium and its driver, and HAProxy (the cluster test's
# balancer); the package lists are updated once, only when something is missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[prerequisites] installing Debian ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A Japanese font, so the Japanese pages' screenshots can be read (Chromium draws boxes without one).
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ja 2>/dev/null)" ]; then
  echo "[prerequisites] installing a Japanese font (fonts-ipafont-gothic)"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-ipafont-gothic >/dev/null || true
fi

pg_host=${PG_HOST:-127.0.0.1}
pg_port=${PG_PORT:-5432}
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h "$pg_host" -p "$pg_port"; then
  if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "[prerequisites] starting the local PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h "$pg_host" -p "$pg_port" && break; sleep 1; done
  fi
fi
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$pg_host" -p "$pg_port"; then
  echo "[prerequisites] PostgreSQL is up at $pg_host:$pg_port"
else
  echo "[prerequisites] WARNING: PostgreSQL is not reachable at $pg_host:$pg_port; its tests will fail" >&2
fi
