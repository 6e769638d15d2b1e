# Sign the Windows build and make its per-user installer with Inno Setup.
#
# Run from anywhere after the PyInstaller build (build\README.md). Signing is driven by
# environment variables and skipped, with a message, when none is set:
#   SBS_WINDOWS_SIGN_CERT       path to a code-signing certificate (.pfx)
#   SBS_WINDOWS_SIGN_PASSWORD   its password
#   or SBS_WINDOWS_SIGN_THUMBPRINT  SHA-1 thumbprint of a certificate in the user's store
#                                   (an EV certificate on a hardware token)
#   SBS_WINDOWS_TIMESTAMP_URL   RFC 3161 time-stamp server (default: DigiCert's)
# Output: dist\Side-by-Side-Desktop-<version>-windows-x64-setup.exe
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

$program = 'dist\sbs-desktop'
if (-not (Test-Path "$program\sbs-desktop.exe")) {
    throw "make-installer: $program\sbs-desktop.exe not found; build it first (build\README.md)"
}

function Find-Tool([string] $name, [string[]] $candidates) {
    $command = Get-Command $name -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    foreach ($pattern in $candidates) {
        $found = Get-ChildItem -Path $pattern -ErrorAction SilentlyContinue |
            Sort-Object FullName -Descending | Select-Object -First 1
        if ($found) { return $found.FullName }
    }
    throw "make-installer: $name not found"
}

$timestamp = if ($env:SBS_WINDOWS_TIMESTAMP_URL) { $env:SBS_WINDOWS_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
$certificate = @()
if ($env:SBS_WINDOWS_SIGN_CERT) {
    $certificate = @('/f', $env:SBS_WINDOWS_SIGN_CERT, '/p', $env:SBS_WINDOWS_SIGN_PASSWORD)
} elseif ($env:SBS_WINDOWS_SIGN_THUMBPRINT) {
    $certificate = @('/sha1', $env:SBS_WINDOWS_SIGN_THUMBPRINT)
}
$signing = $certificate.Count -gt 0

$isccArguments = @()
if ($signing) {
    $signtool = Find-Tool 'signtool.exe' @("${env:ProgramFiles(x86)}\Windows Kits\10\bin\10.*\x64\signtool.exe")
    $signArguments = @('sign', '/fd', 'SHA256', '/tr', $timestamp, '/td', 'SHA256') + $certificate
    # The program's own executables first, so the installer carries signed files.
    foreach ($exe in @("$program\sbs-desktop.exe", "$program\sbs-desktop-cli.exe")) {
        & $signtool @signArguments $exe
        if ($LASTEXITCODE -ne 0) { throw "make-installer: signing $exe failed" }
    }
    # Inno Setup runs this for the setup and the uninstaller; $f is the file, $q a quote.
    $quoted = ($signArguments | ForEach-Object { if ($_ -match '\s') { '$q' + $_ + '$q' } else { $_ } }) -join ' '
    $isccArguments += @('/DSign', "/Ssbssign=`$q$signtool`$q $quoted `$f")
} else {
    Write-Host 'make-installer: no SBS_WINDOWS_SIGN_CERT or SBS_WINDOWS_SIGN_THUMBPRINT set: the program'
    Write-Host '                and its installer are NOT signed (SmartScreen will warn people).'
}

$iscc = Find-Tool 'iscc.exe' @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe")
& $iscc @isccArguments 'build\windows\sbs-desktop.iss'
if ($LASTEXITCODE -ne 0) { throw 'make-installer: Inno Setup failed' }
Get-ChildItem 'dist\Side-by-Side-Desktop-*-windows-x64-setup.exe' | ForEach-Object { Write-Host "make-installer: wrote $($_.FullName)" }
