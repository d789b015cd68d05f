# Builds FieldDossier.msi on Windows: wheel -> clean venv -> PyInstaller -> WiX Toolset 3.
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-OutDir dist]
#
# Needs: Python 3.11+ (python.org installer, 64-bit) on PATH as `py`, and WiX Toolset 3.14
# (heat.exe, candle.exe, light.exe; `choco install wixtoolset` or the GitHub runner's copy).
# Optional: $env:SIGN_CERT_THUMBPRINT to sign the executables and the MSI with signtool.
# The same WiX source (FieldDossier.wxs) is built on Linux by build-msi.sh with wixl.
param([string]$OutDir = "dist")
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root
$build = Join-Path $root "build\windows"
New-Item -ItemType Directory -Force -Path $build, $OutDir | Out-Null

function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $arguments failed with exit code $LASTEXITCODE" }
}

# 1. The wheel (the build step compiles the .qm catalogues into it), in a clean venv.
Run py @("-3", "-m", "venv", "$build\venv")
$python = "$build\venv\Scripts\python.exe"
Run $python @("-m", "pip", "install", "--upgrade", "pip")
Run $python @("-m", "pip", "wheel", "--no-deps", "--wheel-dir", "$build\wheels", ".")
$wheel = (Get-ChildItem "$build\wheels\field_dossier-*.whl" | Select-Object -First 1).FullName
Run $python @("-m", "pip", "install", "$wheel[dist]")
$version = (& $python -c "import desktop; print(desktop.__version__)").Trim()

# 2. Icons and the frozen application folder (FieldDossier.exe windowed, field-dossier.exe console).
Run $python @("installers\icons.py", "$build\icons")
$env:FIELD_DOSSIER_ICON_DIR = "$build\icons"
Run $python @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "$build\dist",
    "--workpath", "$build\pyinstaller", "installers\field-dossier.spec")
$bundle = "$build\dist\field-dossier"
Run "$bundle\field-dossier.exe" @("check-installation")

if ($env:SIGN_CERT_THUMBPRINT) {
    Run signtool @("sign", "/sha1", $env:SIGN_CERT_THUMBPRINT, "/fd", "SHA256", "/tr",
        "http://timestamp.digicert.com", "/td", "SHA256",
        "$bundle\FieldDossier.exe", "$bundle\field-dossier.exe")
}

# 3. The MSI: harvest the folder, compile, link.
Run heat @("dir", $bundle, "-nologo", "-cg", "BundleFiles", "-dr", "INSTALLDIR", "-srd", "-sreg",
    "-gg", "-g1", "-ag", "-var", "var.SourceDir", "-out", "$build\files.wxs")
Run candle @("-nologo", "-arch", "x64", "-dVersion=$version", "-dSourceDir=$bundle",
    "-dIconFile=$build\icons\field-dossier.ico", "-dWin64=yes", "-out", "$build\obj\",
    "installers\windows\FieldDossier.wxs", "$build\files.wxs")
$msi = Join-Path $OutDir "FieldDossier-$version.msi"
Run light @("-nologo", "-spdb", "-out", $msi,
    "$build\obj\FieldDossier.wixobj", "$build\obj\files.wixobj")

if ($env:SIGN_CERT_THUMBPRINT) {
    Run signtool @("sign", "/sha1", $env:SIGN_CERT_THUMBPRINT, "/fd", "SHA256", "/tr",
        "http://timestamp.digicert.com", "/td", "SHA256", "/d", "Field Dossier", $msi)
}
Write-Output $msi
