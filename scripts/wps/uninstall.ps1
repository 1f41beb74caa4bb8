# PerfScore for WPS 表格 (Windows): removes our publish.xml line and our folders only. Run through uninstall.cmd.
$ErrorActionPreference = 'Stop'
$Target = if ($env:JSADDONS_DIR) { $env:JSADDONS_DIR } else { Join-Path $env:APPDATA 'kingsoft\wps\jsaddons' }
$Publish = Join-Path $Target 'publish.xml'
$utf8 = New-Object System.Text.UTF8Encoding($false)
if (Test-Path $Publish) {
  $lines = [IO.File]::ReadAllLines($Publish, $utf8)
  $kept = @($lines | Where-Object { $_ -notmatch 'name="perfscore"' })
  if ($kept.Count -ne $lines.Count) { [IO.File]::WriteAllText($Publish, ($kept -join "`r`n") + "`r`n", $utf8) }
}
if (Test-Path $Target) { Get-ChildItem $Target -Directory -Filter 'perfscore_*' | Remove-Item -Recurse -Force }
Write-Output '已卸载 PerfScore；请重新启动 WPS。(Uninstalled; restart WPS.)'
