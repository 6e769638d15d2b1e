; Inno Setup script: a per-user installer for the Windows one-folder build.
;
; Build dist\sbs-desktop first (build\README.md), then run build\windows\make-installer.ps1,
; which signs when the signing variables are set and calls:
;   iscc build\windows\sbs-desktop.iss       (add /DSign and /Ssbssign=... to sign)
; No administrator rights are needed to install: everything goes to the person's own
; %LOCALAPPDATA%\Programs and Start menu. The vault lives in the per-user data folder, not
; here, so uninstalling never touches anyone's records.

#define AppName "Side-by-Side Desktop"
#define AppExe "sbs-desktop.exe"
#define SourceDir AddBackslash(SourcePath) + "..\..\dist\sbs-desktop"
#ifndef AppVersion
  ; The version the program itself reports: the exe's ProductVersion, which the
  ; PyInstaller spec takes from pyproject.toml (the one source of the version).
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error Could not read the version from dist\sbs-desktop\sbs-desktop.exe; build it first.
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\pyinstaller-work\sbs-desktop\icons\sbs-desktop.ico"
#endif

[Setup]
; The AppId identifies the program to Windows across versions (upgrades, uninstall):
; never change it. The doubled brace escapes Inno's constant syntax.
AppId={{B3A2A341-49BC-4506-8BA2-67144FA5B113}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Side-by-Side Peer Support Program
AppCopyright=Side-by-Side Peer Support Program
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, no elevation: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Side-by-Side-Desktop-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before files are replaced, and start it again afterwards.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
; make-installer.ps1 defines the sbssign tool (signtool with the certificate) on the
; command line; setup and uninstaller are both signed.
SignTool=sbssign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so none of an older build's remain.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
