; Lookalike installer for Windows (NSIS 3, Unicode, Modern UI 2).
;
; Build it with packaging/windows/build_installer.py, which passes the defines below:
;   makensis /DVERSION=0.1.0 /DVERSION_QUAD=0.1.0.0 /DSOURCE_DIR=<dist\lookalike> /DICON=<lookalike.ico>
;            /DOUTFILE=<dist\Lookalike-0.1.0-windows-x64-setup.exe> [/DFAST | /DNOCOMPRESS] packaging\windows\lookalike.nsi
;
; Installs the PyInstaller one-folder build (dist\lookalike) for all users into Program Files,
; a Start-menu shortcut to the windowed lookalikew.exe, an uninstaller registered in
; "Apps & features", and version information on the installer itself (VERSION_QUAD comes from
; packaging/version.py, the same numbers as in the .exe files). An upgrade goes to the folder of
; the earlier install and first asks to close a running Lookalike; "Start Lookalike" on the last
; page starts it as the signed-in user, not elevated.
;
; The pages speak English, Korean, Simplified Chinese or Japanese, the same languages as the app's
; window. The file is UTF-8 with a byte-order mark: without it makensis on Windows would read the
; translations below in the ANSI code page (Windows-1252 on the release runner) and garble them.

Unicode true
!ifdef NOCOMPRESS
  SetCompress off             ; CI test compiles on Linux: checks the script in seconds
!else ifdef FAST
  SetCompressor zlib          ; quicker test builds (about 1.5 min here)
!else
  SetCompressor /SOLID lzma   ; release: smallest download (about 4 min on 2 cores)
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z (build_installer.py does)"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\..\dist\lookalike"
!endif
!ifndef ICON
  !define ICON "..\..\build\icons\lookalike.ico"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\Lookalike-${VERSION}-windows-x64-setup.exe"
!endif

!define APP_NAME "Lookalike"
!define PUBLISHER "The Lookalike developers"
!define GUI_EXE "lookalikew.exe"
!define CLI_EXE "lookalike.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define APP_KEY "Software\${APP_NAME}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
; No InstallDirRegKey: it is read before .onInit can SetRegView 64, so it would look in the 32-bit
; view (WOW6432Node), where nothing is written, and an upgrade would forget a custom folder.
; .onInit reads the key instead.
RequestExecutionLevel admin
ManifestDPIAware true
BrandingText "${APP_NAME} ${VERSION}"

; Version information of setup.exe (Explorer > Properties > Details).
VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT License"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
; The installer runs elevated, and a program it starts would be too: Windows then blocks drag and
; drop from Explorer into it. LaunchAsUser hands the start to Explorer, which runs as the user.
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchAsUser
!define MUI_FINISHPAGE_RUN_TEXT "$(START_APP)"

!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE EnsureAppClosed
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; No language dialog: NSIS picks the language of Windows' own menus and dialogs (its UI language),
; as the app's window does, and falls back to the first one, English. A question before the first
; page would only ask what Windows already says, and a silent install (/S) could not answer it.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "Japanese"

; The script's own words; the pages' words come with MUI_LANGUAGE. Same terms as the app's
; translations (app/lookalike/ui/translations/GLOSSARY.md). "Retry" is the button's name in
; Windows in that language.
LangString START_APP ${LANG_ENGLISH} "Start ${APP_NAME}"
LangString START_APP ${LANG_KOREAN} "${APP_NAME} 실행"
LangString START_APP ${LANG_SIMPCHINESE} "启动 ${APP_NAME}"
LangString START_APP ${LANG_JAPANESE} "${APP_NAME} を起動"

LangString SHORTCUT_DESCRIPTION ${LANG_ENGLISH} "Find duplicate and similar pictures"
LangString SHORTCUT_DESCRIPTION ${LANG_KOREAN} "중복 사진과 비슷한 사진 찾기"
LangString SHORTCUT_DESCRIPTION ${LANG_SIMPCHINESE} "查找重复和相似的图片"
LangString SHORTCUT_DESCRIPTION ${LANG_JAPANESE} "重複画像と類似画像を探す"

LangString NEEDS_64BIT ${LANG_ENGLISH} "${APP_NAME} needs a 64-bit version of Windows."
LangString NEEDS_64BIT ${LANG_KOREAN} "${APP_NAME}에는 64비트 버전의 Windows가 필요합니다."
LangString NEEDS_64BIT ${LANG_SIMPCHINESE} "${APP_NAME} 需要 64 位版本的 Windows。"
LangString NEEDS_64BIT ${LANG_JAPANESE} "${APP_NAME} には 64 ビット版の Windows が必要です。"

LangString APP_RUNNING ${LANG_ENGLISH} "${APP_NAME} is running. Please close every ${APP_NAME} window (and any lookalike command in a terminal), then click Retry."
LangString APP_RUNNING ${LANG_KOREAN} "${APP_NAME}가 실행 중입니다. ${APP_NAME} 창을 모두 닫은 다음(터미널에서 실행 중인 lookalike 명령도 포함) [다시 시도]를 클릭하세요."
LangString APP_RUNNING ${LANG_SIMPCHINESE} "${APP_NAME} 正在运行。请关闭所有 ${APP_NAME} 窗口（以及终端中运行的 lookalike 命令），然后单击“重试”。"
LangString APP_RUNNING ${LANG_JAPANESE} "${APP_NAME} が実行中です。${APP_NAME} のウィンドウをすべて閉じて（ターミナルで実行中の lookalike コマンドも終了して）から、[再試行] をクリックしてください。"

; NSIS matches a Traditional Chinese Windows (Taiwan, Hong Kong, Macao) to Simplified Chinese by its
; primary language. The app shows English there (it has no Traditional Chinese catalog), and so does
; the installer. $LANGUAGE already holds the matched language in .onInit: ask Windows again.
!macro ENGLISH_FOR_TRADITIONAL_CHINESE
  System::Call 'kernel32::GetUserDefaultUILanguage() i .r0'
  ${If} $0 = 1028       ; zh-TW
  ${OrIf} $0 = 3076     ; zh-HK
  ${OrIf} $0 = 5124     ; zh-MO
  ${OrIf} $0 = 31748    ; zh-Hant
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}
!macroend

Function .onInit
  !insertmacro ENGLISH_FOR_TRADITIONAL_CHINESE
  SetShellVarContext all
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; An upgrade goes where the earlier version is, unless /D= named a folder.
  ${If} $INSTDIR == "$PROGRAMFILES64\${APP_NAME}"
    ReadRegStr $0 HKLM "${APP_KEY}" "InstallDir"
    ${If} $0 != ""
      StrCpy $INSTDIR $0
    ${EndIf}
  ${EndIf}
FunctionEnd

Function LaunchAsUser
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${GUI_EXE}"'
FunctionEnd

; Windows refuses to overwrite or delete a running program ("Error opening file for writing",
; Abort/Retry/Ignore). A running .exe cannot be opened for writing: ask to close it first.
!macro DEFINE_ENSURE_APP_CLOSED PREFIX
  Function ${PREFIX}EnsureAppClosed
    check:
    StrCpy $R0 ""
    ${If} ${FileExists} "$INSTDIR\${GUI_EXE}"
      ClearErrors
      FileOpen $R1 "$INSTDIR\${GUI_EXE}" a
      ${If} ${Errors}
        StrCpy $R0 "running"
      ${Else}
        FileClose $R1
      ${EndIf}
    ${EndIf}
    ${If} ${FileExists} "$INSTDIR\${CLI_EXE}"
      ClearErrors
      FileOpen $R1 "$INSTDIR\${CLI_EXE}" a
      ${If} ${Errors}
        StrCpy $R0 "running"
      ${Else}
        FileClose $R1
      ${EndIf}
    ${EndIf}
    ${If} $R0 == "running"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY check
      Abort
    ${EndIf}
  FunctionEnd
!macroend
!insertmacro DEFINE_ENSURE_APP_CLOSED ""
!insertmacro DEFINE_ENSURE_APP_CLOSED "un."

Function un.onInit
  !insertmacro ENGLISH_FOR_TRADITIONAL_CHINESE
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  Call EnsureAppClosed  ; again here: a silent install (/S) shows no pages
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundled libraries wholesale: stale DLLs of an older version must not linger.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 \
    SW_SHOWNORMAL "" "$(SHORTCUT_DESCRIPTION)"

  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "URLInfoAbout" "https://github.com/lookalike/lookalike"
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  Call un.EnsureAppClosed
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Remove only what the installer put there: never `RMDir /r $INSTDIR` (it could be a shared folder).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"
SectionEnd
