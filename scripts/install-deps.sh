#!/usr/bin/env bash
# Installs what OZGKit needs and is missing: the C libraries (libxlsxwriter, libzip), pkg-config,
# LibreOffice Calc (headless) for the interoperability tests, poppler-utils (pdfinfo, pdftoppm)
# for the print tests, strace and sqlite3 for the crash-safety tests, Chromium with its WebDriver
# for the HTML and site tests, and Python's openpyxl, python-calamine, pandas, odfpy, selenium and
# axe-selenium-python. Idempotent: a second run installs nothing.
#   scripts/install-deps.sh          everything (tests, demo, bench)
#   scripts/install-deps.sh build    only what building needs
set -euo pipefail
what="${1:-all}"

apt_pkgs=()
pkg-config --exists xlsxwriter 2>/dev/null || apt_pkgs+=(libxlsxwriter-dev)
pkg-config --exists libzip 2>/dev/null || apt_pkgs+=(libzip-dev)
command -v pkg-config >/dev/null || apt_pkgs+=(pkg-config)
if [ "$what" != build ]; then
  command -v soffice >/dev/null || apt_pkgs+=(libreoffice-calc-nogui)
  command -v unzip >/dev/null || apt_pkgs+=(unzip)
  command -v zip >/dev/null || apt_pkgs+=(zip)
  command -v strace >/dev/null || apt_pkgs+=(strace)
  command -v sqlite3 >/dev/null || apt_pkgs+=(sqlite3)
  command -v chromium >/dev/null || apt_pkgs+=(chromium)   # the HTML report screenshots
  command -v chromedriver >/dev/null || apt_pkgs+=(chromium-driver)   # the site tests (Selenium)
  command -v pdfinfo >/dev/null || apt_pkgs+=(poppler-utils)   # page size and count of printed workbooks, PNG pages
fi
if [ "$what" = bench ]; then
  [ -x /usr/bin/time ] || apt_pkgs+=(time)
  command -v bc >/dev/null || apt_pkgs+=(bc)
fi

SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${apt_pkgs[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
fi

if [ "$what" != build ]; then
  py_pkgs=()
  python3 -c 'import openpyxl' 2>/dev/null || py_pkgs+=(openpyxl)
  python3 -c 'import python_calamine' 2>/dev/null || py_pkgs+=(python-calamine)
  python3 -c 'import pandas' 2>/dev/null || py_pkgs+=(pandas)
  python3 -c 'import odf' 2>/dev/null || py_pkgs+=(odfpy)
  python3 -c 'import selenium' 2>/dev/null || py_pkgs+=(selenium)   # the site tests in a real browser
  python3 -c 'import axe_selenium_python' 2>/dev/null || py_pkgs+=(axe-selenium-python)   # axe-core
  if [ ${#py_pkgs[@]} -gt 0 ]; then
    echo "install-deps: pip install ${py_pkgs[*]}" >&2
    python3 -m pip install -q --disable-pip-version-check "${py_pkgs[@]}"
  fi
fi
