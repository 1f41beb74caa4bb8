#!/bin/sh
# PerfScore for WPS 表格 (Linux: 统信 UOS, 麒麟 Kylin, other desktops): installs the add-in for this user.
# Copies perfscore_@VERSION@/ into the user's jsaddons folder and MERGES one <jsplugin> line into
# publish.xml there: other add-ins' lines are kept as they are, an older perfscore line is replaced.
# Running it again changes nothing. JSADDONS_DIR overrides the folder (tests, unusual installs).
set -eu
VERSION='@VERSION@'
FOLDER="perfscore_$VERSION"
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET="${JSADDONS_DIR:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
LINE="  <jsplugin name=\"perfscore\" type=\"et\" url=\"$FOLDER\" version=\"$VERSION\"/>"
PUBLISH="$TARGET/publish.xml"

[ -d "$HERE/$FOLDER" ] || { echo "找不到 $HERE/$FOLDER (not found)" >&2; exit 1; }
mkdir -p "$TARGET"

# The folder: copied unless the same files are already there.
if ! diff -r "$HERE/$FOLDER" "$TARGET/$FOLDER" >/dev/null 2>&1; then
  rm -rf "$TARGET/$FOLDER"
  cp -R "$HERE/$FOLDER" "$TARGET/$FOLDER"
fi

if [ ! -f "$PUBLISH" ]; then
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n%s\n</jsplugins>\n' "$LINE" >"$PUBLISH"
elif grep -qxF "$LINE" "$PUBLISH" && [ "$(grep -c 'name="perfscore"' "$PUBLISH")" -eq 1 ]; then
  : # already installed: publish.xml is left untouched
else
  TMP="$PUBLISH.perfscore-tmp"
  # Our old lines out (always written on a line of their own), ours in before </jsplugins>.
  grep -v 'name="perfscore"' "$PUBLISH" | awk -v line="$LINE" '
    !done && index($0, "<jsplugins/>") {
      i = index($0, "<jsplugins/>")
      printf "%s<jsplugins>\n%s\n</jsplugins>%s\n", substr($0, 1, i - 1), line, substr($0, i + 12)
      done = 1; next
    }
    !done && index($0, "</jsplugins>") {
      i = index($0, "</jsplugins>")
      before = substr($0, 1, i - 1)
      if (before ~ /[^ \t]/) print before
      print line
      print substr($0, i)
      done = 1; next
    }
    { print }
    END { if (!done) exit 3 }
  ' >"$TMP" || { rm -f "$TMP"; echo "publish.xml 无 <jsplugins> 根元素，未修改 (no <jsplugins> root; left unchanged)" >&2; exit 1; }
  mv "$TMP" "$PUBLISH"
fi
# Versions other than this one are no longer listed: remove their folders.
for old in "$TARGET"/perfscore_*; do
  [ -d "$old" ] && [ "$old" != "$TARGET/$FOLDER" ] && rm -rf "$old"
done
echo "已安装 PerfScore $VERSION 到 $TARGET；请重新启动 WPS。(Installed; restart WPS.)"
