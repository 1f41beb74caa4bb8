#!/bin/sh
# PerfScore for WPS 表格: removes the add-in of this user: our publish.xml line and our folders only.
set -eu
TARGET="${JSADDONS_DIR:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
PUBLISH="$TARGET/publish.xml"
if [ -f "$PUBLISH" ] && grep -q 'name="perfscore"' "$PUBLISH"; then
  TMP="$PUBLISH.perfscore-tmp"
  grep -v 'name="perfscore"' "$PUBLISH" >"$TMP" || true
  mv "$TMP" "$PUBLISH"
fi
for old in "$TARGET"/perfscore_*; do
  [ -d "$old" ] && rm -rf "$old"
done
echo "已卸载 PerfScore；请重新启动 WPS。(Uninstalled; restart WPS.)"
