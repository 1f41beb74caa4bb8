# PerfScore for WPS 表格 (Windows): installs the add-in for this user. Run through install.cmd.
# Copies perfscore_@VERSION@\ into %APPDATA%\kingsoft\wps\jsaddons and MERGES one <jsplugin> line
# into publish.xml there (other add-ins' lines kept, an older perfscore line replaced). Idempotent.
$ErrorActionPreference = 'Stop'
$Version = '@VERSION@'
$Folder = "perfscore_$Version"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Target = if ($env:JSADDONS_DIR) { $env:JSADDONS_DIR } else { Join-Path $env:APPDATA 'kingsoft\wps\jsaddons' }
$Line = "  <jsplugin name=`"perfscore`" type=`"et`" url=`"$Folder`" version=`"$Version`"/>"
$Publish = Join-Path $Target 'publish.xml'
New-Item -ItemType Directory -Force -Path $Target | Out-Null
$Dest = Join-Path $Target $Folder
if (Test-Path $Dest) { Remove-Item -Recurse -Force $Dest }
Copy-Item -Recurse (Join-Path $Here $Folder) $Dest
Get-ChildItem $Target -Directory -Filter 'perfscore_*' | Where-Object { $_.Name -ne $Folder } | Remove-Item -Recurse -Force
$utf8 = New-Object System.Text.UTF8Encoding($false)
if (-not (Test-Path $Publish)) {
  [IO.File]::WriteAllText($Publish, "<?xml version=`"1.0`" encoding=`"UTF-8`"?>`r`n<jsplugins>`r`n$Line`r`n</jsplugins>`r`n", $utf8)
} else {
  $lines = [IO.File]::ReadAllLines($Publish, $utf8)
  $ours = @($lines | Where-Object { $_ -match 'name="perfscore"' })
  if (-not ($ours.Count -eq 1 -and $ours[0] -eq $Line)) {
    $kept = @($lines | Where-Object { $_ -notmatch 'name="perfscore"' })
    $text = ($kept -join "`r`n")
    if ($text.Contains('<jsplugins/>')) { $text = $text.Replace('<jsplugins/>', "<jsplugins>`r`n$Line`r`n</jsplugins>") }
    elseif ($text.Contains('</jsplugins>')) { $i = $text.LastIndexOf('</jsplugins>'); $text = $text.Substring(0, $i).TrimEnd() + "`r`n$Line`r`n" + $text.Substring($i) }
    else { throw 'publish.xml 无 <jsplugins> 根元素，未修改 (no <jsplugins> root; left unchanged)' }
    [IO.File]::WriteAllText($Publish, $text + "`r`n", $utf8)
  }
}
Write-Output "已安装 PerfScore $Version 到 $Target；请重新启动 WPS。(Installed; restart WPS.)"
