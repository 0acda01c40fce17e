<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Acting</name>
    <message>
        <source>You can restore them from the Trash later.</source>
        <translation>나중에 휴지통에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Move the marked files to…</source>
        <translation>표시한 파일을 옮길 위치…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to the Trash?</source>
        <translation>
            <numerusform>파일 %n개(%1)를 휴지통으로 옮길까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>휴지통으로 옮기기</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to %2?</source>
        <translation>
            <numerusform>파일 %n개(%1)를 %2(으)로 옮길까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>옮기기</translation>
    </message>
    <message>
        <source>Move files</source>
        <translation>파일 옮기기</translation>
    </message>
    <message>
        <source>Remove every copy?</source>
        <translation>모든 사본을 제거할까요?</translation>
    </message>
    <message numerus="yes">
        <source>In %n group(s) (%1) every copy is marked DELETE, so no copy of those pictures would be left in your folders.</source>
        <translation>
            <numerusform>그룹 %n개(%1)에서 모든 사본이 ‘삭제’로 표시되어 있어, 폴더에 그 사진의 사본이 하나도 남지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “Remove every copy” only if you do not want those pictures at all.</source>
        <translation>그 사진이 전혀 필요 없을 때만 “모든 사본 제거”를 선택하세요.</translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation>모든 사본 제거</translation>
    </message>
    <message numerus="yes">
        <source>Not moved: %n file(s) marked DELETE changed since the scan, so what the scan compared is no longer there; scan again to compare them anew: %1</source>
        <translation>
            <numerusform>옮기지 않음: ‘삭제’로 표시한 파일 %n개가 스캔 후 바뀌어 스캔에서 비교한 것이 더 이상 없습니다. 다시 스캔하면 새로 비교합니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n file(s) marked DELETE are no longer there (moved or deleted since the scan): %1</source>
        <translation>
            <numerusform>세지 않음: ‘삭제’로 표시한 파일 %n개가 더 이상 없습니다(스캔 후 옮겨지거나 삭제됨): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved: %n file(s) marked DELETE, because every copy marked KEEP in their group changed or went away since the scan, and moving them would leave no copy as the scan saw it; mark another copy KEEP, or scan again: %1</source>
        <translation>
            <numerusform>옮기지 않음: ‘삭제’로 표시한 파일 %n개는 같은 그룹에서 ‘보관’으로 표시한 사본이 모두 스캔 후 바뀌었거나 없어져, 옮기면 스캔 때 그대로인 사본이 남지 않습니다. 다른 사본을 ‘보관’으로 표시하거나 다시 스캔하세요: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2</source>
        <translation>
            <numerusform>%2에서 파일 %n개(%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2 other folders</source>
        <translation>
            <numerusform>다른 폴더 %2개에서 파일 %n개(%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and moving %1 of %2…</source>
        <translation>확인하고 옮기는 중… (%1/%2)</translation>
    </message>
    <message>
        <source>Some files were not moved</source>
        <translation>옮기지 못한 파일이 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not pass the checks made just before moving, or the system refused them; they stay where they are and in the results:</source>
        <translation>
            <numerusform>파일 %n개가 옮기기 직전의 확인을 통과하지 못했거나 시스템이 거부했습니다. 이 파일은 원래 자리와 결과 목록에 그대로 남습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is not available</source>
        <translation>휴지통을 사용할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to the Trash (this happens on some network and removable drives). Move them to a folder of your choice instead? Nothing is deleted.</source>
        <translation>
            <numerusform>파일 %n개를 휴지통으로 보낼 수 없습니다(일부 네트워크 드라이브와 이동식 드라이브에서 생기는 일입니다). 대신 원하는 폴더로 옮길까요? 아무것도 삭제되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>폴더로 옮기기…</translation>
    </message>
    <message>
        <source>Move the files to…</source>
        <translation>파일을 옮길 위치…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the Trash.</source>
        <translation>
            <numerusform>파일 %n개(%1)를 휴지통으로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the folder you chose.</source>
        <translation>
            <numerusform>파일 %n개(%1)를 선택한 폴더로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the Trash.</source>
        <translation>휴지통에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Some files may have been moved</source>
        <translation>옮겨졌을 수 있는 파일이 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were being moved when their drive stopped answering: each may have been moved, or may still be where it was. Lookalike records what became of them once their drive answers, and Undo last action puts back any that went.</source>
        <translation>
            <numerusform>파일 %n개를 옮기는 도중 드라이브가 응답하지 않게 되었습니다. 각 파일은 옮겨졌을 수도 있고, 원래 위치에 그대로 있을 수도 있습니다. 드라이브가 응답하면 Lookalike가 파일이 어떻게 되었는지 기록하며, 옮겨진 파일은 “마지막 작업 되돌리기”로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are now in %1.</source>
        <translation>이제 %1에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be moved and are still listed.</source>
        <translation>
            <numerusform>파일 %n개는 옮기지 못해 목록에 남아 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may have been moved: their drive stopped answering while they were being moved.</source>
        <translation>
            <numerusform>파일 %n개가 옮겨졌을 수 있습니다. 옮기는 도중 드라이브가 응답하지 않게 되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had already been moved or deleted since the scan, so they are no longer listed.</source>
        <translation>
            <numerusform>파일 %n개는 스캔 후 이미 옮겨지거나 삭제되어 목록에서 뺐습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) marked DELETE were left where they are: they changed or went away since the scan.</source>
        <translation>
            <numerusform>‘삭제’로 표시한 파일 %n개는 그대로 두었습니다: 스캔 후 바뀌었거나 없어졌습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) marked DELETE were left where they are: every copy marked KEEP in their group changed or went away since the scan.</source>
        <translation>
            <numerusform>‘삭제’로 표시한 파일 %n개는 그대로 두었습니다: 같은 그룹에서 ‘보관’으로 표시한 사본이 모두 스캔 후 바뀌었거나 없어졌습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for what Lookalike moved last…</source>
        <translation>Lookalike가 마지막으로 옮긴 파일을 찾는 중…</translation>
    </message>
    <message>
        <source>Undo last action failed</source>
        <translation>마지막 작업을 되돌리지 못했습니다</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while reading what it last moved; nothing was put back.</source>
        <translation>Lookalike가 마지막으로 옮긴 파일을 읽는 중에 오류가 발생했습니다. 아무것도 되돌리지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing to put back</source>
        <translation>되돌릴 파일이 없습니다</translation>
    </message>
    <message>
        <source>Lookalike has not moved any file that is not back already.</source>
        <translation>Lookalike가 옮긴 파일은 모두 이미 제자리에 돌아와 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>A file that now exists at the old place is never replaced.</source>
        <translation>원래 자리에 지금 다른 파일이 있으면 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>On macOS, Lookalike lists the files; you put them back from the Trash in Finder.</source>
        <translation>macOS에서는 Lookalike가 파일 목록을 보여 주고, Finder의 휴지통에서 직접 되돌려 놓습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to the Trash on %1?</source>
        <translation>
            <numerusform>%1에 휴지통으로 옮긴 파일 %n개를 되돌릴까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to a folder on %1?</source>
        <translation>
            <numerusform>%1에 폴더로 옮긴 파일 %n개를 되돌릴까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last action</source>
        <translation>마지막 작업 되돌리기</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Putting files back…</source>
        <translation>파일을 되돌리는 중…</translation>
    </message>
    <message>
        <source>Nothing to put back.</source>
        <translation>되돌릴 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was put back: Lookalike, in another window or from the command line, moved or put back files since you were asked. Choose Undo last action again to see what it would put back now.</source>
        <translation>아무것도 되돌리지 않았습니다: 물어본 뒤에 다른 창이나 명령줄의 Lookalike가 파일을 옮기거나 되돌렸습니다. 지금 무엇을 되돌릴지 보려면 &quot;마지막 작업 되돌리기&quot;를 다시 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) where they were.</source>
        <translation>
            <numerusform>파일 %n개를 원래 자리로 되돌렸습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are listed again, marked KEEP.</source>
        <translation>
            <numerusform>그중 %n개가 ‘보관’으로 표시되어 다시 목록에 나옵니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan again to see them in the results.</source>
        <translation>결과에서 보려면 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>macOS does not let Lookalike take files out of the Trash: put them back in Finder.</source>
        <translation>macOS에서는 Lookalike가 휴지통에서 파일을 꺼낼 수 없습니다. Finder에서 되돌려 놓으세요.</translation>
    </message>
    <message>
        <source>Put the files back in Finder</source>
        <translation>Finder에서 파일 되돌리기</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back.</source>
        <translation>
            <numerusform>파일 %n개는 되돌리지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not put back</source>
        <translation>되돌리지 못한 파일이 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back; nothing was replaced:</source>
        <translation>
            <numerusform>파일 %n개를 되돌리지 못했습니다. 덮어쓴 파일은 없습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting files back failed</source>
        <translation>파일 되돌리기 실패</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while putting files back.</source>
        <translation>파일을 되돌리는 중에 Lookalike에 버그가 발생했습니다.</translation>
    </message>
    <message>
        <source>Moving files failed</source>
        <translation>파일 옮기기 실패</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while moving files.</source>
        <translation>파일을 옮기는 중에 Lookalike에 버그가 발생했습니다.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Lookalike ran into a problem</source>
        <translation>Lookalike에 문제가 생겼습니다</translation>
    </message>
    <message>
        <source>Something went wrong inside Lookalike. Your files were not touched by this error. Please copy the details below into a bug report.</source>
        <translation>Lookalike 내부에서 문제가 발생했습니다. 이 오류로 파일이 바뀌지는 않았습니다. 아래 세부 정보를 복사해 버그 보고서에 붙여 주세요.</translation>
    </message>
    <message>
        <source>These are the demo&apos;s sample pictures: they go to its own trash folder, not your Trash.</source>
        <translation>데모용 샘플 사진입니다. 사용자의 휴지통이 아니라 데모 전용 휴지통 폴더로 갑니다.</translation>
    </message>
    <message>
        <source>They are in the demo&apos;s own trash folder, not in your Trash.</source>
        <translation>사용자의 휴지통이 아니라 데모 전용 휴지통 폴더에 있습니다.</translation>
    </message>
    <message>
        <source>The demo&apos;s sample pictures cannot be written</source>
        <translation>데모용 샘플 사진을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Lookalike cannot write the demo&apos;s sample pictures in a temporary folder, because %1. The window opens without them: add a folder of your own to scan, or make room and start the demo again.</source>
        <translation>Lookalike가 데모용 샘플 사진을 임시 폴더에 쓸 수 없습니다(%1). 창은 샘플 사진 없이 열립니다. 스캔할 폴더를 직접 추가하거나, 공간을 확보한 뒤 데모를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your review cannot be autosaved</source>
        <translation>검토를 자동 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Lookalike cannot keep a copy of your marks in its data folder, so a crash or a power cut would lose them. File ▸ Save review… keeps them in a file of your choice.</source>
        <translation>Lookalike가 데이터 폴더에 표시의 사본을 남길 수 없어, 충돌이나 정전이 일어나면 표시를 잃게 됩니다. 파일 ▸ 검토 저장…으로 원하는 파일에 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Opening your last review…</source>
        <translation>지난 검토를 여는 중…</translation>
    </message>
    <message>
        <source>Your last review cannot be resumed</source>
        <translation>마지막 검토를 이어서 할 수 없습니다</translation>
    </message>
    <message>
        <source>Its autosaved copy is damaged: %1</source>
        <translation>자동 저장된 사본이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>Resume your last review?</source>
        <translation>마지막 검토를 이어서 할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Lookalike closed before your last review was saved. Its copy from %1 holds %n group(s) of duplicates with your KEEP and DELETE marks.</source>
        <translation>
            <numerusform>Lookalike가 마지막 검토를 저장하기 전에 닫혔습니다. %1의 사본에는 ‘보관’·‘삭제’ 표시와 함께 중복 그룹 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file is checked again before anything is moved. If you do not resume it, this copy is deleted.</source>
        <translation>무엇이든 옮기기 전에 모든 파일을 다시 확인합니다. 이어서 하지 않으면 이 사본은 삭제됩니다.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>이어서 하기</translation>
    </message>
    <message>
        <source>Resumed your review from %1: every file is checked again before anything is moved.</source>
        <translation>%1의 검토를 이어서 합니다. 무엇이든 옮기기 전에 모든 파일을 다시 확인합니다.</translation>
    </message>
    <message>
        <source>Save your review before opening another?</source>
        <translation>다른 검토를 열기 전에 이 검토를 저장할까요?</translation>
    </message>
    <message>
        <source>Opening a review replaces this one. Your KEEP and DELETE marks in it, and which groups you reviewed, are not saved: opening another without saving loses them.</source>
        <translation>검토를 열면 이 검토가 대체됩니다. 이 검토의 ‘보관’·‘삭제’ 표시와 검토한 그룹 정보가 저장되지 않았습니다. 저장하지 않고 다른 검토를 열면 사라집니다.</translation>
    </message>
    <message>
        <source>Save your review before scanning again?</source>
        <translation>다시 스캔하기 전에 검토를 저장할까요?</translation>
    </message>
    <message>
        <source>A new scan replaces this review. Your KEEP and DELETE marks in it, and which groups you reviewed, are not saved: scanning without saving loses them.</source>
        <translation>새로 스캔하면 이 검토가 대체됩니다. 이 검토의 ‘보관’·‘삭제’ 표시와 검토한 그룹 정보가 저장되지 않았습니다. 저장하지 않고 스캔하면 사라집니다.</translation>
    </message>
    <message>
        <source>Save your review before closing?</source>
        <translation>닫기 전에 검토를 저장할까요?</translation>
    </message>
    <message>
        <source>Your KEEP and DELETE marks in this review, and which groups you reviewed, are not saved. Closing without saving loses them.</source>
        <translation>이 검토의 ‘보관’·‘삭제’ 표시와 검토한 그룹 정보가 저장되지 않았습니다. 저장하지 않고 닫으면 사라집니다.</translation>
    </message>
    <message>
        <source>Save… keeps the review in a file that File ▸ Open review… opens again. Pictures marked “not duplicates” are remembered either way.</source>
        <translation>저장…을 누르면 검토가 파일로 저장되고, 파일 ▸ 검토 열기…로 다시 열 수 있습니다. ‘중복 아님’으로 표시한 사진은 어느 쪽이든 기억됩니다.</translation>
    </message>
</context>
<context>
    <name>BulkMarking</name>
    <message>
        <source>Mark by the keep rules</source>
        <translation>보관 규칙으로 표시</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>모두 보관</translation>
    </message>
    <message>
        <source>Invert marks</source>
        <translation>표시 반전</translation>
    </message>
    <message>
        <source>Mark everything under a folder DELETE</source>
        <translation>폴더 안의 모든 파일을 ‘삭제’로 표시</translation>
    </message>
    <message>
        <source>Keep everything under a folder</source>
        <translation>폴더 안의 모든 파일 보관</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>파일 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>그룹 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>This will mark %1 for deletion and %2 KEEP in %3. Continue?</source>
        <translation>%3에서 %1을(를) ‘삭제’로, %2을(를) ‘보관’으로 표시합니다. 계속할까요?</translation>
    </message>
    <message>
        <source>This will mark %1 KEEP in %2. Continue?</source>
        <translation>%2에서 %1을(를) ‘보관’으로 표시합니다. 계속할까요?</translation>
    </message>
    <message>
        <source>This will mark %1 in %2 for deletion. Continue?</source>
        <translation>%2에서 %1을(를) ‘삭제’로 표시합니다. 계속할까요?</translation>
    </message>
    <message>
        <source>Groups looked at: %1.</source>
        <translation>대상 그룹: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them every file is under %1, so the best copy stays KEEP.</source>
        <translation>
            <numerusform>그룹 %Ln개에는 사본 하나가 보관으로 남습니다. 이 그룹의 모든 파일이 %1 안에 있어서 가장 좋은 사본은 ‘보관’으로 유지됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them no copy would be KEEP, so the best copy stays KEEP.</source>
        <translation>
            <numerusform>그룹 %Ln개에는 사본 하나가 보관으로 남습니다. 이 그룹에는 ‘보관’ 사본이 하나도 없게 되므로 가장 좋은 사본은 ‘보관’으로 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files in reference folders stay KEEP.</source>
        <translation>기준 폴더의 파일은 ‘보관’으로 유지됩니다.</translation>
    </message>
    <message>
        <source>Nothing is deleted now: marked files move only when you choose “Move marked files to Trash…”. Edit ▸ Undo takes this back.</source>
        <translation>지금은 아무것도 삭제되지 않습니다. 표시한 파일은 “표시한 파일을 휴지통으로 옮기기…”를 선택할 때만 옮겨집니다. 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>mark by the keep rules (%1)</source>
        <translation>보관 규칙으로 표시(%1)</translation>
    </message>
    <message>
        <source>keep all (%1)</source>
        <translation>모두 보관(%1)</translation>
    </message>
    <message>
        <source>invert marks (%1)</source>
        <translation>표시 반전(%1)</translation>
    </message>
    <message>
        <source>mark %1 under “%2” DELETE</source>
        <translation>“%2” 안의 %1을(를) ‘삭제’로 표시</translation>
    </message>
    <message>
        <source>keep %1 under “%2”</source>
        <translation>“%2” 안의 %1 보관</translation>
    </message>
    <message>
        <source>Nothing to change: every mark is already so.</source>
        <translation>바꿀 것이 없습니다. 모든 표시가 이미 그렇게 되어 있습니다.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>표시</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>argument %1: %2</source>
        <translation>인수 %1: %2</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>다음 인수가 필요합니다: %1</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>알 수 없는 인수: %1</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>잘못된 선택: %1(%2 중에서 고르세요)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값 하나가 필요합니다</translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation>모호한 옵션: %1은(는) %2 중 어느 것일 수도 있습니다</translation>
    </message>
    <message>
        <source>ignored explicit argument %1</source>
        <translation>이 옵션은 값을 받지 않습니다: %1</translation>
    </message>
    <message>
        <source>discover</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>지문 계산</translation>
    </message>
    <message>
        <source>match</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: 오류: %2</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>정수가 아님: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>%1에서 %2 사이여야 합니다(입력한 값: %3)</translation>
    </message>
    <message>
        <source>must not be negative, not %1</source>
        <translation>음수일 수 없습니다(입력한 값: %1)</translation>
    </message>
    <message>
        <source>must be at least %1, not %2</source>
        <translation>%1 이상이어야 합니다(입력한 값: %2)</translation>
    </message>
    <message>
        <source>the language of what is printed for a person (default: the environment&apos;s, as LANGUAGE, LC_ALL, LC_MESSAGES or LANG say; English when none fits); JSON and CSV stay English</source>
        <translation>사람이 읽도록 출력하는 내용의 언어(기본값: LANGUAGE, LC_ALL, LC_MESSAGES 또는 LANG이 가리키는 환경의 언어, 맞는 것이 없으면 영어). JSON과 CSV는 영어로 유지됩니다</translation>
    </message>
    <message>
        <source>Find duplicate and near-duplicate images and review them before anything is trashed.</source>
        <translation>중복 사진과 거의 같은 사진을 찾아, 휴지통으로 옮기기 전에 검토합니다.</translation>
    </message>
    <message>
        <source>Run &apos;lookalike scan --help&apos; for the headless scanner, &apos;lookalike apply --help&apos; to act on its result and &apos;lookalike undo-last --help&apos; to put back what was last trashed or moved.</source>
        <translation>창 없이 스캔하는 방법은 &apos;lookalike scan --help&apos;, 그 결과대로 처리하는 방법은 &apos;lookalike apply --help&apos;, 마지막으로 휴지통이나 다른 폴더로 옮긴 파일을 되돌리는 방법은 &apos;lookalike undo-last --help&apos;로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>버전을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>folders to add at start</source>
        <translation>시작할 때 추가할 폴더</translation>
    </message>
    <message>
        <source>scan generated sample pictures at once</source>
        <translation>생성한 샘플 사진을 바로 스캔합니다</translation>
    </message>
    <message>
        <source>after the scan, save the window as a PNG and exit</source>
        <translation>스캔이 끝나면 창을 PNG로 저장하고 끝냅니다</translation>
    </message>
    <message>
        <source>the window&apos;s language for this run (default: the one chosen in Settings ▸ Language, else the system&apos;s)</source>
        <translation>이번 실행에서 쓸 창의 언어(기본값: 설정 ▸ 언어에서 고른 언어, 고르지 않았으면 시스템 언어)</translation>
    </message>
    <message>
        <source>Find duplicate and similar images under the given folders. Never deletes anything.</source>
        <translation>지정한 폴더에서 중복 사진과 비슷한 사진을 찾습니다. 아무것도 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>folder (or file) to scan</source>
        <translation>스캔할 폴더(또는 파일)</translation>
    </message>
    <message>
        <source>exact: byte-identical copies only; similar (default): also visually similar</source>
        <translation>exact: 바이트 단위까지 똑같은 사본만, similar(기본값): 보기에 비슷한 사진도</translation>
    </message>
    <message>
        <source>perceptual hash (default: phash)</source>
        <translation>지각 해시(기본값: phash)</translation>
    </message>
    <message>
        <source>hash side in bits; larger is stricter (default: 8, a 64-bit hash)</source>
        <translation>해시 한 변의 비트 수. 클수록 엄격합니다(기본값: 8, 64비트 해시)</translation>
    </message>
    <message>
        <source>largest hash distance that counts as similar (default: hash bits / 8)</source>
        <translation>비슷하다고 보는 가장 큰 해시 거리(기본값: 해시 비트 수 / 8)</translation>
    </message>
    <message>
        <source>do not look for rotated and mirrored copies (found by default)</source>
        <translation>회전하거나 좌우 반전된 사본을 찾지 않습니다(기본값은 찾음)</translation>
    </message>
    <message>
        <source>find rotated and mirrored copies: the default, accepted for scripts written before it was</source>
        <translation>회전하거나 좌우 반전된 사본을 찾습니다. 기본 동작이며, 기본이 되기 전에 작성한 스크립트를 위해 남겨 둔 옵션입니다</translation>
    </message>
    <message>
        <source>images under DIR are never suggested for deletion (repeatable)</source>
        <translation>DIR 아래의 사진은 절대 ‘삭제’로 추천하지 않습니다(여러 번 지정 가능)</translation>
    </message>
    <message>
        <source>skip the pixel-level check of similar pairs (faster, more false matches)</source>
        <translation>비슷한 쌍의 픽셀 검사를 건너뜁니다(더 빠르지만 잘못된 일치가 늘어남)</translation>
    </message>
    <message>
        <source>also scan hidden files and folders</source>
        <translation>숨김 파일과 폴더도 스캔합니다</translation>
    </message>
    <message>
        <source>follow symbolic links to folders and files (never to a place outside the scanned folders)</source>
        <translation>폴더와 파일로 가는 심볼릭 링크를 따라갑니다(스캔하는 폴더 밖으로는 절대 따라가지 않음)</translation>
    </message>
    <message>
        <source>also read files that are only in the cloud (OneDrive, iCloud): this downloads them</source>
        <translation>클라우드에만 있는 파일(OneDrive, iCloud)도 읽습니다. 이때 파일을 내려받습니다</translation>
    </message>
    <message>
        <source>do not descend into subfolders</source>
        <translation>하위 폴더는 찾지 않습니다</translation>
    </message>
    <message>
        <source>skip files smaller than this</source>
        <translation>이보다 작은 파일은 건너뜁니다</translation>
    </message>
    <message>
        <source>leave out files and folders matching PATTERN (repeatable): a name (&apos;*.tmp&apos;, &apos;Thumbs.db&apos;), or a path from the scanned folder (&apos;2019/drafts&apos;, &apos;**/cache/**&apos;); ending in &apos;/&apos; matches folders only (&apos;Thumbs/&apos;); wildcards * ? [abc] and **, any case</source>
        <translation>PATTERN과 일치하는 파일과 폴더를 제외합니다(여러 번 지정 가능). 이름(&apos;*.tmp&apos;, &apos;Thumbs.db&apos;)이나 스캔하는 폴더에서 시작하는 경로(&apos;2019/drafts&apos;, &apos;**/cache/**&apos;)를 씁니다. &apos;/&apos;로 끝나면 폴더에만 일치합니다(&apos;Thumbs/&apos;). 와일드카드 * ? [abc]와 **를 쓸 수 있으며 대소문자는 구분하지 않습니다</translation>
    </message>
    <message>
        <source>write the result as JSON here</source>
        <translation>결과를 이 파일에 JSON으로 씁니다</translation>
    </message>
    <message>
        <source>write the groups as CSV here</source>
        <translation>그룹을 이 파일에 CSV로 씁니다</translation>
    </message>
    <message>
        <source>neither read nor write the fingerprint cache</source>
        <translation>지문 캐시를 읽지도 쓰지도 않습니다</translation>
    </message>
    <message>
        <source>keep the fingerprint cache here</source>
        <translation>지문 캐시를 이 폴더에 둡니다</translation>
    </message>
    <message>
        <source>also group pictures you marked as &apos;not duplicates&apos; in the window</source>
        <translation>창에서 ‘중복 아님’으로 표시한 사진도 묶습니다</translation>
    </message>
    <message>
        <source>decoding threads (default: one per CPU core)</source>
        <translation>디코딩 스레드 수(기본값: CPU 코어마다 하나)</translation>
    </message>
    <message>
        <source>list every file that could not be read (default: the first %1, then how many more; the JSON result always lists them all)</source>
        <translation>읽지 못한 파일을 모두 표시합니다(기본값: 처음 %1개와 나머지 개수. JSON 결과에는 항상 모두 기록됩니다)</translation>
    </message>
    <message>
        <source>no progress bar and no summary</source>
        <translation>진행 표시줄과 요약을 보여 주지 않습니다</translation>
    </message>
    <message>
        <source>Trash (or move) the files marked &quot;keep&quot;: false in a scan result or saved review. Each file is checked against the files on disk first: a copy marked KEEP must still be there unchanged, the file must be unchanged, inside the scanned folders, outside every reference folder, and still a duplicate of the kept copy. Anything else is skipped and said. Never removes every copy of a picture, and never deletes permanently.</source>
        <translation>스캔 결과나 저장한 검토에서 &quot;keep&quot;: false로 표시된 파일을 휴지통으로(또는 다른 폴더로) 옮깁니다. 먼저 각 파일을 디스크의 파일과 대조해 확인합니다. ‘보관’으로 표시된 사본이 바뀌지 않은 채 그대로 있어야 하고, 파일 자체도 바뀌지 않았으며 스캔한 폴더 안에, 모든 기준 폴더 밖에 있고, 여전히 보관할 사본의 중복이어야 합니다. 그렇지 않은 파일은 건너뛰고 그 사실을 알립니다. 한 사진의 모든 사본을 제거하는 일은 없으며, 영구 삭제하지도 않습니다.</translation>
    </message>
    <message>
        <source>Exit status: 0 when everything planned was done, 1 when something was skipped or refused, 2 for a bad argument or an unreadable file (then nothing is touched).</source>
        <translation>종료 상태: 계획한 일을 모두 했으면 0, 건너뛰거나 거부된 것이 있으면 1, 잘못된 인수나 읽을 수 없는 파일이면 2(이때는 아무것도 건드리지 않음).</translation>
    </message>
    <message>
        <source>a scan result (--json) or saved review</source>
        <translation>스캔 결과(--json)나 저장한 검토</translation>
    </message>
    <message>
        <source>move the files into DIR instead of the Trash</source>
        <translation>휴지통 대신 DIR로 파일을 옮깁니다</translation>
    </message>
    <message>
        <source>also never touch files under DIR (repeatable; the scan&apos;s own reference folders always count)</source>
        <translation>DIR 아래의 파일도 절대 건드리지 않습니다(여러 번 지정 가능. 스캔할 때 지정한 기준 폴더는 항상 포함됨)</translation>
    </message>
    <message>
        <source>check everything and say what would happen</source>
        <translation>모든 것을 확인하고 무슨 일이 일어날지만 알려 줍니다</translation>
    </message>
    <message>
        <source>Put back the files of the last trash or move run, as the action journal recorded them. Moved files are moved back; trashed files are taken out of the Trash (Linux, Windows; on macOS the files to put back in Finder are listed). A file now at the old place is never replaced: that file is listed and its copy stays where it is.</source>
        <translation>작업 기록에 적힌 대로, 마지막으로 휴지통이나 다른 폴더로 옮긴 작업의 파일을 되돌립니다. 다른 폴더로 옮긴 파일은 원래 자리로 다시 옮기고, 휴지통으로 옮긴 파일은 휴지통에서 꺼냅니다(Linux, Windows. macOS에서는 Finder에서 되돌려 놓을 파일 목록을 보여 줌). 원래 자리에 지금 다른 파일이 있으면 절대 덮어쓰지 않습니다. 그 파일을 목록에 보여 주고, 옮겨 둔 사본은 지금 자리에 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Exit status: 0 when every file was put back (or there was nothing to put back), 1 when some could not be, 2 for a bad argument.</source>
        <translation>종료 상태: 모든 파일을 되돌렸으면(또는 되돌릴 것이 없었으면) 0, 되돌리지 못한 파일이 있으면 1, 잘못된 인수면 2.</translation>
    </message>
    <message>
        <source>the action journal (default: Lookalike&apos;s own)</source>
        <translation>작업 기록 파일(기본값: Lookalike 자체의 작업 기록)</translation>
    </message>
    <message>
        <source>look for the files and move nothing</source>
        <translation>파일을 찾아보기만 하고 아무것도 옮기지 않습니다</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the end of a sentence</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>folder not answering: %1; choose another place</source>
        <translation>폴더가 응답하지 않음: %1. 다른 위치를 고르세요</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; choose another name</source>
        <translation>%1이(가) 이미 있으며 일반 파일이 아닙니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>%1 already exists inside a scanned folder; choose another name or remove it first</source>
        <translation>%1이(가) 스캔하는 폴더 안에 이미 있습니다. 다른 이름을 고르거나 먼저 제거하세요</translation>
    </message>
    <message>
        <source>%1 already exists and might be inside a scanned folder that does not answer; choose another name or remove it first</source>
        <translation>%1이(가) 이미 있으며, 스캔한 폴더 중 응답하지 않는 폴더 안에 있을 수 있습니다. 다른 이름을 고르거나 먼저 제거하세요</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) may have gone</source>
        <translation>
            <numerusform>, %n개는 옮겨졌을 수 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images scanned (%2 from cache) in %3 s: %4 duplicate groups, %5 extra copies, %6 reclaimable</source>
        <translation>사진 %1장 스캔(캐시에서 %2장), %3초: 중복 그룹 %4개, 여분 사본 %5개, 확보 가능 %6</translation>
    </message>
    <message>
        <source>; %1 files could not be read</source>
        <translation>; 파일 %1개를 읽을 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>사진 %Ln장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>폴더 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>; %1 excluded by your patterns</source>
        <translation>; 제외 패턴으로 %1 제외함</translation>
    </message>
    <message>
        <source> (stopped early: results are partial)</source>
        <translation> (중간에 멈춤: 결과가 일부뿐임)</translation>
    </message>
    <message>
        <source>checking and acting: %1 of %2</source>
        <translation>확인하고 처리하는 중: %1/%2</translation>
    </message>
    <message>
        <source>folder not found: %1</source>
        <translation>폴더를 찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>reference folder not found: %1</source>
        <translation>기준 폴더를 찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>--algorithm whash needs a hash size that is a power of two (4, 8, 16, 32)</source>
        <translation>--algorithm whash에는 2의 거듭제곱인 해시 크기가 필요합니다(4, 8, 16, 32)</translation>
    </message>
    <message>
        <source>--threshold %1 is more than half the %2 hash bits: everything would match</source>
        <translation>--threshold %1은(는) 해시 비트 %2개의 절반보다 큽니다: 모든 사진이 일치하게 됩니다</translation>
    </message>
    <message>
        <source>your &apos;not duplicates&apos; decisions cannot be read (%1); pictures you marked so may be grouped again</source>
        <translation>‘중복 아님’ 결정을 읽을 수 없음(%1). 그렇게 표시한 사진이 다시 묶일 수 있음</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>결과를 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>not read: %1: %2</source>
        <translation>읽지 못함: %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <source>; %1 files disappeared during the scan</source>
        <translation>; 스캔 중 사라진 파일 %1개</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>표준 출력에 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>folder not answering: %1</source>
        <translation>폴더가 응답하지 않음: %1</translation>
    </message>
    <message>
        <source>reference folder not answering: %1</source>
        <translation>기준 폴더가 응답하지 않음: %1</translation>
    </message>
    <message>
        <source>… and %1 more not read: %2 lists every one under &quot;errors&quot; (--all-errors prints them all here)</source>
        <translation>… 그 밖에 %1개는 읽히지 않았습니다. %2의 &quot;errors&quot;에 모두 기록되어 있습니다(--all-errors로 여기에 모두 표시)</translation>
    </message>
    <message>
        <source>… and %1 more not read (--all-errors prints them all)</source>
        <translation>… 그 밖에 %1개는 읽히지 않았습니다(--all-errors로 모두 표시)</translation>
    </message>
    <message>
        <source>… and %1 more could not be read: %2 lists every one under &quot;errors&quot; (--all-errors prints them all here)</source>
        <translation>… 그 밖에 %1개를 읽지 못했습니다. %2의 &quot;errors&quot;에 모두 기록되어 있습니다(--all-errors로 여기에 모두 표시)</translation>
    </message>
    <message>
        <source>… and %1 more could not be read (--all-errors prints them all)</source>
        <translation>… 그 밖에 %1개를 읽지 못했습니다(--all-errors로 모두 표시)</translation>
    </message>
    <message>
        <source>--move-to %1 does not answer</source>
        <translation>--move-to %1이(가) 응답하지 않습니다</translation>
    </message>
    <message>
        <source>--move-to %1 is not a folder</source>
        <translation>--move-to %1은(는) 폴더가 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>그룹 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: move to %2 %n file(s) marked &quot;keep&quot;: false, in %1.</source>
        <translation>
            <numerusform>계획: %1에서 &quot;keep&quot;: false로 표시된 파일 %n개를 %2(으)로 옮깁니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: move to the Trash %n file(s) marked &quot;keep&quot;: false, in %1.</source>
        <translation>
            <numerusform>계획: %1에서 &quot;keep&quot;: false로 표시된 파일 %n개를 휴지통으로 옮깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned folders (files outside them are never touched):</source>
        <translation>스캔한 폴더(이 밖의 파일은 절대 건드리지 않음):</translation>
    </message>
    <message>
        <source>Reference folders (files inside them are never touched):</source>
        <translation>기준 폴더(이 안의 파일은 절대 건드리지 않음):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>would move: %1</source>
        <translation>옮길 예정: %1</translation>
    </message>
    <message>
        <source>would trash: %1</source>
        <translation>휴지통으로 옮길 예정: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <translation>옮김: %1</translation>
    </message>
    <message>
        <source>trashed: %1</source>
        <translation>휴지통으로 옮김: %1</translation>
    </message>
    <message>
        <source>may have been moved: %1: %2</source>
        <translation>옮겨졌을 수 있음: %1: %2</translation>
    </message>
    <message>
        <source>may have been trashed: %1: %2</source>
        <translation>휴지통으로 옮겨졌을 수 있음: %1: %2</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>건너뜀: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would move %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>파일 %n개(%1)를 옮길 예정, %2개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would trash %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>파일 %n개(%1)를 휴지통으로 옮길 예정, %2개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>파일 %n개(%1)를 옮김, %2개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trashed %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>파일 %n개(%1)를 휴지통으로 옮김, %2개 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <source>; stopped early</source>
        <translation>, 중간에 멈춤</translation>
    </message>
    <message numerus="yes">
        <source>Waiting a few seconds for %n file(s) whose drive stopped answering while they were being moved…</source>
        <translation>
            <numerusform>옮기는 도중 드라이브가 응답하지 않게 된 파일 %n개를 몇 초 동안 기다리는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Their drive answered: what became of them is in the journal; &quot;lookalike undo-last&quot; puts back any that went.</source>
        <translation>드라이브가 응답했습니다. 파일이 어떻게 되었는지는 작업 기록에 있습니다. 옮겨진 파일은 “lookalike undo-last”로 되돌릴 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may still be moving: Lookalike stops waiting. The journal records them as begun, and &quot;lookalike undo-last&quot; looks at them as after a crash and puts back any that went.</source>
        <translation>
            <numerusform>파일 %n개가 아직 옮겨지는 중일 수 있습니다. Lookalike는 더 기다리지 않습니다. 작업 기록에는 시작된 것으로 기록되어 있으며, “lookalike undo-last”는 비정상 종료 후처럼 이 파일들을 살펴보고 옮겨진 파일을 되돌립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put back: the journal holds no trash or move run that was not put back.</source>
        <translation>되돌릴 것이 없습니다: 작업 기록에 아직 되돌리지 않은 휴지통 이동이나 옮기기 작업이 없습니다.</translation>
    </message>
    <message>
        <source>would put back: %1</source>
        <translation>되돌릴 예정: %1</translation>
    </message>
    <message>
        <source>put back: %1</source>
        <translation>되돌림: %1</translation>
    </message>
    <message>
        <source>not put back: %1: %2</source>
        <translation>되돌리지 못함: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would put back %n file(s); not put back %1</source>
        <translation>
            <numerusform>파일 %n개를 되돌릴 예정, %1개는 되돌리지 못함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s); not put back %1</source>
        <translation>
            <numerusform>파일 %n개를 되돌림, %1개는 되돌리지 못함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>In the selected groups when several are selected (Ctrl+click), else in every group listed.</source>
        <translation>여러 그룹을 선택했으면(Ctrl+클릭) 선택한 그룹에, 아니면 목록의 모든 그룹에 적용합니다.</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>폴더 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>스캔(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Open review…</source>
        <translation>검토 열기…</translation>
    </message>
    <message>
        <source>Save review…</source>
        <translation>검토 저장…</translation>
    </message>
    <message>
        <source>Export results as JSON…</source>
        <translation>결과를 JSON으로 내보내기…</translation>
    </message>
    <message>
        <source>Export results as CSV…</source>
        <translation>결과를 CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Move marked files to Trash…</source>
        <translation>표시한 파일을 휴지통으로 옮기기…</translation>
    </message>
    <message>
        <source>Move marked files to a folder…</source>
        <translation>표시한 파일을 폴더로 옮기기…</translation>
    </message>
    <message>
        <source>Undo last action: put moved files back…</source>
        <translation>마지막 작업 되돌리기: 옮긴 파일을 제자리로…</translation>
    </message>
    <message>
        <source>Put the files last moved to the Trash or to a folder back where they were. A file that now exists at the old place is never replaced.</source>
        <translation>마지막으로 휴지통이나 폴더로 옮긴 파일을 원래 자리로 되돌립니다. 원래 자리에 지금 다른 파일이 있으면 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Undo your last change to the marks or the groups</source>
        <translation>표시나 그룹에 대한 마지막 변경을 취소합니다</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Switch KEEP / DELETE</source>
        <translation>보관 / 삭제 전환</translation>
    </message>
    <message>
        <source>Switch the selected picture between KEEP and DELETE (Space, or a click on its badge); in the compare view, the framed one</source>
        <translation>선택한 사진을 ‘보관’과 ‘삭제’ 사이에서 전환합니다(Space 또는 배지 클릭). 비교 화면에서는 테두리가 있는 사진에 적용됩니다</translation>
    </message>
    <message>
        <source>Mark &amp;DELETE</source>
        <translation>‘삭제’로 표시(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected pictures DELETE. Nothing is deleted until you move the marked files.</source>
        <translation>선택한 사진을 ‘삭제’로 표시합니다. 표시한 파일을 옮기기 전에는 아무것도 삭제되지 않습니다.</translation>
    </message>
    <message>
        <source>Mark by the &amp;keep rules…</source>
        <translation>보관 규칙으로 표시(&amp;K)…</translation>
    </message>
    <message>
        <source>Mark KEEP the copy the keep rules choose, the others DELETE.</source>
        <translation>보관 규칙이 고른 사본은 ‘보관’으로, 나머지는 ‘삭제’로 표시합니다.</translation>
    </message>
    <message>
        <source>Keep &amp;all…</source>
        <translation>모두 보관(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark every file KEEP.</source>
        <translation>모든 파일을 ‘보관’으로 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Invert marks…</source>
        <translation>표시 반전(&amp;I)…</translation>
    </message>
    <message>
        <source>KEEP becomes DELETE and DELETE becomes KEEP; each group keeps at least one copy.</source>
        <translation>‘보관’은 ‘삭제’로, ‘삭제’는 ‘보관’으로 바뀝니다. 각 그룹에는 사본이 적어도 하나 남습니다.</translation>
    </message>
    <message>
        <source>Mark everything under a &amp;folder DELETE…</source>
        <translation>폴더 안의 모든 파일을 ‘삭제’로 표시(&amp;F)…</translation>
    </message>
    <message>
        <source>Mark DELETE every file in a folder you choose and its subfolders; a group whose files are all there keeps its best copy.</source>
        <translation>선택한 폴더와 그 하위 폴더의 모든 파일을 ‘삭제’로 표시합니다. 파일이 모두 그 안에 있는 그룹은 가장 좋은 사본을 남깁니다.</translation>
    </message>
    <message>
        <source>Keep everything under a f&amp;older…</source>
        <translation>폴더 안의 모든 파일 보관(&amp;O)…</translation>
    </message>
    <message>
        <source>Mark KEEP every file in a folder you choose and its subfolders.</source>
        <translation>선택한 폴더와 그 하위 폴더의 모든 파일을 ‘보관’으로 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Compare side by side</source>
        <translation>나란히 비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>검토(&amp;R)</translation>
    </message>
    <message>
        <source>Look at the selected picture next to the group&apos;s first one, zoomed together, with a difference view. Ctrl+click two pictures to compare those two.</source>
        <translation>선택한 사진을 그룹의 첫 사진 옆에 놓고 함께 확대해 보며, 차이 보기도 있습니다. 두 사진을 Ctrl+클릭하면 그 둘을 비교합니다.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate: take the picture out of its group</source>
        <translation>중복 아님: 사진을 그룹에서 빼기(&amp;N)</translation>
    </message>
    <message>
        <source>The selected picture is a different picture: take it out of this group. Lookalike remembers this, even if the files are renamed or moved.</source>
        <translation>선택한 사진은 다른 사진이므로 이 그룹에서 뺍니다. 파일 이름이 바뀌거나 파일이 옮겨져도 Lookalike는 이를 기억합니다.</translation>
    </message>
    <message>
        <source>None of these are duplicates: remove the &amp;group</source>
        <translation>모두 중복 아님: 그룹 제거(&amp;G)</translation>
    </message>
    <message>
        <source>Remove this whole group from the results, and keep these pictures apart in later scans (Shift+N)</source>
        <translation>이 그룹 전체를 결과에서 제거하고, 이후 스캔에서 이 사진들을 따로 둡니다(Shift+N)</translation>
    </message>
    <message>
        <source>Switch “&amp;reviewed” for this group</source>
        <translation>이 그룹의 ‘검토함’ 전환(&amp;R)</translation>
    </message>
    <message>
        <source>Tick or untick the group as reviewed. A group is ticked by itself once it was shown for a moment or one of its marks changed (R)</source>
        <translation>그룹의 ‘검토함’ 체크를 켜거나 끕니다. 그룹이 잠시 화면에 나오거나 그 안의 표시가 하나라도 바뀌면 자동으로 체크됩니다(R)</translation>
    </message>
    <message>
        <source>Next group not &amp;reviewed</source>
        <translation>검토하지 않은 다음 그룹(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the next group in the list, as sorted and filtered, that is not reviewed yet (U)</source>
        <translation>정렬·필터를 적용한 목록에서 아직 검토하지 않은 다음 그룹으로 갑니다(U)</translation>
    </message>
    <message>
        <source>Which copy to &amp;keep…</source>
        <translation>보관할 사본 정하기(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the rules that pick the copy marked KEEP in every group</source>
        <translation>각 그룹에서 ‘보관’으로 표시할 사본을 고르는 규칙을 정합니다</translation>
    </message>
    <message>
        <source>Pictures marked “&amp;not duplicates”…</source>
        <translation>‘중복 아님’으로 표시한 사진(&amp;N)…</translation>
    </message>
    <message>
        <source>Pictures you said are not duplicates: Lookalike keeps them apart. Open to undo a decision.</source>
        <translation>중복이 아니라고 한 사진입니다. Lookalike는 이 사진들을 따로 둡니다. 결정을 취소하려면 여세요.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Every command and its key</source>
        <translation>모든 명령과 그 키</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <source>&amp;About Lookalike</source>
        <translation>Lookalike 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Move between the pictures of a group</source>
        <translation>그룹 안의 사진 사이 이동</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>화살표 키</translation>
    </message>
    <message>
        <source>Previous or next group</source>
        <translation>이전 또는 다음 그룹</translation>
    </message>
    <message>
        <source>PageUp, PageDown, Ctrl+arrow keys</source>
        <translation>PageUp, PageDown, Ctrl+화살표 키</translation>
    </message>
    <message>
        <source>Up and Down arrow keys</source>
        <translation>위아래 화살표 키</translation>
    </message>
    <message>
        <source>Open a picture in the system viewer</source>
        <translation>시스템 뷰어로 사진 열기</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>두 번 클릭</translation>
    </message>
    <message>
        <source>Select several pictures or groups</source>
        <translation>여러 사진이나 그룹 선택</translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click</source>
        <translation>Ctrl+클릭, Shift+클릭</translation>
    </message>
    <message>
        <source>%1 in the grid or the group list</source>
        <translation>사진 격자나 그룹 목록에서 %1</translation>
    </message>
    <message>
        <source>%1 in the grid</source>
        <translation>사진 격자에서 %1</translation>
    </message>
    <message>
        <source>%1 in the group list</source>
        <translation>그룹 목록에서 %1</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Side by side</source>
        <translation>나란히</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>깜빡이기</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>화면 맞춤</translation>
    </message>
    <message>
        <source>Show the whole pictures (0)</source>
        <translation>사진 전체 보기(0)</translation>
    </message>
    <message>
        <source>One pixel of A per screen pixel (1)</source>
        <translation>화면 픽셀 하나에 A의 픽셀 하나(1)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>축소(-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>확대(+)</translation>
    </message>
    <message>
        <source>Zoom, in pixels of A&apos;s original file per screen pixel</source>
        <translation>배율: 화면 픽셀 하나에 들어가는 A 원본 파일의 픽셀 수</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>화면 맞춤(%1)</translation>
    </message>
    <message>
        <source>Compare A with the previous copy (←)</source>
        <translation>A를 이전 사본과 비교(←)</translation>
    </message>
    <message>
        <source>Compare A with the next copy (→)</source>
        <translation>A를 다음 사본과 비교(→)</translation>
    </message>
    <message>
        <source>Not duplicates  (N)</source>
        <translation>중복 아님  (N)</translation>
    </message>
    <message>
        <source>B is a different picture: take it out of this group and remember that</source>
        <translation>B는 다른 사진입니다. 이 그룹에서 빼고 그 사실을 기억합니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>, amplified %1: black where A and B agree</source>
        <translation>, %1 증폭: A와 B가 같은 곳은 검은색</translation>
    </message>
    <message>
        <source>No difference at all: identical pixels</source>
        <translation>차이 전혀 없음: 픽셀이 똑같음</translation>
    </message>
    <message>
        <source>%1% of pixels differ noticeably</source>
        <translation>픽셀의 %1%가 눈에 띄게 다름</translation>
    </message>
    <message>
        <source>largest difference %1 of 255</source>
        <translation>최대 차이 %1/255</translation>
    </message>
    <message>
        <source>B scaled to A&apos;s size</source>
        <translation>B를 A 크기로 맞춤</translation>
    </message>
    <message>
        <source>blue: not in B</source>
        <translation>파란색: B에 없음</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>B does not line up with A (no turn or crop fits): the pictures as they are</source>
        <translation>B를 A에 맞출 수 없음(회전이나 자르기로 맞지 않음): 사진 그대로</translation>
    </message>
    <message>
        <source>Lined up on A first, undoing what B changed: %1</source>
        <translation>먼저 B의 변경을 되돌려 A에 맞춤: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Wheel or +/%1 zoom · drag to pan · ←/→ other copy · A, B or click: framed picture · %2 KEEP/DELETE · F or Tab flicker · D difference · S side by side · N not duplicates · Esc close</source>
        <translation>휠 또는 +/%1 확대·축소 · 끌어서 이동 · ←/→ 다른 사본 · A, B 또는 클릭: 테두리 사진 선택 · %2 보관/삭제 · F 또는 Tab 깜빡이기 · D 차이 · S 나란히 · N 중복 아님 · Esc 닫기</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>화면 맞춤(%1)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>화면 맞춤</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Cannot show this file:
%1</source>
        <translation>이 파일을 표시할 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>A picture could not be read</source>
        <translation>사진을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Computing the difference…</source>
        <translation>차이를 계산하는 중…</translation>
    </message>
    <message>
        <source>B: %1 of %2</source>
        <translation>B: %1/%2</translation>
    </message>
    <message>
        <source>A · reference</source>
        <translation>A · 기준</translation>
    </message>
    <message>
        <source>flicker: F or Tab shows %1</source>
        <translation>깜빡이기: F 또는 Tab으로 %1 보기</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Remembered “not duplicates”</source>
        <translation>기억된 ‘중복 아님’</translation>
    </message>
    <message>
        <source>Pictures you marked as &lt;b&gt;not duplicates&lt;/b&gt; are kept apart in every later scan, even if they are renamed or moved: Lookalike remembers them by their content. Forget a decision to let the next scan group those pictures again.</source>
        <translation>&lt;b&gt;중복 아님&lt;/b&gt;으로 표시한 사진은 이름이 바뀌거나 옮겨져도 이후 모든 스캔에서 따로 둡니다. Lookalike는 내용으로 사진을 기억합니다. 결정을 잊으면 다음 스캔에서 그 사진들이 다시 한 그룹이 될 수 있습니다.</translation>
    </message>
    <message>
        <source>No decisions remembered yet.</source>
        <translation>아직 기억된 결정이 없습니다.</translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation>선택 항목 잊기</translation>
    </message>
    <message>
        <source>Let the next scan group the selected pairs again (Delete)</source>
        <translation>선택한 쌍이 다음 스캔에서 다시 한 그룹이 될 수 있게 합니다(Delete)</translation>
    </message>
    <message>
        <source>Forget all…</source>
        <translation>모두 잊기…</translation>
    </message>
    <message>
        <source>Forget all decisions</source>
        <translation>모든 결정 잊기</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n “not duplicates” decision(s)?</source>
        <translation>
            <numerusform>‘중복 아님’ 결정 %n개를 모두 잊을까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Later scans may group these pictures again.</source>
        <translation>이후 스캔에서 이 사진들이 다시 한 그룹이 될 수 있습니다.</translation>
    </message>
    <message>
        <source>Forget all</source>
        <translation>모두 잊기</translation>
    </message>
    <message>
        <source>The list of “not duplicates” cannot be changed, because %1, so nothing was forgotten: later scans still keep those pictures apart.</source>
        <translation>‘중복 아님’ 목록을 바꿀 수 없어(%1) 아무것도 잊지 않았습니다. 이후 스캔에서도 그 사진들은 따로 둡니다.</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Kept apart from</source>
        <translation>따로 둔 사진</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>결정한 때</translation>
    </message>
    <message>
        <source>(where the file was when you decided)</source>
        <translation>(결정할 때 파일이 있던 위치)</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>%1에 결정함</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>클립보드에 복사</translation>
    </message>
</context>
<context>
    <name>FolderCombo</name>
    <message>
        <source>Any folder</source>
        <translation>모든 폴더</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>No folders yet.
Drop folders from your file manager here, or click “Add folder…”.</source>
        <translation>아직 폴더가 없습니다.
파일 관리자에서 폴더를 여기로 끌어 놓거나 “폴더 추가…”를 누르세요.</translation>
    </message>
</context>
<context>
    <name>GroupFilterBar</name>
    <message>
        <source>Search file names and folders…</source>
        <translation>파일 이름과 폴더 검색…</translation>
    </message>
    <message>
        <source>Shows the groups with a file whose name or folder holds every word typed</source>
        <translation>입력한 단어가 모두 이름이나 폴더에 들어 있는 파일이 있는 그룹을 보여 줍니다</translation>
    </message>
    <message>
        <source>Show only exact copies, copies of the same picture, or similar pictures</source>
        <translation>똑같은 사본, 같은 사진의 사본, 비슷한 사진 중 하나만 보기</translation>
    </message>
    <message>
        <source>Show only the groups with a file in this folder or below it</source>
        <translation>이 폴더나 그 아래에 파일이 있는 그룹만 보기</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>First file</source>
        <translation>첫 파일</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>How alike</source>
        <translation>닮은 정도</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>달라진 점</translation>
    </message>
    <message>
        <source>To free</source>
        <translation>확보할 공간</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토함</translation>
    </message>
    <message>
        <source>The name of the group&apos;s first file (the best copy, unless you chose otherwise)</source>
        <translation>그룹 첫 파일의 이름(따로 고르지 않았다면 가장 좋은 사본)</translation>
    </message>
    <message>
        <source>The folder of the group&apos;s first file</source>
        <translation>그룹 첫 파일의 폴더</translation>
    </message>
    <message>
        <source>How many files the group holds</source>
        <translation>그룹에 든 파일 수</translation>
    </message>
    <message>
        <source>Exact copies: the same bytes · Same picture: the same pixels, saved differently · Similar: pictures that look alike</source>
        <translation>똑같은 사본: 바이트가 같음 · 같은 사진: 픽셀은 같고 저장 방식이 다름 · 비슷함: 닮아 보이는 사진</translation>
    </message>
    <message>
        <source>What differs between the copies</source>
        <translation>사본 사이의 다른 점</translation>
    </message>
    <message>
        <source>Space the copies marked DELETE free</source>
        <translation>‘삭제’로 표시한 사본이 확보하는 공간</translation>
    </message>
    <message>
        <source>Ticked once you have looked at the group (R switches it; U goes to the next group not reviewed)</source>
        <translation>그룹을 살펴보면 체크됩니다(R로 전환, U로 검토하지 않은 다음 그룹으로 이동)</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>아직 검토 안 함</translation>
    </message>
    <message>
        <source>No copy kept: every copy is marked DELETE</source>
        <translation>보관할 사본 없음: 모든 사본이 ‘삭제’로 표시됨</translation>
    </message>
    <message numerus="yes">
        <source>… and %n other(s)</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>파일 %n개: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The language of Lookalike&apos;s window; it changes when Lookalike starts again</source>
        <translation>Lookalike 창의 언어입니다. Lookalike를 다시 시작하면 바뀝니다</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>시스템 언어(%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lookalike — find duplicate pictures</source>
        <translation>Lookalike — 중복 사진 찾기</translation>
    </message>
    <message>
        <source>Add a folder to scan</source>
        <translation>스캔할 폴더 추가</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Lookalike will be in %1 the next time it starts.</source>
        <translation>다음에 시작할 때부터 Lookalike가 %1(으)로 표시됩니다.</translation>
    </message>
    <message>
        <source>Nothing to scan</source>
        <translation>스캔할 폴더가 없습니다</translation>
    </message>
    <message>
        <source>Add a folder first: click “Add folder…” or drop one here.</source>
        <translation>먼저 폴더를 추가하세요. “폴더 추가…”를 누르거나 폴더를 여기로 끌어 놓으세요.</translation>
    </message>
    <message>
        <source>The scan failed</source>
        <translation>스캔 실패</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while scanning. Details:</source>
        <translation>스캔 중에 Lookalike에 버그가 발생했습니다. 세부 정보:</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R): %1</translation>
    </message>
    <message>
        <source>Every group listed is reviewed.</source>
        <translation>목록의 모든 그룹을 검토했습니다.</translation>
    </message>
    <message>
        <source>About Lookalike</source>
        <translation>Lookalike 정보</translation>
    </message>
    <message>
        <source>Lookalike %1

Finds duplicate and near-duplicate pictures, lets you review every group, and moves only the copies you confirm to the Trash.</source>
        <translation>Lookalike %1

중복 사진과 거의 같은 사진을 찾아 모든 그룹을 검토할 수 있게 하고, 확인한 사본만 휴지통으로 옮깁니다.</translation>
    </message>
</context>
<context>
    <name>MissingFolders</name>
    <message>
        <source>A folder is not there when it was renamed, moved or deleted, or when the drive it is on is not connected.</source>
        <translation>폴더 이름이 바뀌었거나, 옮겨졌거나 삭제되었거나, 폴더가 있는 드라이브가 연결되지 않으면 폴더를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>A folder does not answer when the drive it is on stopped answering: a network drive whose connection was lost, or a disk still waking up. Lookalike waited a few seconds for it.</source>
        <translation>폴더가 있는 드라이브가 응답하지 않으면 폴더도 응답하지 않습니다. 연결이 끊긴 네트워크 드라이브나 아직 깨어나는 중인 디스크가 그렇습니다. Lookalike는 몇 초 동안 응답을 기다렸습니다.</translation>
    </message>
    <message>
        <source>The reference folder “%1” does not answer.</source>
        <translation>기준 폴더 “%1”이(가) 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>The reference folder “%1” is not there now.</source>
        <translation>기준 폴더 “%1”을(를) 지금 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Scan anyway? To compare the reference pictures with the others, click Cancel, then scan again once the drive answers (connect it again if it was disconnected).</source>
        <translation>그래도 스캔할까요? 기준 사진을 다른 사진과 비교하려면 취소를 누른 뒤, 드라이브가 응답하면 다시 스캔하세요(연결이 끊겼다면 다시 연결하세요).</translation>
    </message>
    <message>
        <source>The reference folder “%1” did not answer and was not scanned: copies of its pictures were not looked for.</source>
        <translation>기준 폴더 “%1”이(가) 응답하지 않아서 스캔하지 않았습니다. 그 사진의 사본은 찾지 않았습니다.</translation>
    </message>
    <message>
        <source>The pictures of a reference folder that is not there are not protected: any that are now inside another folder listed are scanned like the others, and can be marked DELETE.</source>
        <translation>찾을 수 없는 기준 폴더의 사진은 보호되지 않습니다. 목록의 다른 폴더 안으로 옮겨진 사진은 다른 사진처럼 스캔되며 DELETE로 표시될 수 있습니다.</translation>
    </message>
    <message>
        <source>Lookalike looks at nothing inside a reference folder that does not answer: none of its pictures is scanned, so none can be marked DELETE, but their copies in the other folders are not found either.</source>
        <translation>Lookalike는 응답하지 않는 기준 폴더 안을 전혀 살펴보지 않습니다. 그 사진은 스캔되지 않으므로 ‘삭제’로 표시될 수 없지만, 다른 폴더에 있는 그 사본도 찾지 못합니다.</translation>
    </message>
    <message>
        <source>Reference folder not answering</source>
        <translation>기준 폴더가 응답하지 않음</translation>
    </message>
    <message>
        <source>Reference folder not found</source>
        <translation>기준 폴더를 찾을 수 없음</translation>
    </message>
    <message>
        <source>Scan anyway? To keep them protected, click Cancel, then connect the drive, or add the folder again where it is now and tick it.</source>
        <translation>그래도 스캔할까요? 계속 보호하려면 취소를 누른 뒤 드라이브를 연결하거나, 지금 있는 위치의 폴더를 다시 추가하고 체크하세요.</translation>
    </message>
    <message>
        <source>Scan anyway</source>
        <translation>그래도 스캔</translation>
    </message>
    <message>
        <source>The folder “%1” does not answer.</source>
        <translation>폴더 “%1”이(가) 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>The folder “%1” is not there now.</source>
        <translation>폴더 “%1”을(를) 지금 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The reference folder “%1” was not there: its pictures were not protected.</source>
        <translation>기준 폴더 “%1”이(가) 없었습니다. 그 사진은 보호되지 않았습니다.</translation>
    </message>
    <message>
        <source>The folder “%1” did not answer and was not scanned.</source>
        <translation>폴더 “%1”이(가) 응답하지 않아서 스캔하지 않았습니다.</translation>
    </message>
    <message>
        <source>The folder “%1” was not there and was not scanned.</source>
        <translation>폴더 “%1”이(가) 없어서 스캔하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>PairLoader</name>
    <message>
        <source>an unexpected error (the log has the details)</source>
        <translation>예기치 않은 오류(자세한 내용은 로그에 있음)</translation>
    </message>
</context>
<context>
    <name>QtDialogs</name>
    <message>
        <source>… and %1 more in the details</source>
        <translation>… 나머지 %1줄은 자세히 보기에 있음</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>This folder cannot be used</source>
        <translation>이 폴더는 사용할 수 없음</translation>
    </message>
    <message>
        <source>Lookalike cannot find the folder chosen under the name the folder dialog gives it (%1): its name may hold characters the dialog cannot pass on. Rename the folder, or choose another.</source>
        <translation>폴더 선택 대화 상자가 알려 준 이름(%1)으로는 선택한 폴더를 찾을 수 없습니다. 이름에 대화 상자가 전달할 수 없는 문자가 있을 수 있습니다. 폴더 이름을 바꾸거나 다른 폴더를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>could not be read: unexpected %1 (%2)</source>
        <translation>읽을 수 없음: 예기치 않은 %1(%2)</translation>
    </message>
    <message>
        <source>no longer a regular file (it was replaced during the scan)</source>
        <translation>더 이상 일반 파일이 아님(스캔 중에 다른 것으로 바뀜)</translation>
    </message>
    <message>
        <source>another file took its name during the scan (moved over it, or a link)</source>
        <translation>스캔 중에 다른 파일이 이 이름을 차지함(그 위로 옮겨졌거나 링크로 바뀜)</translation>
    </message>
    <message>
        <source>a folder above it was replaced during the scan (moved away, or a link put there)</source>
        <translation>스캔 중에 위쪽 폴더가 바뀜(다른 곳으로 옮겨졌거나 링크로 바뀜)</translation>
    </message>
    <message>
        <source>the file disappeared during the scan</source>
        <translation>스캔 중에 파일이 사라짐</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>파일을 읽을 권한이 없음</translation>
    </message>
    <message>
        <source>file cannot be read (%1)</source>
        <translation>파일을 읽을 수 없음(%1)</translation>
    </message>
    <message>
        <source>the picture reader stopped while reading it: the picture data may be damaged</source>
        <translation>읽는 도중 사진 읽기 과정이 멈춤: 사진 데이터가 손상되었을 수 있음</translation>
    </message>
    <message>
        <source>the file is no longer there (moved or deleted?)</source>
        <translation>파일이 더 이상 그 자리에 없음(옮겨졌거나 삭제되었나요?)</translation>
    </message>
    <message>
        <source>not a picture: the content is not an image format Lookalike can read</source>
        <translation>사진이 아님: Lookalike가 읽을 수 있는 이미지 형식이 아님</translation>
    </message>
    <message>
        <source>a RAW camera file, which this version of Lookalike cannot read: left out of the comparison (a JPEG the camera saved beside it is compared as usual)</source>
        <translation>이 버전의 Lookalike가 읽을 수 없는 RAW 카메라 파일: 비교에서 제외함(카메라가 옆에 함께 저장한 JPEG는 평소대로 비교함)</translation>
    </message>
    <message>
        <source>RAW photo without a readable preview (%1)</source>
        <translation>읽을 수 있는 미리보기가 없는 RAW 사진(%1)</translation>
    </message>
    <message>
        <source>RAW photo whose embedded preview is not a JPEG</source>
        <translation>내장된 미리보기가 JPEG가 아닌 RAW 사진</translation>
    </message>
    <message>
        <source>too large to open safely (possible decompression bomb)</source>
        <translation>안전하게 열기에는 너무 큼(압축 폭탄일 수 있음)</translation>
    </message>
    <message>
        <source>too large to open safely (%1 megapixels)</source>
        <translation>안전하게 열기에는 너무 큼(%1메가픽셀)</translation>
    </message>
    <message>
        <source>too large to open with the memory available</source>
        <translation>사용할 수 있는 메모리로 열기에는 너무 큼</translation>
    </message>
    <message>
        <source>too large to compare safely: decoding it would need about %1 of memory, more than the %2 one picture may use</source>
        <translation>안전하게 비교하기에는 너무 큼: 디코딩에 메모리가 약 %1 필요해 사진 한 장에 허용되는 %2보다 많음</translation>
    </message>
    <message>
        <source>too large to show safely: decoding it would need about %1 of memory, more than the %2 one picture may use</source>
        <translation>안전하게 표시하기에는 너무 큼: 디코딩에 메모리가 약 %1 필요해 사진 한 장에 허용되는 %2보다 많음</translation>
    </message>
    <message>
        <source>the picture data is damaged (a header is cut short)</source>
        <translation>사진 데이터가 손상됨(헤더가 중간에 잘림)</translation>
    </message>
    <message>
        <source>the file is truncated: part of the picture data is missing</source>
        <translation>파일이 중간에 잘림: 사진 데이터의 일부가 없음</translation>
    </message>
    <message>
        <source>the picture data is damaged (%1)</source>
        <translation>사진 데이터가 손상됨(%1)</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>폴더를 찾을 수 없음</translation>
    </message>
    <message>
        <source>folder cannot be read (%1)</source>
        <translation>폴더를 읽을 수 없음(%1)</translation>
    </message>
    <message>
        <source>neither a folder nor a picture</source>
        <translation>폴더도 사진도 아님</translation>
    </message>
    <message>
        <source>broken link: the file it points to is gone</source>
        <translation>끊어진 링크: 가리키는 파일이 없음</translation>
    </message>
    <message>
        <source>only in the cloud: not downloaded to scan it</source>
        <translation>클라우드에만 있음: 스캔하려고 내려받지 않음</translation>
    </message>
    <message>
        <source>a link to a file: not followed</source>
        <translation>파일을 가리키는 링크: 따라가지 않음</translation>
    </message>
    <message>
        <source>a link to a folder: not followed</source>
        <translation>폴더를 가리키는 링크: 따라가지 않음</translation>
    </message>
    <message>
        <source>a link to a file outside the scanned folders</source>
        <translation>스캔한 폴더 밖의 파일을 가리키는 링크</translation>
    </message>
    <message>
        <source>a link to a folder outside the scanned folders</source>
        <translation>스캔한 폴더 밖의 폴더를 가리키는 링크</translation>
    </message>
    <message>
        <source>a link to a place that did not answer (a drive not connected?): not followed</source>
        <translation>응답하지 않은 위치를 가리키는 링크(드라이브가 연결되지 않았나요?): 따라가지 않음</translation>
    </message>
    <message>
        <source>The folder %1 was not found, so its pictures are not in this result.</source>
        <translation>폴더 %1을(를) 찾을 수 없어 그 사진은 이 결과에 없습니다.</translation>
    </message>
    <message>
        <source>The reference folder %1 was not found, so no picture in this result is protected as being in it; if you renamed or moved it, add it again.</source>
        <translation>기준 폴더 %1을(를) 찾을 수 없어 이 결과에서 그 폴더에 있다는 이유로 보호되는 사진은 없습니다. 이름을 바꾸었거나 옮겼다면 다시 추가하세요.</translation>
    </message>
    <message>
        <source>The folder %1 is a link to a place that is gone, so its pictures are not in this result.</source>
        <translation>폴더 %1은(는) 없어진 위치를 가리키는 링크라서 그 사진은 이 결과에 없습니다.</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened (%2), so its pictures are not in this result.</source>
        <translation>폴더 %1을(를) 열 수 없어(%2) 그 사진은 이 결과에 없습니다.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a picture, so nothing from it is in this result.</source>
        <translation>%1은(는) 폴더도 사진도 아니어서 이 결과에 아무것도 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 did not answer (a network drive not connected, or asleep?), so nothing in it is in this result.</source>
        <translation>%1이(가) 응답하지 않아서(네트워크 드라이브가 연결되지 않았거나 절전 중인가요?) 그 안의 어떤 것도 이 결과에 없습니다.</translation>
    </message>
    <message>
        <source>This result is incomplete: the folder %1 was moved or removed during the scan, so its pictures are left out (%2 of the %3 files found); scan again.</source>
        <translation>이 결과는 완전하지 않습니다: 스캔 중에 폴더 %1이(가) 옮겨지거나 삭제되어 그 사진이 빠졌습니다(찾은 파일 %3개 중 %2개). 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>This result is incomplete: %1 of the %2 files found were moved or deleted before the scan could read them (%3 of them in %4); scan again.</source>
        <translation>이 결과는 완전하지 않습니다: 찾은 파일 %2개 중 %1개가 읽기 전에 옮겨지거나 삭제되었습니다(그중 %3개는 %4에 있었음). 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>The fingerprint cache in %1 cannot be used (%2); this scan runs without it, so the next one reads every file again.</source>
        <translation>%1의 지문 캐시를 사용할 수 없습니다(%2). 이번 스캔은 캐시 없이 진행하므로 다음 스캔에서 모든 파일을 다시 읽습니다.</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 was unreadable (%2); it has been rebuilt.</source>
        <translation>지문 캐시 %1을(를) 읽을 수 없어(%2) 새로 만들었습니다.</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 cannot be used (%2).</source>
        <translation>지문 캐시 %1을(를) 사용할 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 could not be read (%2).</source>
        <translation>지문 캐시 %1을(를) 읽을 수 없었습니다(%2).</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 no longer holds the thumbs of %2 scanned pictures; scan again.</source>
        <translation>지문 캐시 %1에 스캔한 사진 %2장의 미리보기 이미지가 더 이상 없습니다. 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>%1 pictures have no thumb and there is no cache</source>
        <translation>사진 %1장에 미리보기 이미지가 없고 캐시도 없음</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>폴더가 읽기 전용임</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 참</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>the copy you keep</source>
        <translation>보관할 사본</translation>
    </message>
    <message>
        <source>this file is also a copy marked KEEP (under this or another name)</source>
        <translation>이 파일은 ‘보관’으로 표시된 사본이기도 함(이 이름 또는 다른 이름으로)</translation>
    </message>
    <message>
        <source>it is in a reference folder, whose pictures are never removed</source>
        <translation>기준 폴더에 있음: 기준 폴더의 사진은 절대 제거하지 않음</translation>
    </message>
    <message>
        <source>no copy in its group is marked KEEP, so no copy would be left</source>
        <translation>그룹에 ‘보관’으로 표시된 사본이 없어 사본이 하나도 남지 않게 됨</translation>
    </message>
    <message>
        <source>%1 was saved without what identifies it (an older or edited result file): scan the folders again</source>
        <translation>%1이(가) 식별 정보 없이 저장됨(이전 버전이나 편집된 결과 파일): 폴더를 다시 스캔하세요</translation>
    </message>
    <message>
        <source>the reference folder %1 did not answer, so Lookalike cannot make sure that the file lies outside it</source>
        <translation>기준 폴더 “%1”이(가) 응답하지 않아 파일이 그 폴더 밖에 있는지 Lookalike가 확인할 수 없음</translation>
    </message>
    <message>
        <source>%1 is in the folder %2, which did not answer</source>
        <translation>%1이(가) 응답하지 않은 폴더 “%2” 안에 있음</translation>
    </message>
    <message>
        <source>it was already moved in this run</source>
        <translation>이번 실행에서 이미 옮김</translation>
    </message>
    <message>
        <source>it is already in the folder to move it to</source>
        <translation>이미 옮길 폴더에 들어 있습니다</translation>
    </message>
    <message>
        <source>%1 is not inside the scanned folders (a folder on its path may have been replaced by a link)</source>
        <translation>%1이(가) 스캔한 폴더 안에 없음(경로의 폴더가 링크로 바뀌었을 수 있음)</translation>
    </message>
    <message>
        <source>%1 is gone: it was moved or deleted after the scan</source>
        <translation>%1이(가) 없음: 스캔 후 옮겨졌거나 삭제됨</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1을(를) 읽을 수 없음(%2)</translation>
    </message>
    <message>
        <source>%1 was replaced by a link after the scan</source>
        <translation>스캔 후 %1이(가) 링크로 바뀜</translation>
    </message>
    <message>
        <source>%1 is no longer a regular file</source>
        <translation>%1이(가) 더 이상 일반 파일이 아님</translation>
    </message>
    <message>
        <source>%1 was replaced by another file after the scan</source>
        <translation>스캔 후 %1이(가) 다른 파일로 바뀜</translation>
    </message>
    <message>
        <source>%1 was changed after the scan</source>
        <translation>스캔 후 %1이(가) 변경됨</translation>
    </message>
    <message>
        <source>%1 was changed or replaced after the scan</source>
        <translation>스캔 후 %1이(가) 변경되었거나 다른 것으로 바뀜</translation>
    </message>
    <message>
        <source>the content of %1 was changed after the scan</source>
        <translation>스캔 후 %1의 내용이 변경됨</translation>
    </message>
    <message>
        <source>%1, so nothing in this group was removed</source>
        <translation>%1, 그래서 이 그룹에서는 아무것도 제거하지 않음</translation>
    </message>
    <message>
        <source>its bytes differ from the copy you keep</source>
        <translation>바이트가 보관할 사본과 다름</translation>
    </message>
    <message>
        <source>it is not an identical copy of the copy you keep</source>
        <translation>보관할 사본과 똑같은 사본이 아님</translation>
    </message>
    <message>
        <source>it could not be compared again (%1)</source>
        <translation>다시 비교할 수 없음(%1)</translation>
    </message>
    <message>
        <source>too plain a picture to tell a copy from a lookalike</source>
        <translation>너무 단순한 사진이라 사본인지 닮은 다른 사진인지 구별할 수 없음</translation>
    </message>
    <message>
        <source>not the same picture as the copy you keep, checked again just now</source>
        <translation>방금 다시 확인한 결과 보관할 사본과 같은 사진이 아님</translation>
    </message>
    <message>
        <source>not similar enough to the copy you keep, checked again just now</source>
        <translation>방금 다시 확인한 결과 보관할 사본과 충분히 비슷하지 않음</translation>
    </message>
    <message>
        <source>permission denied: you may not change this file or its folder</source>
        <translation>권한 거부: 이 파일이나 그 폴더를 변경할 권한이 없음</translation>
    </message>
    <message>
        <source>the system refused it (%1)</source>
        <translation>시스템이 거부함(%1)</translation>
    </message>
    <message>
        <source>the Trash refused it (%1)</source>
        <translation>휴지통이 거부함(%1)</translation>
    </message>
    <message>
        <source>the Trash cannot be used for this drive</source>
        <translation>이 드라이브에서는 휴지통을 사용할 수 없음</translation>
    </message>
    <message>
        <source>its name is too long for the Trash, which adds to it</source>
        <translation>이름이 너무 길어 휴지통에 넣을 수 없음(휴지통이 이름에 글자를 덧붙임)</translation>
    </message>
    <message>
        <source>the folder to move to is inside a reference folder: choose another</source>
        <translation>옮길 폴더가 기준 폴더 안에 있음: 다른 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>the folder to move to is inside a Trash, which emptying deletes for good: choose another</source>
        <translation>옮길 폴더가 휴지통 안에 있어 휴지통을 비우면 영구히 삭제됨: 다른 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>the folder to move to is not a folder (a file, or a link that leads nowhere): choose another</source>
        <translation>옮길 폴더가 폴더가 아님(파일이거나 아무 데도 가리키지 않는 링크): 다른 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>the folder to move to was moved or replaced while files were moved into it</source>
        <translation>파일을 옮기는 동안 옮길 폴더가 다른 곳으로 옮겨졌거나 바뀜</translation>
    </message>
    <message>
        <source>the folder to move to, %1, did not answer: try again once its drive answers</source>
        <translation>옮길 폴더 “%1”이(가) 응답하지 않음: 드라이브가 응답하면 다시 시도하세요</translation>
    </message>
    <message>
        <source>the drive of the folder to move to does not allow this file&apos;s name (USB sticks and Windows drives refuse characters such as : ? and *)</source>
        <translation>옮길 폴더가 있는 드라이브에서 이 파일의 이름을 쓸 수 없음(USB 메모리와 Windows 드라이브에서는 : ? * 같은 문자를 쓸 수 없음)</translation>
    </message>
    <message>
        <source>the drive of the folder to move to cannot give a file a name without the risk of replacing another file there: choose a folder on another drive</source>
        <translation>옮길 폴더의 드라이브는 다른 파일을 덮어쓸 위험 없이 파일에 이름을 붙일 수 없음. 다른 드라이브의 폴더를 고르세요</translation>
    </message>
    <message>
        <source>the copy did not match the original</source>
        <translation>사본이 원본과 일치하지 않음</translation>
    </message>
    <message>
        <source>the drive moved to cannot keep this file&apos;s extended attributes (its comments, tags or ratings): it was left where it was</source>
        <translation>옮길 드라이브가 이 파일의 확장 속성(설명, 태그, 별점)을 보관할 수 없습니다. 파일은 원래 자리에 두었습니다</translation>
    </message>
    <message>
        <source>the moved copy %1 is not there; the original was kept</source>
        <translation>옮긴 사본 %1이(가) 없음: 원본은 그대로 둠</translation>
    </message>
    <message>
        <source>another program put a file at %1 just as Lookalike removed that name, and then another file took the name again: that file was kept, whole, as %2</source>
        <translation>Lookalike가 그 이름을 지우려던 바로 그때 다른 프로그램이 %1에 파일을 두었고, 이어서 또 다른 파일이 그 이름을 가져갔습니다. 그 파일은 %2(으)로 온전히 보관했습니다</translation>
    </message>
    <message>
        <source>The action journal %1 could not be written (%2); the Trash still records where each file came from.</source>
        <translation>작업 기록 %1에 쓸 수 없었습니다(%2). 각 파일이 원래 어디에 있었는지는 휴지통에도 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>The reference folder %1 did not answer, so Lookalike could not make sure that the files to move lie outside it: none of them was moved. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>기준 폴더 “%1”이(가) 응답하지 않아 옮길 파일이 그 폴더 밖에 있는지 Lookalike가 확인할 수 없었습니다. 그래서 어떤 파일도 옮기지 않았습니다. 드라이브가 응답하면 다시 시도하세요(연결이 끊겼다면 다시 연결하세요).</translation>
    </message>
    <message>
        <source>The folder %1 did not answer, so nothing in it was looked at: its files to move, and those whose copies marked KEEP are all in it, were not moved. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>폴더 “%1”이(가) 응답하지 않아 그 안은 아무것도 살펴보지 않았습니다. 그 안의 옮길 파일과, ‘보관’으로 표시된 사본이 모두 그 안에 있는 파일은 옮기지 않았습니다. 드라이브가 응답하면 다시 시도하세요(연결이 끊겼다면 다시 연결하세요).</translation>
    </message>
    <message>
        <source>the drive did not answer (%1 is in the folder %2): left where it is; try again once it answers</source>
        <translation>드라이브가 응답하지 않았습니다(%1이(가) 폴더 “%2” 안에 있음). 그대로 두었습니다. 드라이브가 응답하면 다시 시도하세요</translation>
    </message>
    <message>
        <source>the Trash %1 did not answer: left where it is; try again once it answers</source>
        <translation>휴지통 “%1”이(가) 응답하지 않았습니다. 그대로 두었습니다. 응답하면 다시 시도하세요</translation>
    </message>
    <message>
        <source>the drive stopped answering while the file was being moved to the Trash: it may be in the Trash now, or still where it was (Undo puts it back if it went)</source>
        <translation>파일을 휴지통으로 옮기는 동안 드라이브가 응답하지 않게 되었습니다. 파일은 지금 휴지통에 있을 수도 있고, 원래 위치에 그대로 있을 수도 있습니다(옮겨졌다면 실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>the drive stopped answering while the file was being moved to %1: it may be there now, or still where it was (Undo puts it back if it went)</source>
        <translation>파일을 “%1”(으)로 옮기는 동안 드라이브가 응답하지 않게 되었습니다. 파일은 지금 그곳에 있을 수도 있고, 원래 위치에 그대로 있을 수도 있습니다(옮겨졌다면 실행 취소로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>The folder %1 stopped answering during the run, so its files not yet moved, and those whose copies marked KEEP are all in it, were left where they are. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>폴더 “%1”이(가) 작업 도중에 응답하지 않게 되어, 그 안의 아직 옮기지 않은 파일과 “유지”로 표시한 사본이 모두 그 안에 있는 파일은 그대로 두었습니다. 드라이브가 응답하면 다시 시도하세요(연결이 끊겼다면 다시 연결하세요).</translation>
    </message>
    <message>
        <source>The Trash %1 did not answer, so the files not yet moved to it were left where they are. Try again once it answers.</source>
        <translation>휴지통 “%1”이(가) 응답하지 않아, 아직 휴지통으로 옮기지 않은 파일은 그대로 두었습니다. 응답하면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>not moved: the action journal, which records where it came from, could not be written</source>
        <translation>옮기지 않음: 원래 위치를 기록하는 작업 기록에 쓸 수 없었음</translation>
    </message>
    <message>
        <source>the file is on %1, which has no Recycle Bin: Windows would delete it for good</source>
        <translation>파일이 %1에 있어 휴지통이 없음: Windows가 파일을 영구히 삭제하게 됨</translation>
    </message>
    <message>
        <source>the file is on a drive letter made with SUBST, which has no Recycle Bin</source>
        <translation>파일이 SUBST로 만든 드라이브 문자에 있어 휴지통이 없음</translation>
    </message>
    <message>
        <source>the file&apos;s drive has no working Recycle Bin: Windows would delete it for good</source>
        <translation>파일이 있는 드라이브에 제대로 작동하는 휴지통이 없음: Windows가 파일을 영구히 삭제하게 됨</translation>
    </message>
    <message>
        <source>the Recycle Bin is set to delete files at once on this drive, not to keep them</source>
        <translation>이 드라이브의 휴지통이 파일을 보관하지 않고 바로 삭제하도록 설정됨</translation>
    </message>
    <message>
        <source>Windows cannot tell which drive the file is on (%1)</source>
        <translation>Windows가 파일이 어느 드라이브에 있는지 알 수 없음(%1)</translation>
    </message>
    <message>
        <source>a drive of a kind Windows does not know</source>
        <translation>Windows가 알지 못하는 종류의 드라이브</translation>
    </message>
    <message>
        <source>a drive Windows cannot find</source>
        <translation>Windows가 찾을 수 없는 드라이브</translation>
    </message>
    <message>
        <source>a removable drive (a USB stick or a memory card)</source>
        <translation>이동식 드라이브(USB 메모리나 메모리 카드)</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>네트워크 드라이브</translation>
    </message>
    <message>
        <source>a CD or DVD</source>
        <translation>CD나 DVD</translation>
    </message>
    <message>
        <source>a RAM disk</source>
        <translation>RAM 디스크</translation>
    </message>
    <message>
        <source>the file is on a disk without a Trash (a network share, or a disk macOS keeps no Trash on)</source>
        <translation>파일이 휴지통이 없는 디스크에 있음(네트워크 공유이거나 macOS가 휴지통을 두지 않는 디스크)</translation>
    </message>
    <message>
        <source>macOS cannot tell whether the file&apos;s disk has a Trash (%1)</source>
        <translation>macOS가 파일이 있는 디스크에 휴지통이 있는지 알 수 없음(%1)</translation>
    </message>
    <message>
        <source>the Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>the Recycle Bin</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>put it back from the Trash in Finder</source>
        <translation>Finder에서 휴지통의 파일을 되돌려 놓으세요</translation>
    </message>
    <message>
        <source>a file now exists at %1; it was not replaced</source>
        <translation>지금 %1에 파일이 있음: 그 파일을 덮어쓰지 않음</translation>
    </message>
    <message>
        <source>the journal does not say where it was moved</source>
        <translation>작업 기록에 어디로 옮겼는지 나와 있지 않음</translation>
    </message>
    <message>
        <source>it is no longer at %1</source>
        <translation>더 이상 %1에 없음</translation>
    </message>
    <message>
        <source>the file at %1 changed since it was moved there</source>
        <translation>%1의 파일이 그곳으로 옮겨진 뒤 변경됨</translation>
    </message>
    <message>
        <source>the file at %1 cannot be read (%2)</source>
        <translation>%1의 파일을 읽을 수 없음(%2)</translation>
    </message>
    <message>
        <source>it is no longer in %1 (it may have been emptied or put back already)</source>
        <translation>더 이상 %1에 없음(비웠거나 이미 되돌려 놓았을 수 있음)</translation>
    </message>
    <message>
        <source>the copy in %1 is not the file that was moved there</source>
        <translation>%1에 있는 사본이 그곳으로 옮긴 파일이 아님</translation>
    </message>
    <message>
        <source>the file put back at %1 is not there; the copy at %2 was kept</source>
        <translation>%1에 되돌려 놓은 파일이 없음: %2의 사본은 그대로 둠</translation>
    </message>
    <message>
        <source>its drive cannot give it its name back without the risk of replacing another file; it was left at %1, to put back by hand</source>
        <translation>해당 드라이브는 다른 파일을 덮어쓸 위험 없이 원래 이름으로 되돌릴 수 없음. %1에 남겨 두었으니 직접 되돌리세요</translation>
    </message>
    <message>
        <source>the run that moved it is still waiting for a drive that stopped answering (a file may still be going): nothing is put back yet; undo again once that drive answers</source>
        <translation>이 파일을 옮긴 작업이 응답을 멈춘 드라이브를 아직 기다리고 있습니다 (파일이 아직 옮겨지는 중일 수 있음). 아직 아무것도 되돌리지 않았습니다. 그 드라이브가 응답하면 다시 실행 취소하세요</translation>
    </message>
    <message>
        <source>the drive did not answer at %1 (a network drive not connected, or asleep?): the file stays where it is; undo again once it answers</source>
        <translation>%1의 드라이브가 응답하지 않음(네트워크 드라이브가 연결되지 않았거나 절전 중인가요?): 파일은 지금 있는 곳에 그대로 둠. 드라이브가 응답하면 다시 되돌리세요</translation>
    </message>
    <message>
        <source>%1 is not on the drive the file was on (that drive unplugged, or mounted elsewhere?): the file stays where it is; undo again once that drive is back</source>
        <translation>%1은(는) 파일이 있던 드라이브에 있지 않음(그 드라이브를 뽑았거나 다른 곳에 연결했나요?): 파일은 지금 있는 곳에 그대로 둠. 그 드라이브가 다시 연결되면 다시 되돌리세요</translation>
    </message>
    <message>
        <source>its folder %1 is gone, and the journal does not say which drive it was on: the file stays where it is</source>
        <translation>원래 폴더 %1이(가) 없어졌고, 그 폴더가 어느 드라이브에 있었는지 작업 기록에 나와 있지 않음: 파일은 지금 있는 곳에 그대로 둠</translation>
    </message>
    <message>
        <source>The action journal %1 could not be written (%2).</source>
        <translation>작업 기록 %1에 쓸 수 없었습니다(%2).</translation>
    </message>
    <message>
        <source>macOS does not let Lookalike take files back out of the Trash. In Finder, open the Trash, select these files and choose File ▸ Put Back:</source>
        <translation>macOS에서는 Lookalike가 휴지통에서 파일을 꺼낼 수 없습니다. Finder에서 휴지통을 열고 다음 파일을 선택한 다음 파일 ▸ 되돌려 놓기를 선택하세요:</translation>
    </message>
    <message>
        <source>  %1   (was in %2)</source>
        <translation>  %1   (원래 위치: %2)</translation>
    </message>
    <message>
        <source>this is not a Lookalike result or review file (it is not valid JSON)</source>
        <translation>Lookalike 결과 파일이나 검토 파일이 아님(올바른 JSON이 아님)</translation>
    </message>
    <message>
        <source>this is not a Lookalike result or review file</source>
        <translation>Lookalike 결과 파일이나 검토 파일이 아님</translation>
    </message>
    <message>
        <source>this file has no valid version number</source>
        <translation>이 파일에 올바른 버전 번호가 없음</translation>
    </message>
    <message>
        <source>this file was saved by a newer version of Lookalike</source>
        <translation>이 파일은 더 새로운 버전의 Lookalike로 저장됨</translation>
    </message>
    <message>
        <source>this file is too large to be a Lookalike result or review file (%1, at most %2)</source>
        <translation>Lookalike 결과 파일이나 검토 파일이라기에는 너무 큼 (%1, 최대 %2)</translation>
    </message>
    <message>
        <source>this review file was saved by an earlier version of Lookalike, which recognised files differently; scan the folders again</source>
        <translation>이 검토 파일은 파일을 다르게 식별하던 이전 버전의 Lookalike로 저장됨: 폴더를 다시 스캔하세요</translation>
    </message>
    <message>
        <source>this file is damaged (%1: %2)</source>
        <translation>이 파일은 손상됨(%1: %2)</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>해당 파일이나 폴더가 없음</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>권한이 거부됨</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>허용되지 않은 작업</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>폴더임</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>폴더가 아님</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>심볼릭 링크 단계가 너무 많음</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>입출력 오류</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>디스크에 남은 공간이 없음</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>읽기 전용 파일 시스템</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>파일 이름이 너무 김</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>장치나 리소스가 사용 중임</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>열린 파일이 너무 많음</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>파일이 이미 있음</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>잘못된 인수</translation>
    </message>
</context>
<context>
    <name>Regrouping</name>
    <message>
        <source>Sensitivity “%1”</source>
        <translation>민감도 “%1”</translation>
    </message>
    <message>
        <source>Grouping again…</source>
        <translation>다시 묶는 중…</translation>
    </message>
    <message>
        <source>Grouping again… %1 %</source>
        <translation>다시 묶는 중… %1%</translation>
    </message>
    <message>
        <source>Grouping again failed</source>
        <translation>다시 묶기 실패</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while grouping.</source>
        <translation>그룹으로 묶는 중에 Lookalike에 버그가 발생했습니다.</translation>
    </message>
    <message>
        <source>Cannot group again</source>
        <translation>다시 묶을 수 없습니다</translation>
    </message>
    <message>
        <source>These pictures cannot be grouped again without reading them: their fingerprints are no longer in the cache. Scan the folders again to use another sensitivity.</source>
        <translation>이 사진들은 다시 읽지 않고는 다시 묶을 수 없습니다. 지문 정보가 더 이상 캐시에 없습니다. 다른 민감도를 쓰려면 폴더를 다시 스캔하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n “not duplicates” decision(s)</source>
        <translation>
            <numerusform>‘중복 아님’ 결정 %n개를 잊음</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. The next scan may group those pictures again.</source>
        <translation>%1. 다음 스캔에서 그 사진들이 다시 한 그룹이 될 수 있습니다.</translation>
    </message>
    <message>
        <source>Preferred folder</source>
        <translation>우선 폴더</translation>
    </message>
    <message>
        <source>Apply the new rules?</source>
        <translation>새 규칙을 적용할까요?</translation>
    </message>
    <message numerus="yes">
        <source>You changed KEEP/DELETE by hand in %n group(s). Applying the rules marks every group by the rules again.</source>
        <translation>
            <numerusform>그룹 %n개에서 ‘보관’/‘삭제’를 직접 바꿨습니다. 규칙을 적용하면 모든 그룹이 규칙에 따라 다시 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you cancel, the current marks stay; the rules are still used by your next scan.</source>
        <translation>취소하면 현재 표시는 그대로 두고, 규칙은 다음 스캔부터 쓰입니다.</translation>
    </message>
    <message>
        <source>Apply the rules</source>
        <translation>규칙 적용</translation>
    </message>
</context>
<context>
    <name>ResultFiles</name>
    <message>
        <source>Save review</source>
        <translation>검토 저장</translation>
    </message>
    <message>
        <source>Lookalike review (*.json)</source>
        <translation>Lookalike 검토 (*.json)</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>검토 열기</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>검토를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>결과를 JSON으로 내보내기</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>결과를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>그런 폴더가 없습니다</translation>
    </message>
    <message>
        <source>its folder does not answer (a drive that stopped answering?); choose another place</source>
        <translation>저장할 폴더가 응답하지 않습니다 (드라이브가 응답을 멈췄을 수 있음). 다른 위치를 고르세요</translation>
    </message>
    <message>
        <source>something other than a file has that name (a link, a folder); choose another name</source>
        <translation>그 이름은 파일이 아닌 것(링크, 폴더)입니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>a file of that name is inside a scanned folder and might be one of your pictures; choose another name or place</source>
        <translation>그 이름의 파일은 스캔한 폴더 안에 있어 사진일 수 있습니다. 다른 이름이나 위치를 고르세요</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 저장하는 중…</translation>
    </message>
    <message>
        <source>a file of that name is there, and a scanned folder does not answer, so it might be one of your pictures; choose another name or place</source>
        <translation>그 이름의 파일이 있고 스캔한 폴더가 응답하지 않아 사진일 수 있습니다. 다른 이름이나 위치를 고르세요</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>New scan…</source>
        <translation>새 스캔…</translation>
    </message>
    <message>
        <source>Sensitivity:  strict</source>
        <translation>민감도:  엄격</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>느슨</translation>
    </message>
    <message>
        <source>Which copy to keep…</source>
        <translation>보관할 사본 정하기…</translation>
    </message>
    <message>
        <source>“Not duplicates” list…</source>
        <translation>‘중복 아님’ 목록…</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>중복 그룹</translation>
    </message>
    <message>
        <source>Next not reviewed  (U)</source>
        <translation>검토 안 한 다음 그룹  (U)</translation>
    </message>
    <message>
        <source>Compare side by side  (Enter)</source>
        <translation>나란히 비교  (Enter)</translation>
    </message>
    <message>
        <source>Not a duplicate  (N)</source>
        <translation>중복 아님  (N)</translation>
    </message>
    <message>
        <source>None of these are duplicates</source>
        <translation>모두 중복 아님</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>그룹 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln group(s) shown</source>
        <translation>
            <numerusform>그룹 %Ln개 중 %1개 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 reviewed</source>
        <translation>%1 · %2개 검토함</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected group(s)</source>
        <translation>
            <numerusform>선택한 그룹 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n group(s)</source>
        <translation>
            <numerusform>그룹 %n개 전체</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n group(s) the list shows (filtered)</source>
        <translation>
            <numerusform>목록에 보이는 그룹 %n개(필터 적용)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>사진 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found among %1.</source>
        <translation>%1 중에서 중복을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 of duplicates among %2: %3. The best copy in each group is marked KEEP; check the others before you move them.</source>
        <translation>%2 중 중복: %1, %3. 각 그룹에서 가장 좋은 사본은 ‘보관’으로 표시되어 있습니다. 나머지는 옮기기 전에 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln extra copy(s)</source>
        <translation>
            <numerusform>여분 사본 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested to keep: %1</source>
        <translation>보관 추천: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every copy you keep (%1) changed or went away since the scan, so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>보관할 사본(%1)이 모두 스캔 후 바뀌었거나 없어졌습니다. 그래서 여기에서 ‘삭제’로 표시한 사본 %n개는 옮기지 않습니다. 옮기려면 다른 사본을 ‘보관’으로 표시하거나 다시 스캔하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after reading {read} of the {files} pictures found: this is a partial result. These groups come only from the pictures read so far; the others were not compared. Scan again to compare them all.</source>
        <translation>찾은 사진 {files}장 중 {read}장을 읽은 뒤 중지했습니다. 일부만 반영된 결과입니다. 이 그룹들은 지금까지 읽은 사진에서만 나왔고, 나머지 사진은 비교하지 않았습니다. 모두 비교하려면 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>Stopped while comparing the pictures: this is a partial result, and some groups may be missing. Scan again to compare them all.</source>
        <translation>사진을 비교하는 중에 중지했습니다. 일부만 반영된 결과라서 빠진 그룹이 있을 수 있습니다. 모두 비교하려면 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>사진 1장</translation>
    </message>
    <message>
        <source>{count} pictures</source>
        <translation>사진 {count}장</translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>폴더 1개</translation>
    </message>
    <message>
        <source>{count} folders</source>
        <translation>폴더 {count}개</translation>
    </message>
    <message>
        <source>Left out by your patterns (Options… on the start page): {what}.</source>
        <translation>설정한 패턴으로 제외됨(시작 화면의 “옵션…”): {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>Pictures in the group</source>
        <translation>그룹의 사진</translation>
    </message>
    <message>
        <source>No pictures were found in the folders scanned.</source>
        <translation>스캔한 폴더에서 사진을 찾지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Left out on purpose: %n item(s) (links to other places, files only in the cloud); they are listed with the files that could not be read.</source>
        <translation>
            <numerusform>일부러 제외함: 항목 %n개(다른 곳을 가리키는 링크, 클라우드에만 있는 파일). 읽을 수 없는 파일과 함께 나열됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared</source>
        <translation>
            <numerusform>사라진 파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read…</source>
        <translation>
            <numerusform>읽을 수 없는 파일 %n개…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out…</source>
        <translation>
            <numerusform>제외한 항목 %n개…</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out on purpose:</source>
        <translation>일부러 제외함:</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>읽을 수 없는 파일</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out of the comparison.</source>
        <translation>
            <numerusform>파일 %n개를 읽을 수 없어 비교에서 제외했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read, %1…</source>
        <translation>
            <numerusform>읽을 수 없는 파일 %n개, %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the scan…</source>
        <translation>
            <numerusform>스캔 중에 사라진 파일 %n개…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>읽을 수 없음:</translation>
    </message>
    <message>
        <source>Disappeared during the scan:</source>
        <translation>스캔 중에 사라짐:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the scan (moved or deleted after Lookalike found them) and were not compared.</source>
        <translation>
            <numerusform>파일 %n개가 스캔 중에 사라져(Lookalike가 찾은 뒤 옮겨졌거나 삭제됨) 비교하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were left out on purpose.</source>
        <translation>
            <numerusform>항목 %n개를 일부러 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that disappeared during the scan</source>
        <translation>스캔 중에 사라진 파일</translation>
    </message>
    <message>
        <source>Files left out of the comparison</source>
        <translation>비교에서 제외한 파일</translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation>일부러 제외함</translation>
    </message>
    <message>
        <source>All done: every duplicate group has been dealt with.</source>
        <translation>모두 끝났습니다. 모든 중복 그룹을 처리했습니다.</translation>
    </message>
    <message>
        <source>No pictures here: the folders you chose hold none Lookalike can read.</source>
        <translation>사진 없음: 고른 폴더에 Lookalike가 읽을 수 있는 사진이 없습니다.</translation>
    </message>
    <message>
        <source>No duplicates found: none of these pictures has a copy in the folders you chose.</source>
        <translation>중복을 찾지 못했습니다. 선택한 폴더에는 이 사진들의 사본이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>검토할 것이 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%2개 중 %1개 표시</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>그룹 %1 / %2</translation>
    </message>
    <message>
        <source>No copy kept: every copy is marked DELETE</source>
        <translation>보관할 사본 없음: 모든 사본이 ‘삭제’로 표시됨</translation>
    </message>
    <message numerus="yes">
        <source>The copy you keep, %1, is no longer there (moved or deleted since the scan), so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>보관할 사본 %1이(가) 더 이상 없습니다(스캔 후 옮겨지거나 삭제됨). 그래서 여기에서 ‘삭제’로 표시한 사본 %n개는 옮기지 않습니다. 옮기려면 다른 사본을 ‘보관’으로 표시하거나 다시 스캔하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy you keep, %1, changed since the scan, so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>보관할 사본 %1이(가) 스캔 후 바뀌었습니다. 그래서 여기에서 ‘삭제’로 표시한 사본 %n개는 옮기지 않습니다. 옮기려면 다른 사본을 ‘보관’으로 표시하거나 다시 스캔하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) (%1) to Trash…</source>
        <translation>
            <numerusform>파일 %Ln개(%1)를 휴지통으로 옮기기…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move</source>
        <translation>옮길 파일 없음</translation>
    </message>
    <message>
        <source>Nothing marked DELETE</source>
        <translation>‘삭제’로 표시한 파일 없음</translation>
    </message>
    <message>
        <source>Move to group these pictures again, stricter or looser; only new pairs are read again.</source>
        <translation>움직이면 이 사진들을 더 엄격하게 또는 더 느슨하게 다시 묶습니다. 새로 생긴 쌍만 다시 읽습니다.</translation>
    </message>
    <message>
        <source>Exact copies only</source>
        <translation>똑같은 사본만</translation>
    </message>
    <message>
        <source>This scan looked for exact copies only. Choose “Also similar pictures” and scan again.</source>
        <translation>이 스캔은 똑같은 사본만 찾았습니다. “비슷한 사진도”를 선택하고 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>A reopened review cannot be grouped again: scan the folders again to change this.</source>
        <translation>다시 연 검토는 다시 묶을 수 없습니다. 바꾸려면 폴더를 다시 스캔하세요.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>경로 복사</translation>
    </message>
    <message>
        <source>Mark DELETE</source>
        <translation>‘삭제’로 표시</translation>
    </message>
    <message>
        <source>Mark KEEP</source>
        <translation>‘보관’으로 표시</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>mark “%1” %2</source>
        <translation>“%1”을(를) %2(으)로 표시</translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) DELETE and KEEP</source>
        <translation>
            <numerusform>파일 %n개를 ‘삭제’와 ‘보관’으로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) %1</source>
        <translation>
            <numerusform>파일 %n개를 %1(으)로 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>untick “reviewed”</source>
        <translation>‘검토함’ 체크 해제</translation>
    </message>
    <message>
        <source>tick “reviewed”</source>
        <translation>‘검토함’ 체크</translation>
    </message>
    <message>
        <source>This is the group&apos;s reference</source>
        <translation>그룹의 기준 사진입니다</translation>
    </message>
    <message>
        <source>“%1” is the picture the others were compared with. Choose the pictures that are not duplicates of it, one at a time, or “None of these are duplicates” for the whole group.</source>
        <translation>“%1”은(는) 다른 사진들을 비교한 기준 사진입니다. 이 사진의 중복이 아닌 사진을 하나씩 고르거나, 그룹 전체라면 “모두 중복 아님”을 고르세요.</translation>
    </message>
    <message numerus="yes">
        <source>Taken out of the group: %1. Lookalike will keep them apart from those pictures in later scans.</source>
        <translation>
            <numerusform>그룹에서 뺐습니다: %1. 이후 스캔에서 Lookalike는 이 사진을 그 사진들과 따로 둡니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group had no other duplicates left, so it is gone.</source>
        <translation>그룹에 다른 중복이 남지 않아 그룹이 없어졌습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n copies</source>
        <translation>
            <numerusform>%1 및 사본 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>not a duplicate: %1</source>
        <translation>중복 아님: %1</translation>
    </message>
    <message>
        <source>Lookalike cannot remember that these pictures are not duplicates: its list of “not duplicates” cannot be changed, because %1. Nothing was changed: the pictures stay where they were.</source>
        <translation>Lookalike가 이 사진들이 중복 아님을 기억할 수 없습니다. ‘중복 아님’ 목록을 바꿀 수 없습니다(%1). 아무것도 바뀌지 않았습니다. 사진은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Not undone: %1. Undoing it means forgetting that decision, but the list of “not duplicates” cannot be changed, because %2. The pictures stay apart, here and in later scans; Edit ▸ Undo still offers it.</source>
        <translation>실행 취소하지 않음: %1. 실행 취소하려면 그 결정을 잊어야 하지만 ‘중복 아님’ 목록을 바꿀 수 없습니다(%2). 사진은 여기서도 이후 스캔에서도 따로 있습니다. 편집 ▸ 실행 취소로 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not done again: %1. Doing it again means remembering that decision, but the list of “not duplicates” cannot be changed, because %2. Edit ▸ Redo still offers it.</source>
        <translation>다시 실행하지 않음: %1. 다시 실행하려면 그 결정을 기억해야 하지만 ‘중복 아님’ 목록을 바꿀 수 없습니다(%2). 편집 ▸ 다시 실행으로 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>But Lookalike&apos;s data folder cannot keep decisions (see the log), so this one lasts only until Lookalike closes.</source>
        <translation>하지만 Lookalike의 데이터 폴더에 결정을 보관할 수 없어(로그 참조), 이 결정은 Lookalike를 닫을 때까지만 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Group removed: its %n pictures are not duplicates. Lookalike will keep them apart in later scans.</source>
        <translation>
            <numerusform>그룹을 제거했습니다: 사진 %n장은 중복이 아닙니다. 이후 스캔에서 Lookalike는 이 사진들을 따로 둡니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group split: its pictures are not duplicates of one another, and Lookalike will keep them apart in later scans. Copies with the same bytes stay grouped: %n group(s) of exact copies.</source>
        <translation>
            <numerusform>그룹을 나눴습니다: 이 사진들은 서로 중복이 아니며, 이후 스캔에서도 따로 다룹니다. 바이트가 같은 사본은 그대로 묶여 있습니다: 완전히 같은 사본 그룹 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none are duplicates: %n picture(s)</source>
        <translation>
            <numerusform>모두 중복 아님: 사진 %n장</numerusform>
        </translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, 그다음 </translation>
    </message>
    <message>
        <source>name order</source>
        <translation>이름 순서</translation>
    </message>
    <message>
        <source>Marked KEEP by the rules: %1.</source>
        <translation>규칙에 따라 ‘보관’으로 표시했습니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: grouped again without reading the files (%n group(s) before, %2 now).</source>
        <translation>
            <numerusform>%1: 파일을 다시 읽지 않고 다시 묶었습니다(이전 그룹 %n개, 지금 %2개).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own KEEP/DELETE choices stay on %n picture(s).</source>
        <translation>
            <numerusform>직접 고른 ‘보관’/‘삭제’는 사진 %n장에 그대로 남습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) would have had no copy marked KEEP, so they show the suggestion again.</source>
        <translation>
            <numerusform>그룹 %n개는 ‘보관’ 사본이 하나도 없게 되어 추천 표시로 되돌렸습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>다시 실행함: %1.</translation>
    </message>
    <message>
        <source>Undone: %1. Lookalike forgot that decision.</source>
        <translation>실행 취소함: %1. Lookalike가 그 결정을 잊었습니다.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Keep the copy with the most pixels.</source>
        <translation>픽셀이 가장 많은 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>Keep the biggest file (usually the least compressed).</source>
        <translation>가장 큰 파일(보통 압축이 가장 적은 파일)을 보관합니다.</translation>
    </message>
    <message>
        <source>Keep the copy taken (or, without a camera date, saved) first.</source>
        <translation>가장 먼저 촬영한(카메라 날짜가 없으면 저장한) 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>Keep the copy taken (or, without a camera date, saved) last.</source>
        <translation>가장 나중에 촬영한(카메라 날짜가 없으면 저장한) 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>Keep a copy that is inside this folder.</source>
        <translation>이 폴더 안에 있는 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>Keep a copy in this file format.</source>
        <translation>이 파일 형식의 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>Keep a copy whose EXIF records when the photo was taken.</source>
        <translation>촬영 시각이 EXIF에 기록된 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>Keep the copy that holds more than the other: all the frames of an animation or pages of a document, transparency, colour where the other copy is gray.</source>
        <translation>다른 사본보다 더 많이 담은 사본을 보관합니다: 애니메이션의 모든 프레임이나 문서의 모든 페이지, 투명도, 다른 사본이 회색조일 때의 색.</translation>
    </message>
    <message>
        <source>Keep a copy that still has the camera&apos;s EXIF (camera model or date taken).</source>
        <translation>카메라의 EXIF(카메라 모델이나 촬영 날짜)가 남아 있는 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>Among photos from a camera, keep the format the camera wrote (RAW, then HEIC, then JPEG) rather than a copy saved again as PNG, WebP, BMP and the like.</source>
        <translation>카메라로 찍은 사진이라면 PNG, WebP, BMP 등으로 다시 저장한 사본보다 카메라가 기록한 형식(RAW, 그다음 HEIC, 그다음 JPEG)을 보관합니다.</translation>
    </message>
    <message>
        <source>Keep a copy whose name is not marked as a copy: “(1)”, “ - Copy”, “copy”, “Copy of”, “복사본”, “副本”, “のコピー”, or “_1” beside the same name without it.</source>
        <translation>이름에 사본 표식이 없는 사본을 보관합니다: “(1)”, “ - Copy”, “copy”, “Copy of”, “복사본”, “副本”, “のコピー”, 또는 그것이 없는 같은 이름이 따로 있을 때의 “_1”.</translation>
    </message>
    <message>
        <source>Keep a copy that is not inside a Backup, Export or Download(s) folder.</source>
        <translation>Backup, Export, Download(s) 폴더 안에 있지 않은 사본을 보관합니다.</translation>
    </message>
    <message>
        <source>First:  %1</source>
        <translation>먼저:  %1</translation>
    </message>
    <message>
        <source>Then:  %1</source>
        <translation>그다음:  %1</translation>
    </message>
    <message>
        <source>Which copy to keep</source>
        <translation>보관할 사본 정하기</translation>
    </message>
    <message>
        <source>In every group, Lookalike suggests keeping the copy these rules prefer. The first rule decides; each next one only settles ties left by the rules above it.</source>
        <translation>각 그룹에서 Lookalike는 이 규칙들이 선호하는 사본을 보관하도록 추천합니다. 첫 규칙이 결정하고, 다음 규칙은 위의 규칙들로 가려지지 않은 경우에만 쓰입니다.</translation>
    </message>
    <message>
        <source>Copies in reference folders are always kept.</source>
        <translation>기준 폴더의 사본은 항상 보관됩니다.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation>추천 설정으로 되돌리기</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, 그다음 </translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>선택한 규칙</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Preferred folder</source>
        <translation>우선 폴더</translation>
    </message>
    <message>
        <source>Add a rule after rule %1:</source>
        <translation>규칙 %1 다음에 규칙 추가:</translation>
    </message>
    <message>
        <source>Add a rule at the end:</source>
        <translation>맨 끝에 규칙 추가:</translation>
    </message>
    <message>
        <source>No rules: equal copies are kept by name order.</source>
        <translation>규칙 없음: 같은 사본은 이름 순서로 보관합니다.</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(선택 안 함)</translation>
    </message>
</context>
<context>
    <name>ScanOptions</name>
    <message>
        <source>leaving out {patterns}</source>
        <translation>{patterns} 제외</translation>
    </message>
    <message>
        <source>skipping files under {size} kB</source>
        <translation>{size} kB 미만 파일 건너뜀</translation>
    </message>
    <message>
        <source>hidden files included</source>
        <translation>숨김 파일 포함</translation>
    </message>
    <message>
        <source>not looking in subfolders</source>
        <translation>하위 폴더는 찾지 않음</translation>
    </message>
    <message>
        <source>following links</source>
        <translation>링크를 따라감</translation>
    </message>
</context>
<context>
    <name>ScanOptionsDialog</name>
    <message>
        <source>Scan options</source>
        <translation>스캔 옵션</translation>
    </message>
    <message>
        <source>Leave out these files and folders</source>
        <translation>다음 파일과 폴더 제외</translation>
    </message>
    <message>
        <source>*.tmp
Thumbs/
**/cache/**</source>
        <translation>*.tmp
Thumbs/
**/cache/**</translation>
    </message>
    <message>
        <source>One pattern a line; capital letters do not matter. &lt;b&gt;*&lt;/b&gt; stands for any letters, &lt;b&gt;?&lt;/b&gt; for one.&lt;br&gt;&lt;b&gt;*.tmp&lt;/b&gt;: every file whose name ends in .tmp, in every folder.&lt;br&gt;&lt;b&gt;Thumbs/&lt;/b&gt;: every folder named Thumbs (a pattern ending in / matches folders only).&lt;br&gt;&lt;b&gt;2019/drafts&lt;/b&gt;: the folder drafts in 2019, counted from the folder you scan.&lt;br&gt;&lt;b&gt;**/cache/**&lt;/b&gt;: every folder named cache, however deep (&lt;b&gt;**&lt;/b&gt; is any number of folders).</source>
        <translation>한 줄에 패턴 하나씩 쓰며, 대소문자는 구분하지 않습니다. &lt;b&gt;*&lt;/b&gt;는 개수와 상관없이 아무 글자, &lt;b&gt;?&lt;/b&gt;는 아무 글자 하나를 뜻합니다.&lt;br&gt;&lt;b&gt;*.tmp&lt;/b&gt;: 모든 폴더에서 이름이 .tmp로 끝나는 모든 파일.&lt;br&gt;&lt;b&gt;Thumbs/&lt;/b&gt;: 이름이 Thumbs인 모든 폴더(/로 끝나는 패턴은 폴더에만 맞습니다).&lt;br&gt;&lt;b&gt;2019/drafts&lt;/b&gt;: 스캔하는 폴더 안의 2019 폴더에 있는 drafts 폴더.&lt;br&gt;&lt;b&gt;**/cache/**&lt;/b&gt;: 깊이와 상관없이 이름이 cache인 모든 폴더(&lt;b&gt;**&lt;/b&gt;는 폴더 몇 단계든 뜻합니다).</translation>
    </message>
    <message>
        <source>Skip files smaller than</source>
        <translation>다음보다 작은 파일 건너뛰기:</translation>
    </message>
    <message>
        <source> kB</source>
        <translation> kB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Tiny files are often icons and thumbnails. 0: no limit.</source>
        <translation>아주 작은 파일은 대개 아이콘이나 미리보기 이미지입니다. 0: 제한 없음.</translation>
    </message>
    <message>
        <source>Also look in the subfolders of the folders listed</source>
        <translation>목록에 있는 폴더의 하위 폴더도 찾기</translation>
    </message>
    <message>
        <source>Include hidden files and folders</source>
        <translation>숨김 파일과 폴더 포함</translation>
    </message>
    <message>
        <source>Follow symbolic links to folders and pictures, as long as they lead inside the folders listed</source>
        <translation>폴더와 사진으로 가는 심볼릭 링크 따라가기(목록에 있는 폴더 안으로 이어지는 경우만)</translation>
    </message>
    <message>
        <source>To always keep the pictures of a folder, tick it in the list of folders: it becomes a &lt;b&gt;reference&lt;/b&gt; folder, whose pictures are never suggested for deletion.</source>
        <translation>폴더의 사진을 항상 보관하려면 폴더 목록에서 그 폴더를 체크하세요. &lt;b&gt;기준&lt;/b&gt; 폴더가 되어, 그 사진은 절대 ‘삭제’로 추천되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keys marked “in the grid” work while the pictures of a group have the focus, and those marked “in the group list” while the list of duplicate groups has it.</source>
        <translation>‘사진 격자에서’라고 표시된 키는 그룹의 사진에, ‘그룹 목록에서’라고 표시된 키는 중복 그룹 목록에 포커스가 있을 때 작동합니다.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Looking for pictures</source>
        <translation>사진 찾는 중</translation>
    </message>
    <message>
        <source>Reading pictures</source>
        <translation>사진 읽는 중</translation>
    </message>
    <message>
        <source>Comparing pictures</source>
        <translation>사진 비교 중</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>마무리하는 중</translation>
    </message>
    <message>
        <source>Find duplicate pictures</source>
        <translation>중복 사진 찾기</translation>
    </message>
    <message>
        <source>Choose the folders to search. Nothing is deleted until you confirm which copies to move; even then, files go to the Trash, where you can restore them.</source>
        <translation>찾아볼 폴더를 선택하세요. 옮길 사본을 확인하기 전에는 아무것도 삭제되지 않으며, 그때도 파일은 휴지통으로 가므로 다시 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Drop folders here, or click “Add folder…”. Tick a folder to make it a &lt;b&gt;reference&lt;/b&gt;: its pictures are always kept, never suggested for deletion.</source>
        <translation>폴더를 여기로 끌어 놓거나 “폴더 추가…”를 누르세요. 폴더를 체크하면 &lt;b&gt;기준&lt;/b&gt; 폴더가 됩니다. 그 사진은 항상 보관되며 절대 ‘삭제’로 추천되지 않습니다.</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>스캔할 폴더</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>최근 폴더</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look for&lt;/b&gt;</source>
        <translation>&lt;b&gt;찾을 대상&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exact copies only (files that are byte-for-byte the same)</source>
        <translation>똑같은 사본만(바이트 단위까지 똑같은 파일)</translation>
    </message>
    <message>
        <source>Also similar pictures (resized, re-saved or converted copies)</source>
        <translation>비슷한 사진도(크기를 바꾸거나 다시 저장하거나 변환한 사본)</translation>
    </message>
    <message>
        <source>Sensitivity:  strict</source>
        <translation>민감도:  엄격</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>느슨</translation>
    </message>
    <message>
        <source>Also find rotated and mirrored copies</source>
        <translation>회전하거나 좌우 반전된 사본도 찾기</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>옵션…</translation>
    </message>
    <message>
        <source>Which files to read: patterns to leave out, a smallest size, hidden files, subfolders and links</source>
        <translation>읽을 파일 정하기: 제외할 패턴, 최소 크기, 숨김 파일, 하위 폴더, 링크</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Scan for duplicates</source>
        <translation>스캔하여 중복 찾기</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>결과로 돌아가기</translation>
    </message>
    <message>
        <source>Looking at the folders…</source>
        <translation>폴더 확인 중…</translation>
    </message>
    <message>
        <source>Waiting for “%1” to answer…</source>
        <translation>“%1”의 응답을 기다리는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n folders to answer…</source>
        <translation>
            <numerusform>폴더 %n개의 응답을 기다리는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” did not answer, so it was not added. The drive it is on may have stopped answering: add it again once it answers.</source>
        <translation>“%1”이(가) 응답하지 않아서 추가하지 않았습니다. 이 폴더가 있는 드라이브가 응답을 멈췄을 수 있습니다. 응답하게 되면 다시 추가하세요.</translation>
    </message>
    <message>
        <source>These folders did not answer, so they were not added. The drives they are on may have stopped answering: add them again once they answer.</source>
        <translation>다음 폴더가 응답하지 않아서 추가하지 않았습니다. 폴더가 있는 드라이브가 응답을 멈췄을 수 있습니다. 응답하게 되면 다시 추가하세요.</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>최근 폴더 없음</translation>
    </message>
    <message>
        <source>all pictures in the folders listed and their subfolders</source>
        <translation>목록에 있는 폴더와 그 하위 폴더의 모든 사진</translation>
    </message>
    <message>
        <source>Looking for pictures…</source>
        <translation>사진 찾는 중…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>스캔에 실패했습니다.</translation>
    </message>
    <message>
        <source>{words}… 1 picture found so far</source>
        <translation>{words}… 지금까지 사진 1장 찾음</translation>
    </message>
    <message>
        <source>{words}… {count} pictures found so far</source>
        <translation>{words}… 지금까지 사진 {count}장 찾음</translation>
    </message>
    <message>
        <source>{words}… {percent} %</source>
        <translation>{words}… {percent}%</translation>
    </message>
    <message>
        <source>{words}…</source>
        <translation>{words}…</translation>
    </message>
    <message>
        <source>{words}: {done} of {total}</source>
        <translation>{words}: {done} / {total}</translation>
    </message>
    <message>
        <source>{rate} pictures per second · about {left} left</source>
        <translation>초당 사진 {rate}장 · 약 {left} 남음</translation>
    </message>
    <message>
        <source>Measuring speed…</source>
        <translation>속도 측정 중…</translation>
    </message>
    <message>
        <source>   — reference folder not answering: nothing in it is scanned</source>
        <translation>   — 기준 폴더가 응답하지 않음: 안의 항목은 스캔되지 않음</translation>
    </message>
    <message>
        <source>   — not answering</source>
        <translation>   — 응답 없음</translation>
    </message>
    <message>
        <source>   — reference folder not found: its pictures are not protected</source>
        <translation>   — 기준 폴더를 찾을 수 없음: 사진이 보호되지 않음</translation>
    </message>
    <message>
        <source>   — not found</source>
        <translation>   — 찾을 수 없음</translation>
    </message>
    <message>
        <source>   — reference: always kept</source>
        <translation>   — 기준: 항상 보관</translation>
    </message>
    <message>
        <source>Ticked: a reference folder. Its pictures are never suggested for deletion.</source>
        <translation>체크됨: 기준 폴더입니다. 이 폴더의 사진은 절대 ‘삭제’로 추천되지 않습니다.</translation>
    </message>
    <message>
        <source>Lookalike asked for this folder and got no answer within a few seconds: the drive it is on may have stopped answering (a network drive whose connection was lost), or be slow to wake up. It is looked for again each time you come back to this page, and when you click Scan.</source>
        <translation>Lookalike가 이 폴더를 확인했지만 몇 초 안에 응답이 없었습니다. 폴더가 있는 드라이브가 응답을 멈췄거나(연결이 끊긴 네트워크 드라이브 등) 깨어나는 데 시간이 걸리고 있을 수 있습니다. 이 페이지로 돌아올 때마다, 그리고 스캔을 누를 때 다시 확인합니다.</translation>
    </message>
    <message>
        <source>Lookalike cannot find this folder now: it may have been renamed, moved or deleted, or be on a drive that is not connected. It stays on the list and is scanned again once it is back; “Remove” takes it off the list.</source>
        <translation>Lookalike가 지금 이 폴더를 찾을 수 없습니다. 이름이 바뀌었거나, 옮겨졌거나 삭제되었거나, 연결되지 않은 드라이브에 있을 수 있습니다. 목록에 남아 있다가 돌아오면 다시 스캔합니다. 목록에서 빼려면 “제거”를 누르세요.</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>Cannot show this file</source>
        <translation>이 파일을 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>바뀜</translation>
    </message>
    <message>
        <source>GONE</source>
        <translation>사라짐</translation>
    </message>
    <message>
        <source>NOT MOVED</source>
        <translation>옮기지 않음</translation>
    </message>
    <message>
        <source>BEST COPY</source>
        <translation>가장 좋은 사본</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>EXACT COPY</source>
        <translation>똑같은 사본</translation>
    </message>
    <message>
        <source>SAME PICTURE</source>
        <translation>같은 사진</translation>
    </message>
    <message>
        <source>SIMILAR</source>
        <translation>비슷함</translation>
    </message>
</context>
<context>
    <name>TileModel</name>
    <message>
        <source>The others in this group were compared with this picture.</source>
        <translation>이 그룹의 다른 사진들은 이 사진과 비교되었습니다.</translation>
    </message>
    <message>
        <source>Why it matched: the same bytes as the reference.</source>
        <translation>일치한 이유: 기준 사진과 바이트가 같음.</translation>
    </message>
    <message>
        <source>Why it matched: fingerprint difference %1 from the reference (0 = the same)</source>
        <translation>일치한 이유: 기준 사진과의 지문 차이 %1(0 = 같음)</translation>
    </message>
    <message>
        <source>Why it matched: fingerprint difference %1 from the reference (0 = the same), pixels %2% alike</source>
        <translation>일치한 이유: 기준 사진과의 지문 차이 %1(0 = 같음), 픽셀 %2% 일치</translation>
    </message>
    <message>
        <source>Suggested to keep: in a reference folder</source>
        <translation>보관 추천: 기준 폴더에 있음</translation>
    </message>
    <message>
        <source>Suggested to keep: %1</source>
        <translation>보관 추천: %1</translation>
    </message>
    <message>
        <source>Suggested to delete: %1</source>
        <translation>삭제 추천: %1</translation>
    </message>
    <message>
        <source>Cannot show this file: %1</source>
        <translation>이 파일을 표시할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Marked DELETE, it is not moved with the others: scan again to compare it anew.</source>
        <translation>‘삭제’로 표시되어 있지만 다른 파일과 함께 옮기지 않습니다. 다시 스캔하면 새로 비교합니다.</translation>
    </message>
    <message>
        <source>Marked DELETE, it is not moved: every copy marked KEEP in this group changed or went away since the scan. Mark another copy KEEP, or scan again.</source>
        <translation>‘삭제’로 표시되어 있지만 옮기지 않습니다: 이 그룹에서 ‘보관’으로 표시한 사본이 모두 스캔 후 바뀌었거나 없어졌습니다. 다른 사본을 ‘보관’으로 표시하거나 다시 스캔하세요.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>byte-identical copies</source>
        <translation>바이트까지 똑같은 사본</translation>
    </message>
    <message>
        <source>the same picture saved in different ways</source>
        <translation>다른 방식으로 저장된 같은 사진</translation>
    </message>
    <message>
        <source>similar pictures</source>
        <translation>비슷한 사진</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>똑같은 사본</translation>
    </message>
    <message>
        <source>Same picture</source>
        <translation>같은 사진</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>비슷함</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>saved differently</source>
        <translation>저장 방식이 다름</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>비슷함</translation>
    </message>
    <message>
        <source>the picture the others were compared with; another copy is preferred</source>
        <translation>다른 사진들을 비교한 기준 사진이지만, 다른 사본이 더 낫습니다</translation>
    </message>
    <message>
        <source>a byte-identical copy</source>
        <translation>바이트까지 똑같은 사본</translation>
    </message>
    <message>
        <source>the same picture, saved differently</source>
        <translation>같은 사진이지만 저장 방식이 다름</translation>
    </message>
    <message>
        <source>a similar copy</source>
        <translation>비슷한 사본</translation>
    </message>
    <message>
        <source>The reference: the others were compared with it</source>
        <translation>기준 사진: 다른 사진들을 이것과 비교함</translation>
    </message>
    <message>
        <source>The same bytes as the reference</source>
        <translation>기준 사진과 바이트가 같음</translation>
    </message>
    <message>
        <source>The same picture as the reference</source>
        <translation>기준 사진과 같은 사진</translation>
    </message>
    <message>
        <source>Similar to the reference</source>
        <translation>기준 사진과 비슷함</translation>
    </message>
    <message>
        <source>Any likeness</source>
        <translation>모든 닮은 정도</translation>
    </message>
    <message>
        <source>Changed since the scan</source>
        <translation>스캔 후 바뀜</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>더 이상 없음</translation>
    </message>
    <message>
        <source>Changed since the scan: not the picture the scan compared</source>
        <translation>스캔 후 바뀜: 스캔에서 비교한 사진이 아님</translation>
    </message>
    <message>
        <source>No longer there: moved or deleted since the scan</source>
        <translation>더 이상 없음: 스캔 후 옮겨지거나 삭제됨</translation>
    </message>
    <message>
        <source>The copy you keep is gone</source>
        <translation>보관할 사본이 더 이상 없음</translation>
    </message>
    <message>
        <source>The copy you keep changed</source>
        <translation>보관할 사본이 바뀜</translation>
    </message>
    <message>
        <source>The copies you keep are gone</source>
        <translation>보관할 사본이 모두 없어짐</translation>
    </message>
    <message>
        <source>The copies you keep changed</source>
        <translation>보관할 사본이 모두 바뀜</translation>
    </message>
    <message>
        <source>The copies you keep changed or are gone</source>
        <translation>보관할 사본이 바뀌었거나 없어짐</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>These are exact copies</source>
        <translation>똑같은 사본입니다</translation>
    </message>
    <message>
        <source>The files in this group are byte-for-byte identical: they are copies of one file, whatever their names. Mark the ones you want to keep as KEEP instead.</source>
        <translation>이 그룹의 파일은 바이트 하나까지 똑같습니다. 이름이 무엇이든 한 파일의 사본입니다. 대신 남기고 싶은 파일을 ‘보관’으로 표시하세요.</translation>
    </message>
    <message>
        <source>The “not duplicates” list cannot be changed</source>
        <translation>‘중복 아님’ 목록을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>다른 프로그램이 사용 중</translation>
    </message>
    <message>
        <source>Space or a click on the badge: KEEP/DELETE  ·  Del: DELETE  ·  Enter: compare  ·  N: not a duplicate  ·  PageUp/PageDown: other groups  ·  R: reviewed  ·  U: next not reviewed  ·  Ctrl+Z: undo  ·  F1: all keys</source>
        <translation>Space 또는 배지 클릭: 보관/삭제  ·  Del: 삭제  ·  Enter: 비교  ·  N: 중복 아님  ·  PageUp/PageDown: 다른 그룹  ·  R: 검토함  ·  U: 검토 안 한 다음 그룹  ·  Ctrl+Z: 실행 취소  ·  F1: 모든 키</translation>
    </message>
    <message>
        <source>largest resolution</source>
        <translation>가장 높은 해상도</translation>
    </message>
    <message>
        <source>largest file</source>
        <translation>가장 큰 파일</translation>
    </message>
    <message>
        <source>oldest</source>
        <translation>가장 오래됨</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>가장 최근</translation>
    </message>
    <message>
        <source>in preferred folder</source>
        <translation>우선 폴더 안</translation>
    </message>
    <message>
        <source>preferred format</source>
        <translation>우선 형식</translation>
    </message>
    <message>
        <source>has camera date (EXIF)</source>
        <translation>카메라 날짜 있음(EXIF)</translation>
    </message>
    <message>
        <source>holds more (frames, transparency, colour)</source>
        <translation>더 많이 담음(프레임, 투명도, 색)</translation>
    </message>
    <message>
        <source>camera original (EXIF)</source>
        <translation>카메라 원본(EXIF)</translation>
    </message>
    <message>
        <source>original format, not a re-save</source>
        <translation>원래 형식, 다시 저장한 것 아님</translation>
    </message>
    <message>
        <source>no copy marker in the name</source>
        <translation>이름에 사본 표식 없음</translation>
    </message>
    <message>
        <source>not in a backup or download folder</source>
        <translation>백업·다운로드 폴더에 없음</translation>
    </message>
    <message>
        <source>only copy</source>
        <translation>유일한 사본</translation>
    </message>
    <message>
        <source>in a reference folder</source>
        <translation>기준 폴더 안</translation>
    </message>
    <message>
        <source>first by name</source>
        <translation>이름순으로 먼저</translation>
    </message>
    <message>
        <source>camera original (has EXIF)</source>
        <translation>카메라 원본(EXIF 있음)</translation>
    </message>
    <message>
        <source>transparency</source>
        <translation>투명도</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>프레임 %1개</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the reasons a copy is kept</comment>
        <translation>, 그다음 </translation>
    </message>
    <message>
        <source>holds more (%1)</source>
        <translation>더 많이 담음(%1)</translation>
    </message>
    <message>
        <source>original format (%1)</source>
        <translation>원래 형식(%1)</translation>
    </message>
    <message>
        <source>Very strict: only copies that look practically identical</source>
        <translation>매우 엄격: 사실상 똑같아 보이는 사본만</translation>
    </message>
    <message>
        <source>Strict: re-saved and slightly resized copies</source>
        <translation>엄격: 다시 저장했거나 크기를 조금 바꾼 사본</translation>
    </message>
    <message>
        <source>Balanced (recommended): resized, re-compressed and converted copies</source>
        <translation>균형(추천): 크기를 바꾸거나 다시 압축하거나 변환한 사본</translation>
    </message>
    <message>
        <source>Loose: also lightly edited copies; check the results carefully</source>
        <translation>느슨: 가볍게 편집한 사본까지. 결과를 꼼꼼히 확인하세요</translation>
    </message>
    <message>
        <source>Very loose: many more matches, some of them not real duplicates</source>
        <translation>매우 느슨: 훨씬 많이 찾지만 일부는 진짜 중복이 아님</translation>
    </message>
    <message>
        <source>Very strict</source>
        <translation>매우 엄격</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>엄격</translation>
    </message>
    <message>
        <source>Balanced (recommended)</source>
        <translation>균형(추천)</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>느슨</translation>
    </message>
    <message>
        <source>Very loose</source>
        <translation>매우 느슨</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes, seconds</comment>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours, minutes</comment>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1% off the left</source>
        <translation>왼쪽 %1%</translation>
    </message>
    <message>
        <source>%1% off the top</source>
        <translation>위쪽 %1%</translation>
    </message>
    <message>
        <source>%1% off the right</source>
        <translation>오른쪽 %1%</translation>
    </message>
    <message>
        <source>%1% off the bottom</source>
        <translation>아래쪽 %1%</translation>
    </message>
    <message>
        <source>%1% more at the left</source>
        <translation>왼쪽으로 %1% 더</translation>
    </message>
    <message>
        <source>%1% more at the top</source>
        <translation>위쪽으로 %1% 더</translation>
    </message>
    <message>
        <source>%1% more at the right</source>
        <translation>오른쪽으로 %1% 더</translation>
    </message>
    <message>
        <source>%1% more at the bottom</source>
        <translation>아래쪽으로 %1% 더</translation>
    </message>
    <message>
        <source>turned 90° clockwise</source>
        <translation>시계 방향으로 90° 회전</translation>
    </message>
    <message>
        <source>turned 90° right</source>
        <translation>오른쪽으로 90° 회전</translation>
    </message>
    <message>
        <source>turned 180°</source>
        <translation>180° 회전</translation>
    </message>
    <message>
        <source>turned 90° counter-clockwise</source>
        <translation>시계 반대 방향으로 90° 회전</translation>
    </message>
    <message>
        <source>turned 90° left</source>
        <translation>왼쪽으로 90° 회전</translation>
    </message>
    <message>
        <source>in the centre</source>
        <translation>가운데에</translation>
    </message>
    <message>
        <source>at the top</source>
        <translation>위쪽에</translation>
    </message>
    <message>
        <source>at the bottom</source>
        <translation>아래쪽에</translation>
    </message>
    <message>
        <source>on the left</source>
        <translation>왼쪽에</translation>
    </message>
    <message>
        <source>on the right</source>
        <translation>오른쪽에</translation>
    </message>
    <message>
        <source>at the top left</source>
        <translation>왼쪽 위에</translation>
    </message>
    <message>
        <source>at the top right</source>
        <translation>오른쪽 위에</translation>
    </message>
    <message>
        <source>at the bottom left</source>
        <translation>왼쪽 아래에</translation>
    </message>
    <message>
        <source>at the bottom right</source>
        <translation>오른쪽 아래에</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>좌우 반전</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>다시 인코딩됨</translation>
    </message>
    <message>
        <source>in grayscale</source>
        <translation>회색조</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>회색조</translation>
    </message>
    <message>
        <source>in colour</source>
        <translation>컬러</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>흐려짐</translation>
    </message>
    <message>
        <source>sharper</source>
        <translation>더 선명함</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file&apos;s name quoted in a sentence</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>달라진 점: %1</translation>
    </message>
    <message>
        <source>turned</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>잘라 냄</translation>
    </message>
    <message>
        <source>cropped (%1)</source>
        <translation>잘라 냄(%1)</translation>
    </message>
    <message>
        <source>more at the edges</source>
        <translation>가장자리가 더 보임</translation>
    </message>
    <message>
        <source>shows more at the edges (%1)</source>
        <translation>가장자리가 더 보임(%1)</translation>
    </message>
    <message>
        <source>resized to %1%</source>
        <translation>%1%로 크기 변경</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>크기 변경</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>%1(으)로 저장</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>형식 변환</translation>
    </message>
    <message>
        <source>transparency removed</source>
        <translation>투명도 제거됨</translation>
    </message>
    <message>
        <source>transparency added</source>
        <translation>투명도 추가됨</translation>
    </message>
    <message>
        <source>%1 of the %2 frames/pages</source>
        <translation>%2개 프레임/페이지 중 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 frames</source>
        <translation>프레임 %1/%2</translation>
    </message>
    <message>
        <source>frames differ</source>
        <translation>프레임 다름</translation>
    </message>
    <message>
        <source>%1% darker</source>
        <translation>%1% 더 어두움</translation>
    </message>
    <message>
        <source>darker</source>
        <translation>더 어두움</translation>
    </message>
    <message>
        <source>%1% brighter</source>
        <translation>%1% 더 밝음</translation>
    </message>
    <message>
        <source>brighter</source>
        <translation>더 밝음</translation>
    </message>
    <message>
        <source>%1% less contrast</source>
        <translation>대비 %1% 낮음</translation>
    </message>
    <message>
        <source>less contrast</source>
        <translation>대비 낮음</translation>
    </message>
    <message>
        <source>%1% more contrast</source>
        <translation>대비 %1% 높음</translation>
    </message>
    <message>
        <source>more contrast</source>
        <translation>대비 높음</translation>
    </message>
    <message>
        <source>something laid over the whole picture (a watermark or a tint)</source>
        <translation>사진 전체에 무언가 덧씌워짐(워터마크나 색조)</translation>
    </message>
    <message>
        <source>something added all over</source>
        <translation>전체에 무언가 추가됨</translation>
    </message>
    <message>
        <source>something added %1 (a logo, caption or stamp)</source>
        <translation>%1 무언가 추가됨(로고, 캡션 또는 도장)</translation>
    </message>
    <message>
        <source>something added %1</source>
        <translation>%1 무언가 추가됨</translation>
    </message>
    <message>
        <source>something added</source>
        <translation>무언가 추가됨</translation>
    </message>
    <message>
        <source>pixels %1% alike</source>
        <translation>픽셀 %1% 일치</translation>
    </message>
    <message>
        <source>fingerprint difference %1</source>
        <translation>지문 차이 %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1개</translation>
    </message>
</context>
</TS>
