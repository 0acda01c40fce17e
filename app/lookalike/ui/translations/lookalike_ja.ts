<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Acting</name>
    <message>
        <source>You can restore them from the Trash later.</source>
        <translation>後でゴミ箱から元に戻せます。</translation>
    </message>
    <message>
        <source>Move the marked files to…</source>
        <translation>マークしたファイルの移動先…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to the Trash?</source>
        <translation>
            <numerusform>%n 個のファイル（%1）をゴミ箱に移動しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to %2?</source>
        <translation>
            <numerusform>%n 個のファイル（%1）を %2 に移動しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Move files</source>
        <translation>ファイルの移動</translation>
    </message>
    <message>
        <source>Remove every copy?</source>
        <translation>すべてのコピーを取り除きますか？</translation>
    </message>
    <message numerus="yes">
        <source>In %n group(s) (%1) every copy is marked DELETE, so no copy of those pictures would be left in your folders.</source>
        <translation>
            <numerusform>%n 個のグループ（%1）ですべてのコピーが「削除」にマークされているため、フォルダーにはそれらの画像のコピーが 1 つも残りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “Remove every copy” only if you do not want those pictures at all.</source>
        <translation>それらの画像がまったく不要な場合にのみ「すべてのコピーを取り除く」を選んでください。</translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation>すべてのコピーを取り除く</translation>
    </message>
    <message numerus="yes">
        <source>Not moved: %n file(s) marked DELETE changed since the scan, so what the scan compared is no longer there; scan again to compare them anew: %1</source>
        <translation>
            <numerusform>移動しません: 「削除」にマークした %n 個のファイルはスキャン後に変更されていて、スキャンが比べたものはもうありません。もう一度スキャンすると比べ直せます: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n file(s) marked DELETE are no longer there (moved or deleted since the scan): %1</source>
        <translation>
            <numerusform>数えません: 「削除」にマークした %n 個のファイルはもうありません（スキャン後に移動または削除されました）: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved: %n file(s) marked DELETE, because every copy marked KEEP in their group changed or went away since the scan, and moving them would leave no copy as the scan saw it; mark another copy KEEP, or scan again: %1</source>
        <translation>
            <numerusform>移動しません: 「削除」にマークした %n 個のファイルは、同じグループで「残す」にマークしたコピーがすべてスキャン後に変更されたかなくなったため、移動するとスキャン時のままのコピーが残りません。別のコピーを「残す」にマークするか、もう一度スキャンしてください: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2</source>
        <translation>
            <numerusform>%2 から %n 個のファイル（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2 other folders</source>
        <translation>
            <numerusform>ほかの %2 個のフォルダーから %n 個のファイル（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and moving %1 of %2…</source>
        <translation>確認して移動中…（%1 / %2）</translation>
    </message>
    <message>
        <source>Some files were not moved</source>
        <translation>移動されなかったファイルがあります</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not pass the checks made just before moving, or the system refused them; they stay where they are and in the results:</source>
        <translation>
            <numerusform>%n 個のファイルが移動直前の確認に通らなかったか、システムに拒否されました。これらは元の場所と結果の中にそのまま残ります:</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is not available</source>
        <translation>ゴミ箱を使用できません</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to the Trash (this happens on some network and removable drives). Move them to a folder of your choice instead? Nothing is deleted.</source>
        <translation>
            <numerusform>%n 個のファイルをゴミ箱に入れられません（一部のネットワークドライブやリムーバブルドライブで起こります）。代わりに任意のフォルダーに移動しますか？何も削除されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>フォルダーに移動…</translation>
    </message>
    <message>
        <source>Move the files to…</source>
        <translation>ファイルの移動先…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the Trash.</source>
        <translation>
            <numerusform>%n 個のファイル（%1）をゴミ箱に移動しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the folder you chose.</source>
        <translation>
            <numerusform>%n 個のファイル（%1）を選んだフォルダーに移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the Trash.</source>
        <translation>ゴミ箱から元に戻せます。</translation>
    </message>
    <message>
        <source>Some files may have been moved</source>
        <translation>移動した可能性のあるファイルがあります</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were being moved when their drive stopped answering: each may have been moved, or may still be where it was. Lookalike records what became of them once their drive answers, and Undo last action puts back any that went.</source>
        <translation>
            <numerusform>%n 件のファイルは移動中にドライブが応答しなくなりました。それぞれ移動したかもしれませんし、元の場所に残っているかもしれません。ドライブが応答すると、Lookalike はファイルがどうなったかを記録します。移動したものは「最後の操作を元に戻す」で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are now in %1.</source>
        <translation>現在は %1 にあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be moved and are still listed.</source>
        <translation>
            <numerusform>%n 個のファイルは移動できず、一覧に残っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may have been moved: their drive stopped answering while they were being moved.</source>
        <translation>
            <numerusform>%n 件のファイルは移動した可能性があります。移動中にドライブが応答しなくなりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had already been moved or deleted since the scan, so they are no longer listed.</source>
        <translation>
            <numerusform>%n 個のファイルはスキャン後にすでに移動または削除されていたため、一覧から外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) marked DELETE were left where they are: they changed or went away since the scan.</source>
        <translation>
            <numerusform>「削除」にマークした %n 個のファイルはそのままにしました: スキャン後に変更されたか、なくなっていました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) marked DELETE were left where they are: every copy marked KEEP in their group changed or went away since the scan.</source>
        <translation>
            <numerusform>「削除」にマークした %n 個のファイルはそのままにしました: 同じグループで「残す」にマークしたコピーがすべて、スキャン後に変更されたか、なくなっていました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for what Lookalike moved last…</source>
        <translation>Lookalike が最後に移動したファイルを探しています…</translation>
    </message>
    <message>
        <source>Undo last action failed</source>
        <translation>最後の操作を元に戻せませんでした</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while reading what it last moved; nothing was put back.</source>
        <translation>Lookalike が最後に移動したファイルを読み取る途中で不具合が起きました。何も元に戻していません。</translation>
    </message>
    <message>
        <source>Nothing to put back</source>
        <translation>戻すファイルはありません</translation>
    </message>
    <message>
        <source>Lookalike has not moved any file that is not back already.</source>
        <translation>Lookalike が移動したファイルはすべて元の場所に戻っています。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>A file that now exists at the old place is never replaced.</source>
        <translation>元の場所に現在ファイルがある場合、決して置き換えません。</translation>
    </message>
    <message>
        <source>On macOS, Lookalike lists the files; you put them back from the Trash in Finder.</source>
        <translation>macOS では Lookalike がファイルを一覧表示します。Finder のゴミ箱から戻してください。</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to the Trash on %1?</source>
        <translation>
            <numerusform>%1 にゴミ箱へ移動した %n 個のファイルを元に戻しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to a folder on %1?</source>
        <translation>
            <numerusform>%1 にフォルダーへ移動した %n 個のファイルを元に戻しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last action</source>
        <translation>最後の操作を元に戻す</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Putting files back…</source>
        <translation>ファイルを戻しています…</translation>
    </message>
    <message>
        <source>Nothing to put back.</source>
        <translation>戻すファイルはありません。</translation>
    </message>
    <message>
        <source>Nothing was put back: Lookalike, in another window or from the command line, moved or put back files since you were asked. Choose Undo last action again to see what it would put back now.</source>
        <translation>何も元に戻していません: お尋ねしてから、別のウィンドウまたはコマンドラインの Lookalike がファイルを移動したか元に戻しました。今元に戻す内容を確認するには、もう一度「最後の操作を元に戻す」を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) where they were.</source>
        <translation>
            <numerusform>%n 個のファイルを元の場所に戻しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are listed again, marked KEEP.</source>
        <translation>
            <numerusform>そのうち %n 件を「残す」にマークして再び一覧に表示しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan again to see them in the results.</source>
        <translation>結果に表示するには、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>macOS does not let Lookalike take files out of the Trash: put them back in Finder.</source>
        <translation>macOS では Lookalike がゴミ箱からファイルを取り出せません。Finder で戻してください。</translation>
    </message>
    <message>
        <source>Put the files back in Finder</source>
        <translation>Finder でファイルを戻す</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back.</source>
        <translation>
            <numerusform>%n 個のファイルは戻せませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not put back</source>
        <translation>戻せなかったファイルがあります</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back; nothing was replaced:</source>
        <translation>
            <numerusform>%n 個のファイルを戻せませんでした。置き換えられたものはありません:</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting files back failed</source>
        <translation>ファイルを戻せませんでした</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while putting files back.</source>
        <translation>ファイルを戻している間に Lookalike で不具合が起きました。</translation>
    </message>
    <message>
        <source>Moving files failed</source>
        <translation>ファイルを移動できませんでした</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while moving files.</source>
        <translation>ファイルを移動している間に Lookalike で不具合が起きました。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Lookalike ran into a problem</source>
        <translation>Lookalike で問題が起きました</translation>
    </message>
    <message>
        <source>Something went wrong inside Lookalike. Your files were not touched by this error. Please copy the details below into a bug report.</source>
        <translation>Lookalike の内部で問題が起きました。このエラーでファイルが変更されることはありません。下の詳細をコピーして不具合報告に貼り付けてください。</translation>
    </message>
    <message>
        <source>These are the demo&apos;s sample pictures: they go to its own trash folder, not your Trash.</source>
        <translation>これはデモ用のサンプル画像です。あなたのゴミ箱ではなく、デモ専用のゴミ箱フォルダーに移動します。</translation>
    </message>
    <message>
        <source>They are in the demo&apos;s own trash folder, not in your Trash.</source>
        <translation>デモ専用のゴミ箱フォルダーにあり、あなたのゴミ箱には入っていません。</translation>
    </message>
    <message>
        <source>The demo&apos;s sample pictures cannot be written</source>
        <translation>デモ用のサンプル画像を書き込めません</translation>
    </message>
    <message>
        <source>Lookalike cannot write the demo&apos;s sample pictures in a temporary folder, because %1. The window opens without them: add a folder of your own to scan, or make room and start the demo again.</source>
        <translation>Lookalike はデモ用のサンプル画像を一時フォルダーに書き込めません: %1。ウィンドウはサンプル画像なしで開きます。スキャンするフォルダーを追加するか、空き容量を作ってからデモをもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your review cannot be autosaved</source>
        <translation>レビューを自動保存できません</translation>
    </message>
    <message>
        <source>Lookalike cannot keep a copy of your marks in its data folder, so a crash or a power cut would lose them. File ▸ Save review… keeps them in a file of your choice.</source>
        <translation>Lookalike はデータフォルダーにマークのコピーを保存できないため、クラッシュや停電があるとマークが失われます。ファイル ▸ レビューを保存… で、選んだファイルに保存できます。</translation>
    </message>
    <message>
        <source>Opening your last review…</source>
        <translation>前回のレビューを開いています…</translation>
    </message>
    <message>
        <source>Your last review cannot be resumed</source>
        <translation>前回のレビューを再開できません</translation>
    </message>
    <message>
        <source>Its autosaved copy is damaged: %1</source>
        <translation>自動保存されたコピーが壊れています: %1</translation>
    </message>
    <message>
        <source>Resume your last review?</source>
        <translation>前回のレビューを再開しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Lookalike closed before your last review was saved. Its copy from %1 holds %n group(s) of duplicates with your KEEP and DELETE marks.</source>
        <translation>
            <numerusform>Lookalike は前回のレビューを保存する前に終了しました。%1 時点のコピーには、「残す」「削除」のマーク付きで重複グループが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file is checked again before anything is moved. If you do not resume it, this copy is deleted.</source>
        <translation>何かを移動する前に、すべてのファイルをもう一度確認します。再開しない場合、このコピーは削除されます。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resumed your review from %1: every file is checked again before anything is moved.</source>
        <translation>%1 時点のレビューを再開しました。何かを移動する前に、すべてのファイルをもう一度確認します。</translation>
    </message>
    <message>
        <source>Save your review before opening another?</source>
        <translation>別のレビューを開く前にこのレビューを保存しますか？</translation>
    </message>
    <message>
        <source>Opening a review replaces this one. Your KEEP and DELETE marks in it, and which groups you reviewed, are not saved: opening another without saving loses them.</source>
        <translation>レビューを開くとこのレビューが置き換えられます。このレビューの「残す」「削除」のマークと、どのグループを確認したかは保存されていません。保存せずに別のレビューを開くと失われます。</translation>
    </message>
    <message>
        <source>Save your review before scanning again?</source>
        <translation>もう一度スキャンする前にレビューを保存しますか？</translation>
    </message>
    <message>
        <source>A new scan replaces this review. Your KEEP and DELETE marks in it, and which groups you reviewed, are not saved: scanning without saving loses them.</source>
        <translation>新しいスキャンはこのレビューを置き換えます。このレビューの「残す」「削除」のマークと、どのグループを確認したかは保存されていません。保存せずにスキャンすると失われます。</translation>
    </message>
    <message>
        <source>Save your review before closing?</source>
        <translation>閉じる前にレビューを保存しますか？</translation>
    </message>
    <message>
        <source>Your KEEP and DELETE marks in this review, and which groups you reviewed, are not saved. Closing without saving loses them.</source>
        <translation>このレビューの「残す」「削除」のマークと、どのグループを確認したかは保存されていません。保存せずに閉じると失われます。</translation>
    </message>
    <message>
        <source>Save… keeps the review in a file that File ▸ Open review… opens again. Pictures marked “not duplicates” are remembered either way.</source>
        <translation>「保存…」を選ぶとレビューをファイルに保存し、「ファイル ▸ レビューを開く…」で再び開けます。「重複ではない」とした画像はどちらの場合も記憶されます。</translation>
    </message>
</context>
<context>
    <name>BulkMarking</name>
    <message>
        <source>Mark by the keep rules</source>
        <translation>残すルールでマーク</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>すべて残す</translation>
    </message>
    <message>
        <source>Invert marks</source>
        <translation>マークを反転</translation>
    </message>
    <message>
        <source>Mark everything under a folder DELETE</source>
        <translation>フォルダー内のすべてを「削除」にマーク</translation>
    </message>
    <message>
        <source>Keep everything under a folder</source>
        <translation>フォルダー内のすべてを残す</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 個のグループ</numerusform>
        </translation>
    </message>
    <message>
        <source>This will mark %1 for deletion and %2 KEEP in %3. Continue?</source>
        <translation>%3 で %1 を「削除」、%2 を「残す」にマークします。続けますか？</translation>
    </message>
    <message>
        <source>This will mark %1 KEEP in %2. Continue?</source>
        <translation>%2 で %1 を「残す」にマークします。続けますか？</translation>
    </message>
    <message>
        <source>This will mark %1 in %2 for deletion. Continue?</source>
        <translation>%2 で %1 を「削除」にマークします。続けますか？</translation>
    </message>
    <message>
        <source>Groups looked at: %1.</source>
        <translation>対象のグループ: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them every file is under %1, so the best copy stays KEEP.</source>
        <translation>
            <numerusform>%Ln 個のグループでコピーを 1 つ残します。これらのグループではすべてのファイルが %1 の中にあるため、最適なコピーは「残す」のままです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them no copy would be KEEP, so the best copy stays KEEP.</source>
        <translation>
            <numerusform>%Ln 個のグループでコピーを 1 つ残します。これらのグループでは「残す」コピーがなくなるため、最適なコピーは「残す」のままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files in reference folders stay KEEP.</source>
        <translation>基準フォルダー内のファイルは「残す」のままです。</translation>
    </message>
    <message>
        <source>Nothing is deleted now: marked files move only when you choose “Move marked files to Trash…”. Edit ▸ Undo takes this back.</source>
        <translation>今は何も削除されません。マークしたファイルは「マークしたファイルをゴミ箱に移動…」を選んだときにだけ移動します。「編集 ▸ 元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>mark by the keep rules (%1)</source>
        <translation>残すルールでマーク（%1）</translation>
    </message>
    <message>
        <source>keep all (%1)</source>
        <translation>すべて残す（%1）</translation>
    </message>
    <message>
        <source>invert marks (%1)</source>
        <translation>マークを反転（%1）</translation>
    </message>
    <message>
        <source>mark %1 under “%2” DELETE</source>
        <translation>「%2」内の %1 を「削除」にマーク</translation>
    </message>
    <message>
        <source>keep %1 under “%2”</source>
        <translation>「%2」内の %1 を残す</translation>
    </message>
    <message>
        <source>Nothing to change: every mark is already so.</source>
        <translation>変更はありません。すべてのマークがすでにそうなっています。</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>マーク</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>argument %1: %2</source>
        <translation>引数 %1: %2</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>次の引数が必要です: %1</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>認識できない引数: %1</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>無効な選択: %1（%2 から選んでください）</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値が 1 つ必要です</translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation>あいまいなオプション: %1 は %2 のどれとも取れます</translation>
    </message>
    <message>
        <source>ignored explicit argument %1</source>
        <translation>このオプションは値を取りません: %1</translation>
    </message>
    <message>
        <source>discover</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>match</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>整数ではありません: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>%1 から %2 の間でなければなりません（指定値: %3）</translation>
    </message>
    <message>
        <source>must not be negative, not %1</source>
        <translation>負の数は指定できません（指定値: %1）</translation>
    </message>
    <message>
        <source>must be at least %1, not %2</source>
        <translation>%1 以上でなければなりません（指定値: %2）</translation>
    </message>
    <message>
        <source>the language of what is printed for a person (default: the environment&apos;s, as LANGUAGE, LC_ALL, LC_MESSAGES or LANG say; English when none fits); JSON and CSV stay English</source>
        <translation>人が読むための出力の言語（既定: 環境変数 LANGUAGE、LC_ALL、LC_MESSAGES、LANG が示す言語。どれも当てはまらなければ英語）。JSON と CSV は英語のままです</translation>
    </message>
    <message>
        <source>Find duplicate and near-duplicate images and review them before anything is trashed.</source>
        <translation>重複画像とほぼ重複した画像を見つけ、ゴミ箱に移動する前に確認します。</translation>
    </message>
    <message>
        <source>Run &apos;lookalike scan --help&apos; for the headless scanner, &apos;lookalike apply --help&apos; to act on its result and &apos;lookalike undo-last --help&apos; to put back what was last trashed or moved.</source>
        <translation>ウィンドウなしのスキャンについては &apos;lookalike scan --help&apos;、その結果に基づく処理については &apos;lookalike apply --help&apos;、最後にゴミ箱や別の場所へ移動したファイルを元に戻す方法は &apos;lookalike undo-last --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>バージョンを表示して終了します</translation>
    </message>
    <message>
        <source>folders to add at start</source>
        <translation>起動時に追加するフォルダー</translation>
    </message>
    <message>
        <source>scan generated sample pictures at once</source>
        <translation>生成したサンプル画像をすぐにスキャンします</translation>
    </message>
    <message>
        <source>after the scan, save the window as a PNG and exit</source>
        <translation>スキャン後、ウィンドウを PNG として保存して終了します</translation>
    </message>
    <message>
        <source>the window&apos;s language for this run (default: the one chosen in Settings ▸ Language, else the system&apos;s)</source>
        <translation>今回の起動でのウィンドウの言語（既定: 「設定 ▸ 言語」で選んだ言語、選んでいなければシステムの言語）</translation>
    </message>
    <message>
        <source>Find duplicate and similar images under the given folders. Never deletes anything.</source>
        <translation>指定したフォルダー内の重複画像と類似画像を探します。何も削除しません。</translation>
    </message>
    <message>
        <source>folder (or file) to scan</source>
        <translation>スキャンするフォルダー（またはファイル）</translation>
    </message>
    <message>
        <source>exact: byte-identical copies only; similar (default): also visually similar</source>
        <translation>exact: バイト単位で同一のコピーのみ、similar（既定）: 見た目が似ている画像も</translation>
    </message>
    <message>
        <source>perceptual hash (default: phash)</source>
        <translation>知覚ハッシュ（既定: phash）</translation>
    </message>
    <message>
        <source>hash side in bits; larger is stricter (default: 8, a 64-bit hash)</source>
        <translation>ハッシュの一辺のビット数。大きいほど厳しくなります（既定: 8、64 ビットのハッシュ）</translation>
    </message>
    <message>
        <source>largest hash distance that counts as similar (default: hash bits / 8)</source>
        <translation>類似とみなす最大のハッシュ距離（既定: ハッシュのビット数 / 8）</translation>
    </message>
    <message>
        <source>do not look for rotated and mirrored copies (found by default)</source>
        <translation>回転・反転したコピーを探しません（既定では探します）</translation>
    </message>
    <message>
        <source>find rotated and mirrored copies: the default, accepted for scripts written before it was</source>
        <translation>回転・反転したコピーを探します。既定の動作で、既定になる前に書かれたスクリプトのために残してあるオプションです</translation>
    </message>
    <message>
        <source>images under DIR are never suggested for deletion (repeatable)</source>
        <translation>DIR 以下の画像は決して「削除」の候補にしません（複数回指定可）</translation>
    </message>
    <message>
        <source>skip the pixel-level check of similar pairs (faster, more false matches)</source>
        <translation>類似ペアのピクセル検査を省きます（速くなりますが、誤った一致が増えます）</translation>
    </message>
    <message>
        <source>also scan hidden files and folders</source>
        <translation>隠しファイルと隠しフォルダーもスキャンします</translation>
    </message>
    <message>
        <source>follow symbolic links to folders and files (never to a place outside the scanned folders)</source>
        <translation>フォルダーやファイルへのシンボリックリンクをたどります（スキャン対象のフォルダーの外へは決してたどりません）</translation>
    </message>
    <message>
        <source>also read files that are only in the cloud (OneDrive, iCloud): this downloads them</source>
        <translation>クラウドにのみあるファイル（OneDrive、iCloud）も読み込みます。その際ファイルはダウンロードされます</translation>
    </message>
    <message>
        <source>do not descend into subfolders</source>
        <translation>サブフォルダーには入りません</translation>
    </message>
    <message>
        <source>skip files smaller than this</source>
        <translation>これより小さいファイルはスキップします</translation>
    </message>
    <message>
        <source>leave out files and folders matching PATTERN (repeatable): a name (&apos;*.tmp&apos;, &apos;Thumbs.db&apos;), or a path from the scanned folder (&apos;2019/drafts&apos;, &apos;**/cache/**&apos;); ending in &apos;/&apos; matches folders only (&apos;Thumbs/&apos;); wildcards * ? [abc] and **, any case</source>
        <translation>PATTERN に一致するファイルとフォルダーを除外します（複数回指定可）。名前（&apos;*.tmp&apos;、&apos;Thumbs.db&apos;）か、スキャンするフォルダーからのパス（&apos;2019/drafts&apos;、&apos;**/cache/**&apos;）で指定します。&apos;/&apos; で終わるとフォルダーだけに一致します（&apos;Thumbs/&apos;）。ワイルドカード * ? [abc] と ** が使え、大文字と小文字は区別しません</translation>
    </message>
    <message>
        <source>write the result as JSON here</source>
        <translation>結果を JSON でこのファイルに書き出します</translation>
    </message>
    <message>
        <source>write the groups as CSV here</source>
        <translation>グループを CSV でこのファイルに書き出します</translation>
    </message>
    <message>
        <source>neither read nor write the fingerprint cache</source>
        <translation>フィンガープリントキャッシュを読み込みも書き込みもしません</translation>
    </message>
    <message>
        <source>keep the fingerprint cache here</source>
        <translation>フィンガープリントキャッシュをこのフォルダーに置きます</translation>
    </message>
    <message>
        <source>also group pictures you marked as &apos;not duplicates&apos; in the window</source>
        <translation>ウィンドウで「重複ではない」とマークした画像もグループにします</translation>
    </message>
    <message>
        <source>decoding threads (default: one per CPU core)</source>
        <translation>デコードのスレッド数（既定: CPU コアごとに 1 つ）</translation>
    </message>
    <message>
        <source>list every file that could not be read (default: the first %1, then how many more; the JSON result always lists them all)</source>
        <translation>読み取れなかったファイルをすべて表示する（既定では最初の %1 件と残りの件数。JSON の結果には常にすべて記録されます）</translation>
    </message>
    <message>
        <source>no progress bar and no summary</source>
        <translation>進行状況バーと概要を表示しません</translation>
    </message>
    <message>
        <source>Trash (or move) the files marked &quot;keep&quot;: false in a scan result or saved review. Each file is checked against the files on disk first: a copy marked KEEP must still be there unchanged, the file must be unchanged, inside the scanned folders, outside every reference folder, and still a duplicate of the kept copy. Anything else is skipped and said. Never removes every copy of a picture, and never deletes permanently.</source>
        <translation>スキャン結果または保存したレビューで &quot;keep&quot;: false とされたファイルをゴミ箱に（または別のフォルダーに）移動します。各ファイルはまずディスク上のファイルと照合されます。「残す」とマークしたコピーが変更されずにまだあること、ファイル自体が変更されておらず、スキャンしたフォルダー内にあって、どの基準フォルダーにも入っておらず、今も残すコピーの重複であることが条件です。それ以外はスキップし、その旨を表示します。画像のすべてのコピーを取り除くことはなく、完全に削除することもありません。</translation>
    </message>
    <message>
        <source>Exit status: 0 when everything planned was done, 1 when something was skipped or refused, 2 for a bad argument or an unreadable file (then nothing is touched).</source>
        <translation>終了ステータス: 計画どおりすべて実行したら 0、スキップまたは拒否されたものがあれば 1、引数が正しくないかファイルを読み込めなければ 2（このときは何にも触れません）。</translation>
    </message>
    <message>
        <source>a scan result (--json) or saved review</source>
        <translation>スキャン結果（--json）または保存したレビュー</translation>
    </message>
    <message>
        <source>move the files into DIR instead of the Trash</source>
        <translation>ゴミ箱ではなく DIR にファイルを移動します</translation>
    </message>
    <message>
        <source>also never touch files under DIR (repeatable; the scan&apos;s own reference folders always count)</source>
        <translation>DIR 以下のファイルにも一切触れません（複数回指定可。スキャン時の基準フォルダーは常に含まれます）</translation>
    </message>
    <message>
        <source>check everything and say what would happen</source>
        <translation>すべてを確認し、何が起こるかだけを表示します</translation>
    </message>
    <message>
        <source>Put back the files of the last trash or move run, as the action journal recorded them. Moved files are moved back; trashed files are taken out of the Trash (Linux, Windows; on macOS the files to put back in Finder are listed). A file now at the old place is never replaced: that file is listed and its copy stays where it is.</source>
        <translation>操作記録のとおりに、最後にゴミ箱や別のフォルダーへ移動したファイルを元に戻します。別のフォルダーに移動したファイルは元の場所へ移し、ゴミ箱に移動したファイルはゴミ箱から取り出します（Linux、Windows。macOS では Finder で戻すファイルを一覧表示します）。元の場所に現在ファイルがある場合、決して置き換えません。そのファイルを一覧に示し、移動したコピーは今の場所に残します。</translation>
    </message>
    <message>
        <source>Exit status: 0 when every file was put back (or there was nothing to put back), 1 when some could not be, 2 for a bad argument.</source>
        <translation>終了ステータス: すべてのファイルを元に戻したら（または元に戻すものがなければ）0、元に戻せないものがあれば 1、引数が正しくなければ 2。</translation>
    </message>
    <message>
        <source>the action journal (default: Lookalike&apos;s own)</source>
        <translation>操作記録（既定: Lookalike 自身の操作記録）</translation>
    </message>
    <message>
        <source>look for the files and move nothing</source>
        <translation>ファイルを探すだけで、何も移動しません</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the end of a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>folder not answering: %1; choose another place</source>
        <translation>フォルダーが応答しません: %1。別の場所を選んでください</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; choose another name</source>
        <translation>%1 は既に存在し、通常のファイルではありません。別の名前を選んでください</translation>
    </message>
    <message>
        <source>%1 already exists inside a scanned folder; choose another name or remove it first</source>
        <translation>%1 はスキャンするフォルダー内に既に存在します。別の名前を選ぶか、先に取り除いてください</translation>
    </message>
    <message>
        <source>%1 already exists and might be inside a scanned folder that does not answer; choose another name or remove it first</source>
        <translation>%1 は既に存在し、応答しないスキャン対象のフォルダー内にある可能性があります。別の名前を選ぶか、先に取り除いてください</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) may have gone</source>
        <translation>
            <numerusform>、%n 件は移動した可能性あり</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>ファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images scanned (%2 from cache) in %3 s: %4 duplicate groups, %5 extra copies, %6 reclaimable</source>
        <translation>画像 %1 枚をスキャン（キャッシュから %2 枚）、%3 秒: 重複グループ %4 個、余分なコピー %5 個、解放できる容量 %6</translation>
    </message>
    <message>
        <source>; %1 files could not be read</source>
        <translation>、読み込めなかったファイル %1 個</translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>画像 %Ln 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>フォルダー %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>; %1 excluded by your patterns</source>
        <translation>、除外パターンで除外: %1</translation>
    </message>
    <message>
        <source> (stopped early: results are partial)</source>
        <translation>（途中で停止: 結果は一部のみ）</translation>
    </message>
    <message>
        <source>checking and acting: %1 of %2</source>
        <translation>確認して実行中: %1/%2</translation>
    </message>
    <message>
        <source>folder not found: %1</source>
        <translation>フォルダーが見つかりません: %1</translation>
    </message>
    <message>
        <source>reference folder not found: %1</source>
        <translation>基準フォルダーが見つかりません: %1</translation>
    </message>
    <message>
        <source>--algorithm whash needs a hash size that is a power of two (4, 8, 16, 32)</source>
        <translation>--algorithm whash には 2 のべき乗のハッシュサイズが必要です（4、8、16、32）</translation>
    </message>
    <message>
        <source>--threshold %1 is more than half the %2 hash bits: everything would match</source>
        <translation>--threshold %1 はハッシュ %2 ビットの半分を超えています: すべてが一致してしまいます</translation>
    </message>
    <message>
        <source>your &apos;not duplicates&apos; decisions cannot be read (%1); pictures you marked so may be grouped again</source>
        <translation>「重複ではない」の判断を読み込めません（%1）。そうマークした画像が再びグループになる可能性があります</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>結果を書き込めません: %1</translation>
    </message>
    <message>
        <source>not read: %1: %2</source>
        <translation>読み込めませんでした: %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>; %1 files disappeared during the scan</source>
        <translation>、スキャン中に消えたファイル %1 個</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>folder not answering: %1</source>
        <translation>フォルダーが応答しません: %1</translation>
    </message>
    <message>
        <source>reference folder not answering: %1</source>
        <translation>基準フォルダーが応答しません: %1</translation>
    </message>
    <message>
        <source>… and %1 more not read: %2 lists every one under &quot;errors&quot; (--all-errors prints them all here)</source>
        <translation>…ほかに %1 件は読み込まれていません。%2 の &quot;errors&quot; にすべて記録されています（--all-errors でここにすべて表示）</translation>
    </message>
    <message>
        <source>… and %1 more not read (--all-errors prints them all)</source>
        <translation>…ほかに %1 件は読み込まれていません（--all-errors ですべて表示）</translation>
    </message>
    <message>
        <source>… and %1 more could not be read: %2 lists every one under &quot;errors&quot; (--all-errors prints them all here)</source>
        <translation>…ほかに %1 件を読み取れませんでした。%2 の &quot;errors&quot; にすべて記録されています（--all-errors でここにすべて表示）</translation>
    </message>
    <message>
        <source>… and %1 more could not be read (--all-errors prints them all)</source>
        <translation>…ほかに %1 件を読み取れませんでした（--all-errors ですべて表示）</translation>
    </message>
    <message>
        <source>--move-to %1 does not answer</source>
        <translation>--move-to %1 が応答しません</translation>
    </message>
    <message>
        <source>--move-to %1 is not a folder</source>
        <translation>--move-to %1 はフォルダーではありません</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>グループ %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: move to %2 %n file(s) marked &quot;keep&quot;: false, in %1.</source>
        <translation>
            <numerusform>計画: %1の &quot;keep&quot;: false とされたファイル %n 個を %2 に移動します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: move to the Trash %n file(s) marked &quot;keep&quot;: false, in %1.</source>
        <translation>
            <numerusform>計画: %1の &quot;keep&quot;: false とされたファイル %n 個をゴミ箱に移動します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned folders (files outside them are never touched):</source>
        <translation>スキャンしたフォルダー（この外のファイルには一切触れません）:</translation>
    </message>
    <message>
        <source>Reference folders (files inside them are never touched):</source>
        <translation>基準フォルダー（この中のファイルには一切触れません）:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>would move: %1</source>
        <translation>移動予定: %1</translation>
    </message>
    <message>
        <source>would trash: %1</source>
        <translation>ゴミ箱へ移動予定: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <translation>移動済み: %1</translation>
    </message>
    <message>
        <source>trashed: %1</source>
        <translation>ゴミ箱へ移動済み: %1</translation>
    </message>
    <message>
        <source>may have been moved: %1: %2</source>
        <translation>移動した可能性あり: %1: %2</translation>
    </message>
    <message>
        <source>may have been trashed: %1: %2</source>
        <translation>ゴミ箱へ移動した可能性あり: %1: %2</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>スキップ: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would move %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>ファイル %n 個（%1）を移動予定、スキップ %2 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would trash %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>ファイル %n 個（%1）をゴミ箱へ移動予定、スキップ %2 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>ファイル %n 個（%1）を移動、スキップ %2 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trashed %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>ファイル %n 個（%1）をゴミ箱へ移動、スキップ %2 個</numerusform>
        </translation>
    </message>
    <message>
        <source>; stopped early</source>
        <translation>、途中で停止</translation>
    </message>
    <message numerus="yes">
        <source>Waiting a few seconds for %n file(s) whose drive stopped answering while they were being moved…</source>
        <translation>
            <numerusform>移動中にドライブが応答しなくなった %n 件のファイルを数秒間待っています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Their drive answered: what became of them is in the journal; &quot;lookalike undo-last&quot; puts back any that went.</source>
        <translation>ドライブが応答しました。ファイルがどうなったかは操作記録にあります。移動したものは「lookalike undo-last」で元に戻せます。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may still be moving: Lookalike stops waiting. The journal records them as begun, and &quot;lookalike undo-last&quot; looks at them as after a crash and puts back any that went.</source>
        <translation>
            <numerusform>%n 件のファイルはまだ移動中かもしれません。Lookalike は待つのをやめます。操作記録には開始したことが記録されており、「lookalike undo-last」はクラッシュ後と同じようにそれらを調べ、移動したものを元に戻します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put back: the journal holds no trash or move run that was not put back.</source>
        <translation>元に戻すものはありません: 操作記録に、まだ元に戻していないゴミ箱への移動や移動の操作はありません。</translation>
    </message>
    <message>
        <source>would put back: %1</source>
        <translation>元に戻す予定: %1</translation>
    </message>
    <message>
        <source>put back: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <source>not put back: %1: %2</source>
        <translation>元に戻せませんでした: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would put back %n file(s); not put back %1</source>
        <translation>
            <numerusform>ファイル %n 個を元に戻す予定、元に戻せないもの %1 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s); not put back %1</source>
        <translation>
            <numerusform>ファイル %n 個を元に戻しました、元に戻せなかったもの %1 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>In the selected groups when several are selected (Ctrl+click), else in every group listed.</source>
        <translation>複数のグループを選択しているとき（Ctrl+クリック）は選択したグループに、それ以外は一覧のすべてのグループに適用します。</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Open review…</source>
        <translation>レビューを開く…</translation>
    </message>
    <message>
        <source>Save review…</source>
        <translation>レビューを保存…</translation>
    </message>
    <message>
        <source>Export results as JSON…</source>
        <translation>結果を JSON で書き出す…</translation>
    </message>
    <message>
        <source>Export results as CSV…</source>
        <translation>結果を CSV で書き出す…</translation>
    </message>
    <message>
        <source>Move marked files to Trash…</source>
        <translation>マークしたファイルをゴミ箱に移動…</translation>
    </message>
    <message>
        <source>Move marked files to a folder…</source>
        <translation>マークしたファイルをフォルダーに移動…</translation>
    </message>
    <message>
        <source>Undo last action: put moved files back…</source>
        <translation>最後の操作を元に戻す: 移動したファイルを戻す…</translation>
    </message>
    <message>
        <source>Put the files last moved to the Trash or to a folder back where they were. A file that now exists at the old place is never replaced.</source>
        <translation>最後にゴミ箱またはフォルダーへ移動したファイルを元の場所に戻します。元の場所に現在ファイルがある場合、決して置き換えません。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Undo your last change to the marks or the groups</source>
        <translation>マークやグループへの最後の変更を元に戻します</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Switch KEEP / DELETE</source>
        <translation>残す / 削除 を切り替え</translation>
    </message>
    <message>
        <source>Switch the selected picture between KEEP and DELETE (Space, or a click on its badge); in the compare view, the framed one</source>
        <translation>選択した画像を「残す」と「削除」で切り替えます（Space またはバッジをクリック）。比較画面では枠の付いた画像に適用します</translation>
    </message>
    <message>
        <source>Mark &amp;DELETE</source>
        <translation>「削除」にマーク(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected pictures DELETE. Nothing is deleted until you move the marked files.</source>
        <translation>選択した画像を「削除」にマークします。マークしたファイルを移動するまで、何も削除されません。</translation>
    </message>
    <message>
        <source>Mark by the &amp;keep rules…</source>
        <translation>残すルールでマーク(&amp;K)…</translation>
    </message>
    <message>
        <source>Mark KEEP the copy the keep rules choose, the others DELETE.</source>
        <translation>残すルールが選んだコピーを「残す」に、それ以外を「削除」にマークします。</translation>
    </message>
    <message>
        <source>Keep &amp;all…</source>
        <translation>すべて残す(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark every file KEEP.</source>
        <translation>すべてのファイルを「残す」にマークします。</translation>
    </message>
    <message>
        <source>&amp;Invert marks…</source>
        <translation>マークを反転(&amp;I)…</translation>
    </message>
    <message>
        <source>KEEP becomes DELETE and DELETE becomes KEEP; each group keeps at least one copy.</source>
        <translation>「残す」は「削除」に、「削除」は「残す」になります。各グループには少なくとも 1 つのコピーが残ります。</translation>
    </message>
    <message>
        <source>Mark everything under a &amp;folder DELETE…</source>
        <translation>フォルダー内のすべてを「削除」にマーク(&amp;F)…</translation>
    </message>
    <message>
        <source>Mark DELETE every file in a folder you choose and its subfolders; a group whose files are all there keeps its best copy.</source>
        <translation>選んだフォルダーとそのサブフォルダー内のすべてのファイルを「削除」にマークします。ファイルがすべてその中にあるグループでは、最適なコピーを残します。</translation>
    </message>
    <message>
        <source>Keep everything under a f&amp;older…</source>
        <translation>フォルダー内のすべてを残す(&amp;O)…</translation>
    </message>
    <message>
        <source>Mark KEEP every file in a folder you choose and its subfolders.</source>
        <translation>選んだフォルダーとそのサブフォルダー内のすべてのファイルを「残す」にマークします。</translation>
    </message>
    <message>
        <source>&amp;Compare side by side</source>
        <translation>並べて比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>レビュー(&amp;R)</translation>
    </message>
    <message>
        <source>Look at the selected picture next to the group&apos;s first one, zoomed together, with a difference view. Ctrl+click two pictures to compare those two.</source>
        <translation>選択した画像をグループの最初の画像と並べ、一緒にズームして差分表示でも見られます。2 枚の画像を Ctrl+クリックすると、その 2 枚を比較します。</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate: take the picture out of its group</source>
        <translation>重複ではない: 画像をグループから外す(&amp;N)</translation>
    </message>
    <message>
        <source>The selected picture is a different picture: take it out of this group. Lookalike remembers this, even if the files are renamed or moved.</source>
        <translation>選択した画像は別の画像なので、このグループから外します。ファイルの名前が変わったり移動されたりしても、Lookalike はこれを記憶します。</translation>
    </message>
    <message>
        <source>None of these are duplicates: remove the &amp;group</source>
        <translation>どれも重複ではない: グループを取り除く(&amp;G)</translation>
    </message>
    <message>
        <source>Remove this whole group from the results, and keep these pictures apart in later scans (Shift+N)</source>
        <translation>このグループ全体を結果から取り除き、以後のスキャンではこれらの画像を別々に扱います（Shift+N）</translation>
    </message>
    <message>
        <source>Switch “&amp;reviewed” for this group</source>
        <translation>このグループの「確認済み」を切り替え(&amp;R)</translation>
    </message>
    <message>
        <source>Tick or untick the group as reviewed. A group is ticked by itself once it was shown for a moment or one of its marks changed (R)</source>
        <translation>グループの「確認済み」のチェックを付けたり外したりします。グループが少しの間表示されるか、マークが変わると自動でチェックされます（R）</translation>
    </message>
    <message>
        <source>Next group not &amp;reviewed</source>
        <translation>次の未確認グループ(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the next group in the list, as sorted and filtered, that is not reviewed yet (U)</source>
        <translation>並べ替え・絞り込みした一覧で、まだ確認していない次のグループへ移動します（U）</translation>
    </message>
    <message>
        <source>Which copy to &amp;keep…</source>
        <translation>残すコピーの選び方(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the rules that pick the copy marked KEEP in every group</source>
        <translation>各グループで「残す」にするコピーを選ぶルールを決めます</translation>
    </message>
    <message>
        <source>Pictures marked “&amp;not duplicates”…</source>
        <translation>「重複ではない」とした画像(&amp;N)…</translation>
    </message>
    <message>
        <source>Pictures you said are not duplicates: Lookalike keeps them apart. Open to undo a decision.</source>
        <translation>重複ではないとした画像です。Lookalike はこれらを別々に扱います。判断を取り消すには開いてください。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Every command and its key</source>
        <translation>すべてのコマンドとキー</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
    <message>
        <source>&amp;About Lookalike</source>
        <translation>Lookalike について(&amp;A)</translation>
    </message>
    <message>
        <source>Move between the pictures of a group</source>
        <translation>グループ内の画像間を移動</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>矢印キー</translation>
    </message>
    <message>
        <source>Previous or next group</source>
        <translation>前または次のグループ</translation>
    </message>
    <message>
        <source>PageUp, PageDown, Ctrl+arrow keys</source>
        <translation>PageUp、PageDown、Ctrl+矢印キー</translation>
    </message>
    <message>
        <source>Up and Down arrow keys</source>
        <translation>上下の矢印キー</translation>
    </message>
    <message>
        <source>Open a picture in the system viewer</source>
        <translation>システムのビューアーで画像を開く</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>ダブルクリック</translation>
    </message>
    <message>
        <source>Select several pictures or groups</source>
        <translation>複数の画像やグループを選択</translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click</source>
        <translation>Ctrl+クリック、Shift+クリック</translation>
    </message>
    <message>
        <source>%1 in the grid or the group list</source>
        <translation>グリッドまたはグループの一覧で %1</translation>
    </message>
    <message>
        <source>%1 in the grid</source>
        <translation>グリッドで %1</translation>
    </message>
    <message>
        <source>%1 in the group list</source>
        <translation>グループの一覧で %1</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Side by side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>切り替え表示</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole pictures (0)</source>
        <translation>画像全体を表示（0）</translation>
    </message>
    <message>
        <source>One pixel of A per screen pixel (1)</source>
        <translation>画面の 1 ピクセルに A の 1 ピクセル（1）</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>縮小（-）</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大（+）</translation>
    </message>
    <message>
        <source>Zoom, in pixels of A&apos;s original file per screen pixel</source>
        <translation>倍率（画面の 1 ピクセルあたりの A の元ファイルのピクセル数）</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>全体表示（%1）</translation>
    </message>
    <message>
        <source>Compare A with the previous copy (←)</source>
        <translation>A を前のコピーと比較（←）</translation>
    </message>
    <message>
        <source>Compare A with the next copy (→)</source>
        <translation>A を次のコピーと比較（→）</translation>
    </message>
    <message>
        <source>Not duplicates  (N)</source>
        <translation>重複ではない  (N)</translation>
    </message>
    <message>
        <source>B is a different picture: take it out of this group and remember that</source>
        <translation>B は別の画像です。このグループから外し、そのことを記憶します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>, amplified %1: black where A and B agree</source>
        <translation>、%1 に増幅: A と B が一致する部分は黒</translation>
    </message>
    <message>
        <source>No difference at all: identical pixels</source>
        <translation>差分なし: ピクセルが同一</translation>
    </message>
    <message>
        <source>%1% of pixels differ noticeably</source>
        <translation>ピクセルの %1% に目立つ差</translation>
    </message>
    <message>
        <source>largest difference %1 of 255</source>
        <translation>最大差 %1/255</translation>
    </message>
    <message>
        <source>B scaled to A&apos;s size</source>
        <translation>B を A のサイズに拡大縮小</translation>
    </message>
    <message>
        <source>blue: not in B</source>
        <translation>青: B にない部分</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>B does not line up with A (no turn or crop fits): the pictures as they are</source>
        <translation>B を A に位置合わせできません（回転や切り抜きが合いません）: 画像はそのまま</translation>
    </message>
    <message>
        <source>Lined up on A first, undoing what B changed: %1</source>
        <translation>B の変更を戻して先に A に位置合わせ: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Wheel or +/%1 zoom · drag to pan · ←/→ other copy · A, B or click: framed picture · %2 KEEP/DELETE · F or Tab flicker · D difference · S side by side · N not duplicates · Esc close</source>
        <translation>ホイールまたは +/%1 でズーム · ドラッグで移動 · ←/→ 別のコピー · A、B またはクリック: 枠の画像を選ぶ · %2 残す/削除 · F または Tab 切り替え表示 · D 差分 · S 並べて表示 · N 重複ではない · Esc 閉じる</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>全体表示（%1）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Cannot show this file:
%1</source>
        <translation>このファイルを表示できません:
%1</translation>
    </message>
    <message>
        <source>A picture could not be read</source>
        <translation>画像を読み込めませんでした</translation>
    </message>
    <message>
        <source>Computing the difference…</source>
        <translation>差分を計算中…</translation>
    </message>
    <message>
        <source>B: %1 of %2</source>
        <translation>B: %1 / %2</translation>
    </message>
    <message>
        <source>A · reference</source>
        <translation>A · 基準</translation>
    </message>
    <message>
        <source>flicker: F or Tab shows %1</source>
        <translation>切り替え表示: F または Tab で %1 を表示</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Remembered “not duplicates”</source>
        <translation>記憶された「重複ではない」</translation>
    </message>
    <message>
        <source>Pictures you marked as &lt;b&gt;not duplicates&lt;/b&gt; are kept apart in every later scan, even if they are renamed or moved: Lookalike remembers them by their content. Forget a decision to let the next scan group those pictures again.</source>
        <translation>&lt;b&gt;重複ではない&lt;/b&gt;とした画像は、名前が変わったり移動されたりしても、以後のすべてのスキャンで別々に扱われます。Lookalike は内容で画像を記憶します。判断を忘れると、次のスキャンでそれらの画像が再びグループにまとめられます。</translation>
    </message>
    <message>
        <source>No decisions remembered yet.</source>
        <translation>まだ記憶された判断はありません。</translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation>選択したものを忘れる</translation>
    </message>
    <message>
        <source>Let the next scan group the selected pairs again (Delete)</source>
        <translation>選択した組を次のスキャンで再びグループにできるようにします（Delete）</translation>
    </message>
    <message>
        <source>Forget all…</source>
        <translation>すべて忘れる…</translation>
    </message>
    <message>
        <source>Forget all decisions</source>
        <translation>すべての判断を忘れる</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n “not duplicates” decision(s)?</source>
        <translation>
            <numerusform>「重複ではない」の判断 %n 件をすべて忘れますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Later scans may group these pictures again.</source>
        <translation>以後のスキャンで、これらの画像が再びグループにまとめられることがあります。</translation>
    </message>
    <message>
        <source>Forget all</source>
        <translation>すべて忘れる</translation>
    </message>
    <message>
        <source>The list of “not duplicates” cannot be changed, because %1, so nothing was forgotten: later scans still keep those pictures apart.</source>
        <translation>「重複ではない」の一覧を変更できないため（%1）、何も忘れていません。以後のスキャンでもそれらの画像は別々に扱われます。</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Kept apart from</source>
        <translation>別扱いの相手</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>判断日時</translation>
    </message>
    <message>
        <source>(where the file was when you decided)</source>
        <translation>（判断したときのファイルの場所）</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>%1 に判断</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>FolderCombo</name>
    <message>
        <source>Any folder</source>
        <translation>すべてのフォルダー</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>No folders yet.
Drop folders from your file manager here, or click “Add folder…”.</source>
        <translation>フォルダーはまだありません。
ファイルマネージャーからここにフォルダーをドロップするか、「フォルダーを追加…」をクリックしてください。</translation>
    </message>
</context>
<context>
    <name>GroupFilterBar</name>
    <message>
        <source>Search file names and folders…</source>
        <translation>ファイル名とフォルダーを検索…</translation>
    </message>
    <message>
        <source>Shows the groups with a file whose name or folder holds every word typed</source>
        <translation>入力したすべての語が名前またはフォルダーに含まれるファイルのあるグループを表示します</translation>
    </message>
    <message>
        <source>Show only exact copies, copies of the same picture, or similar pictures</source>
        <translation>完全に同じコピー、同じ画像のコピー、類似画像のいずれかだけを表示</translation>
    </message>
    <message>
        <source>Show only the groups with a file in this folder or below it</source>
        <translation>このフォルダーまたはその下にファイルがあるグループだけを表示</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>First file</source>
        <translation>最初のファイル</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>How alike</source>
        <translation>似ている度合い</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>To free</source>
        <translation>空く容量</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>The name of the group&apos;s first file (the best copy, unless you chose otherwise)</source>
        <translation>グループの最初のファイルの名前（別に選んでいなければ最適なコピー）</translation>
    </message>
    <message>
        <source>The folder of the group&apos;s first file</source>
        <translation>グループの最初のファイルのフォルダー</translation>
    </message>
    <message>
        <source>How many files the group holds</source>
        <translation>グループ内のファイル数</translation>
    </message>
    <message>
        <source>Exact copies: the same bytes · Same picture: the same pixels, saved differently · Similar: pictures that look alike</source>
        <translation>完全に同じコピー: バイトが同じ · 同じ画像: ピクセルは同じで保存方法が違う · 類似: 見た目が似ている画像</translation>
    </message>
    <message>
        <source>What differs between the copies</source>
        <translation>コピー間の違い</translation>
    </message>
    <message>
        <source>Space the copies marked DELETE free</source>
        <translation>「削除」にマークしたコピーで空く容量</translation>
    </message>
    <message>
        <source>Ticked once you have looked at the group (R switches it; U goes to the next group not reviewed)</source>
        <translation>グループを見るとチェックされます（R で切り替え、U で次の未確認グループへ）</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>No copy kept: every copy is marked DELETE</source>
        <translation>残すコピーがありません: すべてのコピーが「削除」にマークされています</translation>
    </message>
    <message numerus="yes">
        <source>… and %n other(s)</source>
        <translation>
            <numerusform>… ほか %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n 個のファイル: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The language of Lookalike&apos;s window; it changes when Lookalike starts again</source>
        <translation>Lookalike のウィンドウの言語です。Lookalike を再起動すると変わります</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lookalike — find duplicate pictures</source>
        <translation>Lookalike — 重複画像を探す</translation>
    </message>
    <message>
        <source>Add a folder to scan</source>
        <translation>スキャンするフォルダーを追加</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Lookalike will be in %1 the next time it starts.</source>
        <translation>次回の起動時から Lookalike は %1 で表示されます。</translation>
    </message>
    <message>
        <source>Nothing to scan</source>
        <translation>スキャンするものがありません</translation>
    </message>
    <message>
        <source>Add a folder first: click “Add folder…” or drop one here.</source>
        <translation>先にフォルダーを追加してください。「フォルダーを追加…」をクリックするか、ここにドロップします。</translation>
    </message>
    <message>
        <source>The scan failed</source>
        <translation>スキャンに失敗しました</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while scanning. Details:</source>
        <translation>スキャン中に Lookalike で不具合が起きました。詳細:</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す(&amp;R): %1</translation>
    </message>
    <message>
        <source>Every group listed is reviewed.</source>
        <translation>一覧のすべてのグループを確認済みです。</translation>
    </message>
    <message>
        <source>About Lookalike</source>
        <translation>Lookalike について</translation>
    </message>
    <message>
        <source>Lookalike %1

Finds duplicate and near-duplicate pictures, lets you review every group, and moves only the copies you confirm to the Trash.</source>
        <translation>Lookalike %1

重複画像とほぼ重複した画像を見つけ、すべてのグループを確認でき、確認したコピーだけをゴミ箱に移動します。</translation>
    </message>
</context>
<context>
    <name>MissingFolders</name>
    <message>
        <source>A folder is not there when it was renamed, moved or deleted, or when the drive it is on is not connected.</source>
        <translation>フォルダーの名前が変わった、移動または削除された、あるいはそのドライブが接続されていないと、フォルダーは見つかりません。</translation>
    </message>
    <message>
        <source>A folder does not answer when the drive it is on stopped answering: a network drive whose connection was lost, or a disk still waking up. Lookalike waited a few seconds for it.</source>
        <translation>フォルダーのあるドライブが応答しなくなると、フォルダーは応答しません。接続が切れたネットワークドライブや、まだ起動中のディスクなどです。Lookalike は数秒間、応答を待ちました。</translation>
    </message>
    <message>
        <source>The reference folder “%1” does not answer.</source>
        <translation>基準フォルダー「%1」が応答しません。</translation>
    </message>
    <message>
        <source>The reference folder “%1” is not there now.</source>
        <translation>基準フォルダー「%1」が今は見つかりません。</translation>
    </message>
    <message>
        <source>Scan anyway? To compare the reference pictures with the others, click Cancel, then scan again once the drive answers (connect it again if it was disconnected).</source>
        <translation>それでもスキャンしますか？ 基準フォルダーの画像をほかの画像と比較するには、キャンセルしてから、ドライブが応答するようになったらもう一度スキャンしてください（接続が切れていた場合は接続し直してください）。</translation>
    </message>
    <message>
        <source>The reference folder “%1” did not answer and was not scanned: copies of its pictures were not looked for.</source>
        <translation>基準フォルダー「%1」が応答しなかったため、スキャンしませんでした。その画像のコピーは探していません。</translation>
    </message>
    <message>
        <source>The pictures of a reference folder that is not there are not protected: any that are now inside another folder listed are scanned like the others, and can be marked DELETE.</source>
        <translation>見つからない基準フォルダーの画像は保護されません。一覧にある別のフォルダーの中に移っている画像はほかと同じようにスキャンされ、DELETE が付くことがあります。</translation>
    </message>
    <message>
        <source>Lookalike looks at nothing inside a reference folder that does not answer: none of its pictures is scanned, so none can be marked DELETE, but their copies in the other folders are not found either.</source>
        <translation>応答しない基準フォルダーの中は、Lookalike は何も調べません。その画像はスキャンされないので「削除」が付くことはありませんが、ほかのフォルダーにあるそのコピーも見つかりません。</translation>
    </message>
    <message>
        <source>Reference folder not answering</source>
        <translation>基準フォルダーが応答しません</translation>
    </message>
    <message>
        <source>Reference folder not found</source>
        <translation>基準フォルダーが見つかりません</translation>
    </message>
    <message>
        <source>Scan anyway? To keep them protected, click Cancel, then connect the drive, or add the folder again where it is now and tick it.</source>
        <translation>それでもスキャンしますか？ 保護したままにするには、キャンセルしてからドライブを接続するか、今ある場所のフォルダーを追加し直してチェックを付けてください。</translation>
    </message>
    <message>
        <source>Scan anyway</source>
        <translation>それでもスキャン</translation>
    </message>
    <message>
        <source>The folder “%1” does not answer.</source>
        <translation>フォルダー「%1」が応答しません。</translation>
    </message>
    <message>
        <source>The folder “%1” is not there now.</source>
        <translation>フォルダー「%1」が今は見つかりません。</translation>
    </message>
    <message>
        <source>The reference folder “%1” was not there: its pictures were not protected.</source>
        <translation>基準フォルダー「%1」が見つかりませんでした。その画像は保護されていません。</translation>
    </message>
    <message>
        <source>The folder “%1” did not answer and was not scanned.</source>
        <translation>フォルダー「%1」が応答しなかったため、スキャンしませんでした。</translation>
    </message>
    <message>
        <source>The folder “%1” was not there and was not scanned.</source>
        <translation>フォルダー「%1」が見つからなかったため、スキャンしませんでした。</translation>
    </message>
</context>
<context>
    <name>PairLoader</name>
    <message>
        <source>an unexpected error (the log has the details)</source>
        <translation>予期しないエラー（詳細はログにあります）</translation>
    </message>
</context>
<context>
    <name>QtDialogs</name>
    <message>
        <source>… and %1 more in the details</source>
        <translation>…ほか %1 行は詳細に表示</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>This folder cannot be used</source>
        <translation>このフォルダーは使用できません</translation>
    </message>
    <message>
        <source>Lookalike cannot find the folder chosen under the name the folder dialog gives it (%1): its name may hold characters the dialog cannot pass on. Rename the folder, or choose another.</source>
        <translation>フォルダー選択ダイアログが返した名前 (%1) では、選んだフォルダーが見つかりません。名前にダイアログが扱えない文字が含まれている可能性があります。フォルダー名を変更するか、別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>could not be read: unexpected %1 (%2)</source>
        <translation>読み込めません: 予期しない %1（%2）</translation>
    </message>
    <message>
        <source>no longer a regular file (it was replaced during the scan)</source>
        <translation>通常のファイルではなくなりました（スキャン中に置き換えられました）</translation>
    </message>
    <message>
        <source>another file took its name during the scan (moved over it, or a link)</source>
        <translation>スキャン中に別のファイルがこの名前になりました（上書きで移動されたか、リンクに置き換えられました）</translation>
    </message>
    <message>
        <source>a folder above it was replaced during the scan (moved away, or a link put there)</source>
        <translation>スキャン中に上位のフォルダーが置き換えられました（移動されたか、リンクに置き換えられました）</translation>
    </message>
    <message>
        <source>the file disappeared during the scan</source>
        <translation>スキャン中にファイルがなくなりました</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>ファイルを読み込む権限がありません</translation>
    </message>
    <message>
        <source>file cannot be read (%1)</source>
        <translation>ファイルを読み込めません（%1）</translation>
    </message>
    <message>
        <source>the picture reader stopped while reading it: the picture data may be damaged</source>
        <translation>読み込みの途中で画像の読み込み処理が止まりました: 画像データが壊れている可能性があります</translation>
    </message>
    <message>
        <source>the file is no longer there (moved or deleted?)</source>
        <translation>ファイルがもうそこにありません（移動または削除されましたか？）</translation>
    </message>
    <message>
        <source>not a picture: the content is not an image format Lookalike can read</source>
        <translation>画像ではありません: Lookalike が読み込める画像形式ではありません</translation>
    </message>
    <message>
        <source>a RAW camera file, which this version of Lookalike cannot read: left out of the comparison (a JPEG the camera saved beside it is compared as usual)</source>
        <translation>このバージョンの Lookalike では読み込めない RAW カメラファイルです: 比較から除外しました（カメラが横に保存した JPEG は通常どおり比較します）</translation>
    </message>
    <message>
        <source>RAW photo without a readable preview (%1)</source>
        <translation>読み込めるプレビューのない RAW 写真（%1）</translation>
    </message>
    <message>
        <source>RAW photo whose embedded preview is not a JPEG</source>
        <translation>埋め込みプレビューが JPEG ではない RAW 写真</translation>
    </message>
    <message>
        <source>too large to open safely (possible decompression bomb)</source>
        <translation>大きすぎて安全に開けません（解凍爆弾の可能性があります）</translation>
    </message>
    <message>
        <source>too large to open safely (%1 megapixels)</source>
        <translation>大きすぎて安全に開けません（%1 メガピクセル）</translation>
    </message>
    <message>
        <source>too large to open with the memory available</source>
        <translation>大きすぎて、使用できるメモリーでは開けません</translation>
    </message>
    <message>
        <source>too large to compare safely: decoding it would need about %1 of memory, more than the %2 one picture may use</source>
        <translation>大きすぎて安全に比較できません: デコードに約 %1 のメモリーが必要で、1 枚の画像に許される %2 を超えます</translation>
    </message>
    <message>
        <source>too large to show safely: decoding it would need about %1 of memory, more than the %2 one picture may use</source>
        <translation>大きすぎて安全に表示できません: デコードに約 %1 のメモリーが必要で、1 枚の画像に許される %2 を超えます</translation>
    </message>
    <message>
        <source>the picture data is damaged (a header is cut short)</source>
        <translation>画像データが壊れています（ヘッダーが途中で切れています）</translation>
    </message>
    <message>
        <source>the file is truncated: part of the picture data is missing</source>
        <translation>ファイルが途中で切れています: 画像データの一部がありません</translation>
    </message>
    <message>
        <source>the picture data is damaged (%1)</source>
        <translation>画像データが壊れています（%1）</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>フォルダーが見つかりません</translation>
    </message>
    <message>
        <source>folder cannot be read (%1)</source>
        <translation>フォルダーを読み込めません（%1）</translation>
    </message>
    <message>
        <source>neither a folder nor a picture</source>
        <translation>フォルダーでも画像でもありません</translation>
    </message>
    <message>
        <source>broken link: the file it points to is gone</source>
        <translation>壊れたリンク: リンク先のファイルがありません</translation>
    </message>
    <message>
        <source>only in the cloud: not downloaded to scan it</source>
        <translation>クラウドにのみあります: スキャンのためにダウンロードしていません</translation>
    </message>
    <message>
        <source>a link to a file: not followed</source>
        <translation>ファイルへのリンク: たどっていません</translation>
    </message>
    <message>
        <source>a link to a folder: not followed</source>
        <translation>フォルダーへのリンク: たどっていません</translation>
    </message>
    <message>
        <source>a link to a file outside the scanned folders</source>
        <translation>スキャン対象のフォルダーの外にあるファイルへのリンク</translation>
    </message>
    <message>
        <source>a link to a folder outside the scanned folders</source>
        <translation>スキャン対象のフォルダーの外にあるフォルダーへのリンク</translation>
    </message>
    <message>
        <source>a link to a place that did not answer (a drive not connected?): not followed</source>
        <translation>応答しなかった場所へのリンク（ドライブが接続されていない？）: たどっていません</translation>
    </message>
    <message>
        <source>The folder %1 was not found, so its pictures are not in this result.</source>
        <translation>フォルダー %1 が見つからなかったため、その画像はこの結果に含まれていません。</translation>
    </message>
    <message>
        <source>The reference folder %1 was not found, so no picture in this result is protected as being in it; if you renamed or moved it, add it again.</source>
        <translation>基準フォルダー %1 が見つからなかったため、この結果ではそこにある画像として保護されるものはありません。名前を変えたか移動した場合は、もう一度追加してください。</translation>
    </message>
    <message>
        <source>The folder %1 is a link to a place that is gone, so its pictures are not in this result.</source>
        <translation>フォルダー %1 はもう存在しない場所へのリンクのため、その画像はこの結果に含まれていません。</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened (%2), so its pictures are not in this result.</source>
        <translation>フォルダー %1 を開けなかったため（%2）、その画像はこの結果に含まれていません。</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a picture, so nothing from it is in this result.</source>
        <translation>%1 はフォルダーでも画像でもないため、この結果には何も含まれていません。</translation>
    </message>
    <message>
        <source>%1 did not answer (a network drive not connected, or asleep?), so nothing in it is in this result.</source>
        <translation>%1 が応答しなかったため（ネットワークドライブが接続されていないか、スリープ中？）、その中のものはこの結果に含まれていません。</translation>
    </message>
    <message>
        <source>This result is incomplete: the folder %1 was moved or removed during the scan, so its pictures are left out (%2 of the %3 files found); scan again.</source>
        <translation>この結果は不完全です: スキャン中にフォルダー %1 が移動または削除されたため、その画像は含まれていません（見つかった %3 個のファイルのうち %2 個）。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>This result is incomplete: %1 of the %2 files found were moved or deleted before the scan could read them (%3 of them in %4); scan again.</source>
        <translation>この結果は不完全です: 見つかった %2 個のファイルのうち %1 個が、読み取る前に移動または削除されました（そのうち %3 個は %4 にありました）。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>The fingerprint cache in %1 cannot be used (%2); this scan runs without it, so the next one reads every file again.</source>
        <translation>%1 のフィンガープリントキャッシュを使用できません（%2）。今回のスキャンはキャッシュなしで行うため、次回はすべてのファイルを読み直します。</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 was unreadable (%2); it has been rebuilt.</source>
        <translation>フィンガープリントキャッシュ %1 を読み込めなかったため（%2）、作り直しました。</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 cannot be used (%2).</source>
        <translation>フィンガープリントキャッシュ %1 を使用できません（%2）。</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 could not be read (%2).</source>
        <translation>フィンガープリントキャッシュ %1 を読み込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 no longer holds the thumbs of %2 scanned pictures; scan again.</source>
        <translation>フィンガープリントキャッシュ %1 に、スキャンした %2 枚の画像のサムネイルがもうありません。もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>%1 pictures have no thumb and there is no cache</source>
        <translation>%1 枚の画像にサムネイルがなく、キャッシュもありません</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>フォルダーが読み取り専用です</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>the copy you keep</source>
        <translation>残すコピー</translation>
    </message>
    <message>
        <source>this file is also a copy marked KEEP (under this or another name)</source>
        <translation>このファイルは「残す」にマークされたコピーでもあります（この名前または別の名前で）</translation>
    </message>
    <message>
        <source>it is in a reference folder, whose pictures are never removed</source>
        <translation>基準フォルダー内にあります。基準フォルダーの画像は決して取り除きません</translation>
    </message>
    <message>
        <source>no copy in its group is marked KEEP, so no copy would be left</source>
        <translation>グループ内に「残す」にマークされたコピーがないため、コピーが 1 つも残らなくなります</translation>
    </message>
    <message>
        <source>%1 was saved without what identifies it (an older or edited result file): scan the folders again</source>
        <translation>%1が識別情報なしで保存されています（古いまたは編集された結果ファイル）: フォルダーをもう一度スキャンしてください</translation>
    </message>
    <message>
        <source>the reference folder %1 did not answer, so Lookalike cannot make sure that the file lies outside it</source>
        <translation>基準フォルダー「%1」が応答しなかったため、ファイルがその外にあることを Lookalike が確かめられません</translation>
    </message>
    <message>
        <source>%1 is in the folder %2, which did not answer</source>
        <translation>%1は応答しなかったフォルダー「%2」の中にあります</translation>
    </message>
    <message>
        <source>it was already moved in this run</source>
        <translation>この実行ですでに移動しました</translation>
    </message>
    <message>
        <source>it is already in the folder to move it to</source>
        <translation>移動先のフォルダーにすでに入っています</translation>
    </message>
    <message>
        <source>%1 is not inside the scanned folders (a folder on its path may have been replaced by a link)</source>
        <translation>%1がスキャン対象のフォルダー内にありません（パス上のフォルダーがリンクに置き換えられた可能性があります）</translation>
    </message>
    <message>
        <source>%1 is gone: it was moved or deleted after the scan</source>
        <translation>%1がありません: スキャン後に移動または削除されました</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1を読み込めません（%2）</translation>
    </message>
    <message>
        <source>%1 was replaced by a link after the scan</source>
        <translation>スキャン後に%1がリンクに置き換えられました</translation>
    </message>
    <message>
        <source>%1 is no longer a regular file</source>
        <translation>%1が通常のファイルではなくなりました</translation>
    </message>
    <message>
        <source>%1 was replaced by another file after the scan</source>
        <translation>スキャン後に%1が別のファイルに置き換えられました</translation>
    </message>
    <message>
        <source>%1 was changed after the scan</source>
        <translation>スキャン後に%1が変更されました</translation>
    </message>
    <message>
        <source>%1 was changed or replaced after the scan</source>
        <translation>スキャン後に%1が変更されたか、置き換えられました</translation>
    </message>
    <message>
        <source>the content of %1 was changed after the scan</source>
        <translation>スキャン後に%1の内容が変更されました</translation>
    </message>
    <message>
        <source>%1, so nothing in this group was removed</source>
        <translation>%1。そのため、このグループからは何も取り除いていません</translation>
    </message>
    <message>
        <source>its bytes differ from the copy you keep</source>
        <translation>バイト列が残すコピーと異なります</translation>
    </message>
    <message>
        <source>it is not an identical copy of the copy you keep</source>
        <translation>残すコピーと完全に同じコピーではありません</translation>
    </message>
    <message>
        <source>it could not be compared again (%1)</source>
        <translation>もう一度比較できませんでした（%1）</translation>
    </message>
    <message>
        <source>too plain a picture to tell a copy from a lookalike</source>
        <translation>単調すぎる画像のため、コピーか、よく似た別の画像かを区別できません</translation>
    </message>
    <message>
        <source>not the same picture as the copy you keep, checked again just now</source>
        <translation>今もう一度確認したところ、残すコピーと同じ画像ではありません</translation>
    </message>
    <message>
        <source>not similar enough to the copy you keep, checked again just now</source>
        <translation>今もう一度確認したところ、残すコピーと十分に類似していません</translation>
    </message>
    <message>
        <source>permission denied: you may not change this file or its folder</source>
        <translation>アクセスが拒否されました: このファイルまたはそのフォルダーを変更する権限がありません</translation>
    </message>
    <message>
        <source>the system refused it (%1)</source>
        <translation>システムが拒否しました（%1）</translation>
    </message>
    <message>
        <source>the Trash refused it (%1)</source>
        <translation>ゴミ箱が拒否しました（%1）</translation>
    </message>
    <message>
        <source>the Trash cannot be used for this drive</source>
        <translation>このドライブではゴミ箱を使用できません</translation>
    </message>
    <message>
        <source>its name is too long for the Trash, which adds to it</source>
        <translation>名前が長すぎてゴミ箱に入れられません（ゴミ箱は名前に文字を付け足します）</translation>
    </message>
    <message>
        <source>the folder to move to is inside a reference folder: choose another</source>
        <translation>移動先のフォルダーが基準フォルダーの中にあります: 別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>the folder to move to is inside a Trash, which emptying deletes for good: choose another</source>
        <translation>移動先のフォルダーがゴミ箱の中にあります。ゴミ箱を空にすると完全に削除されます: 別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>the folder to move to is not a folder (a file, or a link that leads nowhere): choose another</source>
        <translation>移動先のフォルダーはフォルダーではありません（ファイルか、どこにもつながっていないリンクです）: 別のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>the folder to move to was moved or replaced while files were moved into it</source>
        <translation>ファイルの移動中に、移動先のフォルダーが移動されたか置き換えられました</translation>
    </message>
    <message>
        <source>the folder to move to, %1, did not answer: try again once its drive answers</source>
        <translation>移動先のフォルダー「%1」が応答しませんでした: ドライブが応答するようになったら、もう一度お試しください</translation>
    </message>
    <message>
        <source>the drive of the folder to move to does not allow this file&apos;s name (USB sticks and Windows drives refuse characters such as : ? and *)</source>
        <translation>移動先のフォルダーのドライブでは、このファイルの名前を使えません（USB メモリーや Windows のドライブでは : ? * などの文字を使えません）</translation>
    </message>
    <message>
        <source>the drive of the folder to move to cannot give a file a name without the risk of replacing another file there: choose a folder on another drive</source>
        <translation>移動先フォルダーのドライブでは、ほかのファイルを置き換えてしまうおそれなしにファイルに名前を付けられません。別のドライブのフォルダーを選んでください</translation>
    </message>
    <message>
        <source>the copy did not match the original</source>
        <translation>コピーが元のファイルと一致しませんでした</translation>
    </message>
    <message>
        <source>the drive moved to cannot keep this file&apos;s extended attributes (its comments, tags or ratings): it was left where it was</source>
        <translation>移動先のドライブはこのファイルの拡張属性（コメント、タグ、評価）を保持できません。ファイルは元の場所に残しました</translation>
    </message>
    <message>
        <source>the moved copy %1 is not there; the original was kept</source>
        <translation>移動したコピー %1 がありません。元のファイルはそのまま残しました</translation>
    </message>
    <message>
        <source>another program put a file at %1 just as Lookalike removed that name, and then another file took the name again: that file was kept, whole, as %2</source>
        <translation>Lookalike がその名前を取り除こうとしたちょうどそのとき、ほかのプログラムが %1 にファイルを置き、さらに別のファイルがその名前を使いました。そのファイルは %2 としてそのまま残してあります</translation>
    </message>
    <message>
        <source>The action journal %1 could not be written (%2); the Trash still records where each file came from.</source>
        <translation>操作記録 %1 に書き込めませんでした（%2）。各ファイルの元の場所はゴミ箱にも記録されています。</translation>
    </message>
    <message>
        <source>The reference folder %1 did not answer, so Lookalike could not make sure that the files to move lie outside it: none of them was moved. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>基準フォルダー「%1」が応答しなかったため、移動するファイルがその外にあることを Lookalike は確かめられませんでした。どのファイルも移動していません。ドライブが応答するようになったら、もう一度お試しください（接続が切れていた場合は接続し直してください）。</translation>
    </message>
    <message>
        <source>The folder %1 did not answer, so nothing in it was looked at: its files to move, and those whose copies marked KEEP are all in it, were not moved. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>フォルダー「%1」が応答しなかったため、その中は何も調べていません。その中の移動するファイルと、「残す」にマークされたコピーがすべてその中にあるファイルは、移動していません。ドライブが応答するようになったら、もう一度お試しください（接続が切れていた場合は接続し直してください）。</translation>
    </message>
    <message>
        <source>the drive did not answer (%1 is in the folder %2): left where it is; try again once it answers</source>
        <translation>ドライブが応答しませんでした（%1はフォルダー「%2」の中にあります）。そのままにしてあります。ドライブが応答するようになったら、もう一度お試しください</translation>
    </message>
    <message>
        <source>the Trash %1 did not answer: left where it is; try again once it answers</source>
        <translation>ゴミ箱「%1」が応答しませんでした。そのままにしてあります。応答するようになったら、もう一度お試しください</translation>
    </message>
    <message>
        <source>the drive stopped answering while the file was being moved to the Trash: it may be in the Trash now, or still where it was (Undo puts it back if it went)</source>
        <translation>ファイルをゴミ箱に移動している間にドライブが応答しなくなりました。ファイルは今ゴミ箱にあるかもしれませんし、元の場所に残っているかもしれません（移動していた場合は「元に戻す」で戻せます）</translation>
    </message>
    <message>
        <source>the drive stopped answering while the file was being moved to %1: it may be there now, or still where it was (Undo puts it back if it went)</source>
        <translation>ファイルを「%1」に移動している間にドライブが応答しなくなりました。ファイルは今そこにあるかもしれませんし、元の場所に残っているかもしれません（移動していた場合は「元に戻す」で戻せます）</translation>
    </message>
    <message>
        <source>The folder %1 stopped answering during the run, so its files not yet moved, and those whose copies marked KEEP are all in it, were left where they are. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>フォルダー「%1」が処理の途中で応答しなくなったため、その中のまだ移動していないファイルと、「残す」にマークされたコピーがすべてその中にあるファイルは、そのままにしてあります。ドライブが応答するようになったら、もう一度お試しください（接続が切れていた場合は接続し直してください）。</translation>
    </message>
    <message>
        <source>The Trash %1 did not answer, so the files not yet moved to it were left where they are. Try again once it answers.</source>
        <translation>ゴミ箱「%1」が応答しなかったため、まだゴミ箱に移動していないファイルはそのままにしてあります。応答するようになったら、もう一度お試しください。</translation>
    </message>
    <message>
        <source>not moved: the action journal, which records where it came from, could not be written</source>
        <translation>移動しませんでした: 元の場所を記録する操作記録に書き込めませんでした</translation>
    </message>
    <message>
        <source>the file is on %1, which has no Recycle Bin: Windows would delete it for good</source>
        <translation>ファイルの場所: %1。ゴミ箱がないため、Windows が完全に削除してしまいます</translation>
    </message>
    <message>
        <source>the file is on a drive letter made with SUBST, which has no Recycle Bin</source>
        <translation>ファイルが SUBST で作成されたドライブ文字上にあり、ゴミ箱がありません</translation>
    </message>
    <message>
        <source>the file&apos;s drive has no working Recycle Bin: Windows would delete it for good</source>
        <translation>ファイルのドライブに正常に動作するゴミ箱がありません: Windows が完全に削除してしまいます</translation>
    </message>
    <message>
        <source>the Recycle Bin is set to delete files at once on this drive, not to keep them</source>
        <translation>このドライブのゴミ箱は、ファイルを保持せずすぐに削除するよう設定されています</translation>
    </message>
    <message>
        <source>Windows cannot tell which drive the file is on (%1)</source>
        <translation>Windows はファイルがどのドライブにあるか判断できません（%1）</translation>
    </message>
    <message>
        <source>a drive of a kind Windows does not know</source>
        <translation>Windows が認識できない種類のドライブ</translation>
    </message>
    <message>
        <source>a drive Windows cannot find</source>
        <translation>Windows が見つけられないドライブ</translation>
    </message>
    <message>
        <source>a removable drive (a USB stick or a memory card)</source>
        <translation>リムーバブルドライブ（USB メモリーまたはメモリーカード）</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>ネットワークドライブ</translation>
    </message>
    <message>
        <source>a CD or DVD</source>
        <translation>CD または DVD</translation>
    </message>
    <message>
        <source>a RAM disk</source>
        <translation>RAM ディスク</translation>
    </message>
    <message>
        <source>the file is on a disk without a Trash (a network share, or a disk macOS keeps no Trash on)</source>
        <translation>ファイルがゴミ箱のないディスク上にあります（ネットワーク共有、または macOS がゴミ箱を置かないディスク）</translation>
    </message>
    <message>
        <source>macOS cannot tell whether the file&apos;s disk has a Trash (%1)</source>
        <translation>macOS はファイルのディスクにゴミ箱があるか判断できません（%1）</translation>
    </message>
    <message>
        <source>the Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>the Recycle Bin</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>put it back from the Trash in Finder</source>
        <translation>Finder でゴミ箱から戻してください</translation>
    </message>
    <message>
        <source>a file now exists at %1; it was not replaced</source>
        <translation>現在 %1 にファイルがあります。そのファイルは置き換えていません</translation>
    </message>
    <message>
        <source>the journal does not say where it was moved</source>
        <translation>操作記録に移動先が記録されていません</translation>
    </message>
    <message>
        <source>it is no longer at %1</source>
        <translation>もう %1 にありません</translation>
    </message>
    <message>
        <source>the file at %1 changed since it was moved there</source>
        <translation>%1 のファイルは、そこへ移動された後に変更されました</translation>
    </message>
    <message>
        <source>the file at %1 cannot be read (%2)</source>
        <translation>%1 のファイルを読み込めません（%2）</translation>
    </message>
    <message>
        <source>it is no longer in %1 (it may have been emptied or put back already)</source>
        <translation>もう%1にありません（空にされたか、すでに戻された可能性があります）</translation>
    </message>
    <message>
        <source>the copy in %1 is not the file that was moved there</source>
        <translation>%1にあるコピーは、そこへ移動したファイルではありません</translation>
    </message>
    <message>
        <source>the file put back at %1 is not there; the copy at %2 was kept</source>
        <translation>%1 に戻したファイルがありません。%2 のコピーはそのまま残しました</translation>
    </message>
    <message>
        <source>its drive cannot give it its name back without the risk of replacing another file; it was left at %1, to put back by hand</source>
        <translation>そのドライブでは、ほかのファイルを置き換えてしまうおそれなしに元の名前に戻せません。%1 に残してあるので、手動で戻してください</translation>
    </message>
    <message>
        <source>the run that moved it is still waiting for a drive that stopped answering (a file may still be going): nothing is put back yet; undo again once that drive answers</source>
        <translation>このファイルを移動した処理が、応答しなくなったドライブをまだ待っています (ファイルがまだ移動中の可能性があります)。まだ何も元に戻していません。そのドライブが応答したら、もう一度元に戻してください</translation>
    </message>
    <message>
        <source>the drive did not answer at %1 (a network drive not connected, or asleep?): the file stays where it is; undo again once it answers</source>
        <translation>%1 のドライブが応答しませんでした（ネットワークドライブが接続されていないか、スリープ中？）: ファイルは今の場所に残してあります。ドライブが応答するようになったら、もう一度元に戻してください</translation>
    </message>
    <message>
        <source>%1 is not on the drive the file was on (that drive unplugged, or mounted elsewhere?): the file stays where it is; undo again once that drive is back</source>
        <translation>%1 は、ファイルがあったドライブ上にありません（そのドライブが取り外されたか、別の場所にマウントされた？）: ファイルは今の場所に残してあります。そのドライブが戻ったら、もう一度元に戻してください</translation>
    </message>
    <message>
        <source>its folder %1 is gone, and the journal does not say which drive it was on: the file stays where it is</source>
        <translation>元のフォルダー %1 がなくなっていて、それがどのドライブにあったかが操作記録にありません: ファイルは今の場所に残してあります</translation>
    </message>
    <message>
        <source>The action journal %1 could not be written (%2).</source>
        <translation>操作記録 %1 に書き込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>macOS does not let Lookalike take files back out of the Trash. In Finder, open the Trash, select these files and choose File ▸ Put Back:</source>
        <translation>macOS では Lookalike がゴミ箱からファイルを取り出せません。Finder でゴミ箱を開き、次のファイルを選択して「ファイル ▸ 戻す」を選んでください:</translation>
    </message>
    <message>
        <source>  %1   (was in %2)</source>
        <translation>  %1   （元の場所: %2）</translation>
    </message>
    <message>
        <source>this is not a Lookalike result or review file (it is not valid JSON)</source>
        <translation>Lookalike の結果ファイルでもレビューファイルでもありません（有効な JSON ではありません）</translation>
    </message>
    <message>
        <source>this is not a Lookalike result or review file</source>
        <translation>Lookalike の結果ファイルでもレビューファイルでもありません</translation>
    </message>
    <message>
        <source>this file has no valid version number</source>
        <translation>このファイルには有効なバージョン番号がありません</translation>
    </message>
    <message>
        <source>this file was saved by a newer version of Lookalike</source>
        <translation>このファイルは新しいバージョンの Lookalike で保存されています</translation>
    </message>
    <message>
        <source>this file is too large to be a Lookalike result or review file (%1, at most %2)</source>
        <translation>Lookalike の結果ファイルやレビューファイルとしては大きすぎます (%1、上限は %2)</translation>
    </message>
    <message>
        <source>this review file was saved by an earlier version of Lookalike, which recognised files differently; scan the folders again</source>
        <translation>このレビューファイルは、ファイルを別の方法で識別していた以前のバージョンの Lookalike で保存されています。フォルダーをもう一度スキャンしてください</translation>
    </message>
    <message>
        <source>this file is damaged (%1: %2)</source>
        <translation>このファイルは壊れています（%1: %2）</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>この操作は許可されていません</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>シンボリックリンクの階層が深すぎます</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>入出力エラー</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>ディスクに空き容量がありません</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>読み取り専用のファイルシステムです</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>デバイスまたはリソースが使用中です</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>開いているファイルが多すぎます</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>ファイルがすでにあります</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>無効な引数です</translation>
    </message>
</context>
<context>
    <name>Regrouping</name>
    <message>
        <source>Sensitivity “%1”</source>
        <translation>感度「%1」</translation>
    </message>
    <message>
        <source>Grouping again…</source>
        <translation>再グループ化中…</translation>
    </message>
    <message>
        <source>Grouping again… %1 %</source>
        <translation>再グループ化中… %1%</translation>
    </message>
    <message>
        <source>Grouping again failed</source>
        <translation>再グループ化に失敗しました</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while grouping.</source>
        <translation>グループ化中に Lookalike で不具合が起きました。</translation>
    </message>
    <message>
        <source>Cannot group again</source>
        <translation>再グループ化できません</translation>
    </message>
    <message>
        <source>These pictures cannot be grouped again without reading them: their fingerprints are no longer in the cache. Scan the folders again to use another sensitivity.</source>
        <translation>これらの画像は読み直さないと再グループ化できません。フィンガープリントがキャッシュに残っていません。別の感度を使うには、フォルダーをもう一度スキャンしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n “not duplicates” decision(s)</source>
        <translation>
            <numerusform>「重複ではない」の判断 %n 件を忘れました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. The next scan may group those pictures again.</source>
        <translation>%1。次のスキャンでそれらの画像が再びグループにまとめられることがあります。</translation>
    </message>
    <message>
        <source>Preferred folder</source>
        <translation>優先フォルダー</translation>
    </message>
    <message>
        <source>Apply the new rules?</source>
        <translation>新しいルールを適用しますか？</translation>
    </message>
    <message numerus="yes">
        <source>You changed KEEP/DELETE by hand in %n group(s). Applying the rules marks every group by the rules again.</source>
        <translation>
            <numerusform>%n 個のグループで「残す」/「削除」を手動で変更しました。ルールを適用すると、すべてのグループがルールに従って再びマークされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>If you cancel, the current marks stay; the rules are still used by your next scan.</source>
        <translation>キャンセルすると現在のマークはそのままで、ルールは次のスキャンから使われます。</translation>
    </message>
    <message>
        <source>Apply the rules</source>
        <translation>ルールを適用</translation>
    </message>
</context>
<context>
    <name>ResultFiles</name>
    <message>
        <source>Save review</source>
        <translation>レビューを保存</translation>
    </message>
    <message>
        <source>Lookalike review (*.json)</source>
        <translation>Lookalike レビュー (*.json)</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>レビューを開く</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>レビューを開けません</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>結果を JSON で書き出す</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>結果を CSV で書き出す</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>そのようなフォルダーはありません</translation>
    </message>
    <message>
        <source>its folder does not answer (a drive that stopped answering?); choose another place</source>
        <translation>保存先のフォルダーが応答しません (ドライブが応答を止めた可能性があります)。別の場所を選んでください</translation>
    </message>
    <message>
        <source>something other than a file has that name (a link, a folder); choose another name</source>
        <translation>その名前はファイル以外のもの（リンクやフォルダー）です。別の名前を選んでください</translation>
    </message>
    <message>
        <source>a file of that name is inside a scanned folder and might be one of your pictures; choose another name or place</source>
        <translation>その名前のファイルはスキャンしたフォルダー内にあり、あなたの画像かもしれません。別の名前か場所を選んでください</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message>
        <source>a file of that name is there, and a scanned folder does not answer, so it might be one of your pictures; choose another name or place</source>
        <translation>その名前のファイルがあり、スキャンしたフォルダーが応答しないため、あなたの画像かもしれません。別の名前か場所を選んでください</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>New scan…</source>
        <translation>新しいスキャン…</translation>
    </message>
    <message>
        <source>Sensitivity:  strict</source>
        <translation>感度:  厳しい</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>ゆるい</translation>
    </message>
    <message>
        <source>Which copy to keep…</source>
        <translation>残すコピーの選び方…</translation>
    </message>
    <message>
        <source>“Not duplicates” list…</source>
        <translation>「重複ではない」の一覧…</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>重複グループ</translation>
    </message>
    <message>
        <source>Next not reviewed  (U)</source>
        <translation>次の未確認  (U)</translation>
    </message>
    <message>
        <source>Compare side by side  (Enter)</source>
        <translation>並べて比較  (Enter)</translation>
    </message>
    <message>
        <source>Not a duplicate  (N)</source>
        <translation>重複ではない  (N)</translation>
    </message>
    <message>
        <source>None of these are duplicates</source>
        <translation>どれも重複ではない</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 個のグループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln group(s) shown</source>
        <translation>
            <numerusform>%Ln 個のグループのうち %1 個を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 reviewed</source>
        <translation>%1 · %2 個確認済み</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected group(s)</source>
        <translation>
            <numerusform>選択した %n 個のグループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n group(s)</source>
        <translation>
            <numerusform>すべての %n 個のグループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n group(s) the list shows (filtered)</source>
        <translation>
            <numerusform>一覧に表示中の %n 個のグループ（絞り込み中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>%Ln 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found among %1.</source>
        <translation>%1の中に重複は見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 of duplicates among %2: %3. The best copy in each group is marked KEEP; check the others before you move them.</source>
        <translation>%2の中に重複: %1、%3。各グループの最適なコピーは「残す」にマークされています。移動する前に他のコピーを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln extra copy(s)</source>
        <translation>
            <numerusform>%Ln 個の余分なコピー</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested to keep: %1</source>
        <translation>残す候補: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every copy you keep (%1) changed or went away since the scan, so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>残すコピー（%1）がすべて、スキャン後に変更されたかなくなっています。そのため、ここで「削除」にマークした %n 個のコピーは移動しません。移動するには、別のコピーを「残す」にマークするか、もう一度スキャンしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after reading {read} of the {files} pictures found: this is a partial result. These groups come only from the pictures read so far; the others were not compared. Scan again to compare them all.</source>
        <translation>見つかった {files} 枚の画像のうち {read} 枚を読み込んだところで停止しました。途中までの結果です。これらのグループは、ここまでに読み込んだ画像だけから作られ、残りの画像は比較されていません。すべて比較するには、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>Stopped while comparing the pictures: this is a partial result, and some groups may be missing. Scan again to compare them all.</source>
        <translation>画像の比較中に停止しました。途中までの結果のため、一部のグループが欠けている可能性があります。すべて比較するには、もう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 枚の画像</translation>
    </message>
    <message>
        <source>{count} pictures</source>
        <translation>{count} 枚の画像</translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 個のフォルダー</translation>
    </message>
    <message>
        <source>{count} folders</source>
        <translation>{count} 個のフォルダー</translation>
    </message>
    <message>
        <source>Left out by your patterns (Options… on the start page): {what}.</source>
        <translation>設定したパターンで除外（開始画面の「オプション…」）: {what}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と </translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度</translation>
    </message>
    <message>
        <source>Pictures in the group</source>
        <translation>グループ内の画像</translation>
    </message>
    <message>
        <source>No pictures were found in the folders scanned.</source>
        <translation>スキャンしたフォルダーに画像は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Left out on purpose: %n item(s) (links to other places, files only in the cloud); they are listed with the files that could not be read.</source>
        <translation>
            <numerusform>意図的に除外: %n 項目（他の場所へのリンク、クラウドにのみあるファイル）。読み込めなかったファイルと一緒に一覧表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared</source>
        <translation>
            <numerusform>消えたファイル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read…</source>
        <translation>
            <numerusform>読み込めないファイル %n 個…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out…</source>
        <translation>
            <numerusform>除外した項目 %n 個…</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out on purpose:</source>
        <translation>意図的に除外:</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>読み込めなかったファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out of the comparison.</source>
        <translation>
            <numerusform>%n 個のファイルを読み込めなかったため、比較から除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read, %1…</source>
        <translation>
            <numerusform>読み込めないファイル %n 個、%1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the scan…</source>
        <translation>
            <numerusform>スキャン中に消えたファイル %n 個…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>読み込めなかったファイル:</translation>
    </message>
    <message>
        <source>Disappeared during the scan:</source>
        <translation>スキャン中に消えたファイル:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the scan (moved or deleted after Lookalike found them) and were not compared.</source>
        <translation>
            <numerusform>%n 個のファイルがスキャン中に消えたため（Lookalike が見つけた後に移動または削除されました）、比較していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were left out on purpose.</source>
        <translation>
            <numerusform>%n 項目を意図的に除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that disappeared during the scan</source>
        <translation>スキャン中に消えたファイル</translation>
    </message>
    <message>
        <source>Files left out of the comparison</source>
        <translation>比較から除外したファイル</translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation>意図的に除外</translation>
    </message>
    <message>
        <source>All done: every duplicate group has been dealt with.</source>
        <translation>完了しました。すべての重複グループを処理しました。</translation>
    </message>
    <message>
        <source>No pictures here: the folders you chose hold none Lookalike can read.</source>
        <translation>画像がありません: 選んだフォルダーには Lookalike が読める画像がありません。</translation>
    </message>
    <message>
        <source>No duplicates found: none of these pictures has a copy in the folders you chose.</source>
        <translation>重複は見つかりませんでした。選んだフォルダーには、これらの画像のコピーはありません。</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>確認するものは残っていません。</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%2 個中 %1 個を表示</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>グループ %1 / %2</translation>
    </message>
    <message>
        <source>No copy kept: every copy is marked DELETE</source>
        <translation>残すコピーがありません: すべてのコピーが「削除」にマークされています</translation>
    </message>
    <message numerus="yes">
        <source>The copy you keep, %1, is no longer there (moved or deleted since the scan), so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>残すコピー%1はもうありません（スキャン後に移動または削除されました）。そのため、ここで「削除」にマークした %n 個のコピーは移動しません。移動するには、別のコピーを「残す」にマークするか、もう一度スキャンしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy you keep, %1, changed since the scan, so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>残すコピー%1はスキャン後に変更されています。そのため、ここで「削除」にマークした %n 個のコピーは移動しません。移動するには、別のコピーを「残す」にマークするか、もう一度スキャンしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) (%1) to Trash…</source>
        <translation>
            <numerusform>%Ln 個のファイル（%1）をゴミ箱に移動…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move</source>
        <translation>移動するものはありません</translation>
    </message>
    <message>
        <source>Nothing marked DELETE</source>
        <translation>「削除」にマークしたものはありません</translation>
    </message>
    <message>
        <source>Move to group these pictures again, stricter or looser; only new pairs are read again.</source>
        <translation>動かすと、これらの画像をより厳しく、またはよりゆるくグループにまとめ直します。新しい組だけを読み直します。</translation>
    </message>
    <message>
        <source>Exact copies only</source>
        <translation>完全に同じコピーのみ</translation>
    </message>
    <message>
        <source>This scan looked for exact copies only. Choose “Also similar pictures” and scan again.</source>
        <translation>このスキャンでは完全に同じコピーだけを探しました。「類似画像も」を選んでもう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>A reopened review cannot be grouped again: scan the folders again to change this.</source>
        <translation>開き直したレビューは再グループ化できません。変更するにはフォルダーをもう一度スキャンしてください。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Mark DELETE</source>
        <translation>「削除」にマーク</translation>
    </message>
    <message>
        <source>Mark KEEP</source>
        <translation>「残す」にマーク</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>mark “%1” %2</source>
        <translation>「%1」を%2にマーク</translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) DELETE and KEEP</source>
        <translation>
            <numerusform>%n 個のファイルを「削除」と「残す」にマーク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) %1</source>
        <translation>
            <numerusform>%n 個のファイルを%1にマーク</numerusform>
        </translation>
    </message>
    <message>
        <source>untick “reviewed”</source>
        <translation>「確認済み」のチェックを外す</translation>
    </message>
    <message>
        <source>tick “reviewed”</source>
        <translation>「確認済み」にチェック</translation>
    </message>
    <message>
        <source>This is the group&apos;s reference</source>
        <translation>これはグループの基準画像です</translation>
    </message>
    <message>
        <source>“%1” is the picture the others were compared with. Choose the pictures that are not duplicates of it, one at a time, or “None of these are duplicates” for the whole group.</source>
        <translation>「%1」は他の画像の比較相手となった画像です。これと重複していない画像を 1 枚ずつ選ぶか、グループ全体なら「どれも重複ではない」を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Taken out of the group: %1. Lookalike will keep them apart from those pictures in later scans.</source>
        <translation>
            <numerusform>グループから外しました: %1。以後のスキャンでは、Lookalike はこれをそれらの画像と別々に扱います。</numerusform>
        </translation>
    </message>
    <message>
        <source>The group had no other duplicates left, so it is gone.</source>
        <translation>グループに他の重複が残らなかったため、グループはなくなりました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n copies</source>
        <translation>
            <numerusform>%1 とコピー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>not a duplicate: %1</source>
        <translation>重複ではない: %1</translation>
    </message>
    <message>
        <source>Lookalike cannot remember that these pictures are not duplicates: its list of “not duplicates” cannot be changed, because %1. Nothing was changed: the pictures stay where they were.</source>
        <translation>Lookalike はこれらの画像が重複ではないことを記憶できません。「重複ではない」の一覧を変更できません: %1。何も変更していません。画像はそのままです。</translation>
    </message>
    <message>
        <source>Not undone: %1. Undoing it means forgetting that decision, but the list of “not duplicates” cannot be changed, because %2. The pictures stay apart, here and in later scans; Edit ▸ Undo still offers it.</source>
        <translation>元に戻していません: %1。元に戻すにはその判断を忘れる必要がありますが、「重複ではない」の一覧を変更できません: %2。画像はここでも以後のスキャンでも別々のままです。「編集 ▸ 元に戻す」でまだ取り消せます。</translation>
    </message>
    <message>
        <source>Not done again: %1. Doing it again means remembering that decision, but the list of “not duplicates” cannot be changed, because %2. Edit ▸ Redo still offers it.</source>
        <translation>やり直していません: %1。やり直すにはその判断を記憶する必要がありますが、「重複ではない」の一覧を変更できません: %2。「編集 ▸ やり直す」でまだやり直せます。</translation>
    </message>
    <message>
        <source>But Lookalike&apos;s data folder cannot keep decisions (see the log), so this one lasts only until Lookalike closes.</source>
        <translation>ただし、Lookalike のデータフォルダーに判断を保存できないため（ログを参照）、この判断は Lookalike を閉じるまでしか有効ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>Group removed: its %n pictures are not duplicates. Lookalike will keep them apart in later scans.</source>
        <translation>
            <numerusform>グループを取り除きました。%n 枚の画像は重複ではありません。以後のスキャンでは、Lookalike はこれらを別々に扱います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group split: its pictures are not duplicates of one another, and Lookalike will keep them apart in later scans. Copies with the same bytes stay grouped: %n group(s) of exact copies.</source>
        <translation>
            <numerusform>グループを分けました: これらの画像は互いに重複ではありません。今後のスキャンでも別々に扱います。内容がまったく同じコピーはそのままグループに残ります: 完全一致のグループ %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none are duplicates: %n picture(s)</source>
        <translation>
            <numerusform>どれも重複ではない: %n 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>, then </source>
        <translation>、次に</translation>
    </message>
    <message>
        <source>name order</source>
        <translation>名前順</translation>
    </message>
    <message>
        <source>Marked KEEP by the rules: %1.</source>
        <translation>ルールに従って「残す」にマークしました: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: grouped again without reading the files (%n group(s) before, %2 now).</source>
        <translation>
            <numerusform>%1: ファイルを読み直さずに再グループ化しました（前は %n 個のグループ、今は %2 個）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own KEEP/DELETE choices stay on %n picture(s).</source>
        <translation>
            <numerusform>自分で選んだ「残す」/「削除」は %n 枚の画像でそのままです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) would have had no copy marked KEEP, so they show the suggestion again.</source>
        <translation>
            <numerusform>%n 個のグループでは「残す」のコピーがなくなるため、提案されたマークに戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>やり直しました: %1。</translation>
    </message>
    <message>
        <source>Undone: %1. Lookalike forgot that decision.</source>
        <translation>元に戻しました: %1。Lookalike はその判断を忘れました。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Keep the copy with the most pixels.</source>
        <translation>ピクセル数が最も多いコピーを残します。</translation>
    </message>
    <message>
        <source>Keep the biggest file (usually the least compressed).</source>
        <translation>最も大きいファイル（通常は圧縮が最も少ないもの）を残します。</translation>
    </message>
    <message>
        <source>Keep the copy taken (or, without a camera date, saved) first.</source>
        <translation>最初に撮影された（カメラの日付がなければ保存された）コピーを残します。</translation>
    </message>
    <message>
        <source>Keep the copy taken (or, without a camera date, saved) last.</source>
        <translation>最後に撮影された（カメラの日付がなければ保存された）コピーを残します。</translation>
    </message>
    <message>
        <source>Keep a copy that is inside this folder.</source>
        <translation>このフォルダー内にあるコピーを残します。</translation>
    </message>
    <message>
        <source>Keep a copy in this file format.</source>
        <translation>このファイル形式のコピーを残します。</translation>
    </message>
    <message>
        <source>Keep a copy whose EXIF records when the photo was taken.</source>
        <translation>撮影日時が EXIF に記録されているコピーを残します。</translation>
    </message>
    <message>
        <source>Keep the copy that holds more than the other: all the frames of an animation or pages of a document, transparency, colour where the other copy is gray.</source>
        <translation>もう一方より多くを含むコピーを残します: アニメーションのすべてのフレームや文書のすべてのページ、透明度、もう一方がグレーのときのカラー。</translation>
    </message>
    <message>
        <source>Keep a copy that still has the camera&apos;s EXIF (camera model or date taken).</source>
        <translation>カメラの EXIF（機種名や撮影日）が残っているコピーを残します。</translation>
    </message>
    <message>
        <source>Among photos from a camera, keep the format the camera wrote (RAW, then HEIC, then JPEG) rather than a copy saved again as PNG, WebP, BMP and the like.</source>
        <translation>カメラで撮った写真では、PNG、WebP、BMP などで保存し直したコピーより、カメラが書き出した形式（RAW、次に HEIC、次に JPEG）を残します。</translation>
    </message>
    <message>
        <source>Keep a copy whose name is not marked as a copy: “(1)”, “ - Copy”, “copy”, “Copy of”, “복사본”, “副本”, “のコピー”, or “_1” beside the same name without it.</source>
        <translation>名前にコピーの印がないコピーを残します:「(1)」「 - Copy」「copy」「Copy of」「복사본」「副本」「のコピー」、または印のない同じ名前があるときの「_1」。</translation>
    </message>
    <message>
        <source>Keep a copy that is not inside a Backup, Export or Download(s) folder.</source>
        <translation>Backup、Export、Download(s) フォルダー内にないコピーを残します。</translation>
    </message>
    <message>
        <source>First:  %1</source>
        <translation>まず:  %1</translation>
    </message>
    <message>
        <source>Then:  %1</source>
        <translation>次に:  %1</translation>
    </message>
    <message>
        <source>Which copy to keep</source>
        <translation>残すコピーの選び方</translation>
    </message>
    <message>
        <source>In every group, Lookalike suggests keeping the copy these rules prefer. The first rule decides; each next one only settles ties left by the rules above it.</source>
        <translation>各グループで、Lookalike はこれらのルールが優先するコピーを残すよう提案します。最初のルールで決まり、次のルールは上のルールで決まらなかったときだけ使われます。</translation>
    </message>
    <message>
        <source>Copies in reference folders are always kept.</source>
        <translation>基準フォルダー内のコピーは常に残されます。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>取り除く</translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation>推奨に戻す</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>、次に</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>選択したルール</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Preferred folder</source>
        <translation>優先フォルダー</translation>
    </message>
    <message>
        <source>Add a rule after rule %1:</source>
        <translation>ルール %1 の後にルールを追加:</translation>
    </message>
    <message>
        <source>Add a rule at the end:</source>
        <translation>最後にルールを追加:</translation>
    </message>
    <message>
        <source>No rules: equal copies are kept by name order.</source>
        <translation>ルールなし: 同等のコピーは名前順で残します。</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>（未選択）</translation>
    </message>
</context>
<context>
    <name>ScanOptions</name>
    <message>
        <source>leaving out {patterns}</source>
        <translation>{patterns} を除外</translation>
    </message>
    <message>
        <source>skipping files under {size} kB</source>
        <translation>{size} KB 未満のファイルをスキップ</translation>
    </message>
    <message>
        <source>hidden files included</source>
        <translation>隠しファイルを含む</translation>
    </message>
    <message>
        <source>not looking in subfolders</source>
        <translation>サブフォルダーは探さない</translation>
    </message>
    <message>
        <source>following links</source>
        <translation>リンクをたどる</translation>
    </message>
</context>
<context>
    <name>ScanOptionsDialog</name>
    <message>
        <source>Scan options</source>
        <translation>スキャンのオプション</translation>
    </message>
    <message>
        <source>Leave out these files and folders</source>
        <translation>次のファイルとフォルダーを除外</translation>
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
        <translation>1 行に 1 つのパターンを書きます。大文字と小文字は区別しません。&lt;b&gt;*&lt;/b&gt; は任意の文字列、&lt;b&gt;?&lt;/b&gt; は任意の 1 文字を表します。&lt;br&gt;&lt;b&gt;*.tmp&lt;/b&gt;: すべてのフォルダーで、名前が .tmp で終わるすべてのファイル。&lt;br&gt;&lt;b&gt;Thumbs/&lt;/b&gt;: Thumbs という名前のすべてのフォルダー（/ で終わるパターンはフォルダーにだけ一致します）。&lt;br&gt;&lt;b&gt;2019/drafts&lt;/b&gt;: スキャンするフォルダーから見て、2019 内の drafts フォルダー。&lt;br&gt;&lt;b&gt;**/cache/**&lt;/b&gt;: 深さにかかわらず、cache という名前のすべてのフォルダー（&lt;b&gt;**&lt;/b&gt; は任意の数のフォルダーを表します）。</translation>
    </message>
    <message>
        <source>Skip files smaller than</source>
        <translation>次のサイズより小さいファイルをスキップ:</translation>
    </message>
    <message>
        <source> kB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Tiny files are often icons and thumbnails. 0: no limit.</source>
        <translation>とても小さいファイルは、アイコンやサムネイルであることが多いです。0: 制限なし。</translation>
    </message>
    <message>
        <source>Also look in the subfolders of the folders listed</source>
        <translation>一覧のフォルダーのサブフォルダーも探す</translation>
    </message>
    <message>
        <source>Include hidden files and folders</source>
        <translation>隠しファイルと隠しフォルダーを含める</translation>
    </message>
    <message>
        <source>Follow symbolic links to folders and pictures, as long as they lead inside the folders listed</source>
        <translation>フォルダーや画像へのシンボリックリンクをたどる（一覧のフォルダー内を指す場合のみ）</translation>
    </message>
    <message>
        <source>To always keep the pictures of a folder, tick it in the list of folders: it becomes a &lt;b&gt;reference&lt;/b&gt; folder, whose pictures are never suggested for deletion.</source>
        <translation>フォルダーの画像を常に残すには、フォルダーの一覧でそのフォルダーにチェックを付けます。&lt;b&gt;基準&lt;/b&gt;フォルダーになり、その画像が「削除」の候補になることはありません。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys marked “in the grid” work while the pictures of a group have the focus, and those marked “in the group list” while the list of duplicate groups has it.</source>
        <translation>「グリッドで」と書かれたキーはグループの画像にフォーカスがあるとき、「グループの一覧で」と書かれたキーは重複グループの一覧にフォーカスがあるときに使えます。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Looking for pictures</source>
        <translation>画像を検索中</translation>
    </message>
    <message>
        <source>Reading pictures</source>
        <translation>画像を読み込み中</translation>
    </message>
    <message>
        <source>Comparing pictures</source>
        <translation>画像を比較中</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <source>Find duplicate pictures</source>
        <translation>重複画像を探す</translation>
    </message>
    <message>
        <source>Choose the folders to search. Nothing is deleted until you confirm which copies to move; even then, files go to the Trash, where you can restore them.</source>
        <translation>探すフォルダーを選んでください。移動するコピーを確定するまで、何も削除されません。確定した後も、ファイルはゴミ箱に移動するだけなので元に戻せます。</translation>
    </message>
    <message>
        <source>Drop folders here, or click “Add folder…”. Tick a folder to make it a &lt;b&gt;reference&lt;/b&gt;: its pictures are always kept, never suggested for deletion.</source>
        <translation>ここにフォルダーをドロップするか、「フォルダーを追加…」をクリックしてください。フォルダーにチェックを付けると&lt;b&gt;基準&lt;/b&gt;フォルダーになり、その画像は常に残され、「削除」の候補になることはありません。</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>スキャンするフォルダー</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>最近のフォルダー</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>取り除く</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look for&lt;/b&gt;</source>
        <translation>&lt;b&gt;探す対象&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exact copies only (files that are byte-for-byte the same)</source>
        <translation>完全に同じコピーのみ（バイト単位で同一のファイル）</translation>
    </message>
    <message>
        <source>Also similar pictures (resized, re-saved or converted copies)</source>
        <translation>類似画像も（サイズ変更、再保存、形式変換されたコピー）</translation>
    </message>
    <message>
        <source>Sensitivity:  strict</source>
        <translation>感度:  厳しい</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>ゆるい</translation>
    </message>
    <message>
        <source>Also find rotated and mirrored copies</source>
        <translation>回転・反転したコピーも探す</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>オプション…</translation>
    </message>
    <message>
        <source>Which files to read: patterns to leave out, a smallest size, hidden files, subfolders and links</source>
        <translation>読み込むファイルの指定: 除外するパターン、最小サイズ、隠しファイル、サブフォルダー、リンク</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Scan for duplicates</source>
        <translation>スキャンして重複を探す</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>結果に戻る</translation>
    </message>
    <message>
        <source>Looking at the folders…</source>
        <translation>フォルダーを調べています…</translation>
    </message>
    <message>
        <source>Waiting for “%1” to answer…</source>
        <translation>「%1」の応答を待っています…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n folders to answer…</source>
        <translation>
            <numerusform>%n 個のフォルダーの応答を待っています…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” did not answer, so it was not added. The drive it is on may have stopped answering: add it again once it answers.</source>
        <translation>「%1」が応答しなかったため、追加しませんでした。このフォルダーのあるドライブが応答しなくなっている可能性があります。応答するようになったら、もう一度追加してください。</translation>
    </message>
    <message>
        <source>These folders did not answer, so they were not added. The drives they are on may have stopped answering: add them again once they answer.</source>
        <translation>次のフォルダーが応答しなかったため、追加しませんでした。フォルダーのあるドライブが応答しなくなっている可能性があります。応答するようになったら、もう一度追加してください。</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>最近のフォルダーはありません</translation>
    </message>
    <message>
        <source>all pictures in the folders listed and their subfolders</source>
        <translation>一覧のフォルダーとそのサブフォルダー内のすべての画像</translation>
    </message>
    <message>
        <source>Looking for pictures…</source>
        <translation>画像を検索中…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>スキャンに失敗しました。</translation>
    </message>
    <message>
        <source>{words}… 1 picture found so far</source>
        <translation>{words}… これまでに 1 枚見つかりました</translation>
    </message>
    <message>
        <source>{words}… {count} pictures found so far</source>
        <translation>{words}… これまでに {count} 枚見つかりました</translation>
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
        <translation>毎秒 {rate} 枚 · 残り約 {left}</translation>
    </message>
    <message>
        <source>Measuring speed…</source>
        <translation>速度を測定中…</translation>
    </message>
    <message>
        <source>   — reference folder not answering: nothing in it is scanned</source>
        <translation>   — 基準フォルダーが応答しません: 中は何もスキャンされません</translation>
    </message>
    <message>
        <source>   — not answering</source>
        <translation>   — 応答なし</translation>
    </message>
    <message>
        <source>   — reference folder not found: its pictures are not protected</source>
        <translation>   — 基準フォルダーが見つかりません: その画像は保護されていません</translation>
    </message>
    <message>
        <source>   — not found</source>
        <translation>   — 見つかりません</translation>
    </message>
    <message>
        <source>   — reference: always kept</source>
        <translation>   — 基準: 常に残す</translation>
    </message>
    <message>
        <source>Ticked: a reference folder. Its pictures are never suggested for deletion.</source>
        <translation>チェックあり: 基準フォルダーです。その画像が「削除」の候補になることはありません。</translation>
    </message>
    <message>
        <source>Lookalike asked for this folder and got no answer within a few seconds: the drive it is on may have stopped answering (a network drive whose connection was lost), or be slow to wake up. It is looked for again each time you come back to this page, and when you click Scan.</source>
        <translation>Lookalike はこのフォルダーを調べましたが、数秒以内に応答がありませんでした。フォルダーのあるドライブが応答しなくなった（接続が切れたネットワークドライブなど）か、起動に時間がかかっている可能性があります。このページに戻るたび、またスキャンをクリックしたときに、もう一度調べます。</translation>
    </message>
    <message>
        <source>Lookalike cannot find this folder now: it may have been renamed, moved or deleted, or be on a drive that is not connected. It stays on the list and is scanned again once it is back; “Remove” takes it off the list.</source>
        <translation>Lookalike は今このフォルダーを見つけられません。名前が変わったか、移動または削除されたか、接続されていないドライブにある可能性があります。一覧には残り、戻ればまたスキャンされます。一覧から外すには「取り除く」を押してください。</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>Cannot show this file</source>
        <translation>このファイルを表示できません</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>GONE</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>NOT MOVED</source>
        <translation>移動しない</translation>
    </message>
    <message>
        <source>BEST COPY</source>
        <translation>最適なコピー</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>EXACT COPY</source>
        <translation>完全に同じ</translation>
    </message>
    <message>
        <source>SAME PICTURE</source>
        <translation>同じ画像</translation>
    </message>
    <message>
        <source>SIMILAR</source>
        <translation>類似</translation>
    </message>
</context>
<context>
    <name>TileModel</name>
    <message>
        <source>The others in this group were compared with this picture.</source>
        <translation>このグループの他の画像は、この画像と比較されました。</translation>
    </message>
    <message>
        <source>Why it matched: the same bytes as the reference.</source>
        <translation>一致した理由: 基準画像とバイトが同じ。</translation>
    </message>
    <message>
        <source>Why it matched: fingerprint difference %1 from the reference (0 = the same)</source>
        <translation>一致した理由: 基準画像とのフィンガープリントの差 %1（0 = 同じ）</translation>
    </message>
    <message>
        <source>Why it matched: fingerprint difference %1 from the reference (0 = the same), pixels %2% alike</source>
        <translation>一致した理由: 基準画像とのフィンガープリントの差 %1（0 = 同じ）、ピクセルの一致 %2%</translation>
    </message>
    <message>
        <source>Suggested to keep: in a reference folder</source>
        <translation>残す候補: 基準フォルダー内</translation>
    </message>
    <message>
        <source>Suggested to keep: %1</source>
        <translation>残す候補: %1</translation>
    </message>
    <message>
        <source>Suggested to delete: %1</source>
        <translation>削除候補: %1</translation>
    </message>
    <message>
        <source>Cannot show this file: %1</source>
        <translation>このファイルを表示できません: %1</translation>
    </message>
    <message>
        <source>Marked DELETE, it is not moved with the others: scan again to compare it anew.</source>
        <translation>「削除」にマークされていますが、ほかのファイルと一緒には移動しません。もう一度スキャンすると比べ直せます。</translation>
    </message>
    <message>
        <source>Marked DELETE, it is not moved: every copy marked KEEP in this group changed or went away since the scan. Mark another copy KEEP, or scan again.</source>
        <translation>「削除」にマークされていますが、移動しません: このグループで「残す」にマークしたコピーがすべて、スキャン後に変更されたか、なくなっています。別のコピーを「残す」にマークするか、もう一度スキャンしてください。</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>byte-identical copies</source>
        <translation>バイト単位で同じコピー</translation>
    </message>
    <message>
        <source>the same picture saved in different ways</source>
        <translation>別の方法で保存された同じ画像</translation>
    </message>
    <message>
        <source>similar pictures</source>
        <translation>類似画像</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>完全に同じコピー</translation>
    </message>
    <message>
        <source>Same picture</source>
        <translation>同じ画像</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>類似</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>saved differently</source>
        <translation>保存方法が違う</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>類似</translation>
    </message>
    <message>
        <source>the picture the others were compared with; another copy is preferred</source>
        <translation>他の画像の比較相手となった画像。別のコピーが優先されます</translation>
    </message>
    <message>
        <source>a byte-identical copy</source>
        <translation>バイト単位で同じコピー</translation>
    </message>
    <message>
        <source>the same picture, saved differently</source>
        <translation>同じ画像で、保存方法が違う</translation>
    </message>
    <message>
        <source>a similar copy</source>
        <translation>類似したコピー</translation>
    </message>
    <message>
        <source>The reference: the others were compared with it</source>
        <translation>基準画像: 他の画像はこれと比較されました</translation>
    </message>
    <message>
        <source>The same bytes as the reference</source>
        <translation>基準画像とバイトが同じ</translation>
    </message>
    <message>
        <source>The same picture as the reference</source>
        <translation>基準画像と同じ画像</translation>
    </message>
    <message>
        <source>Similar to the reference</source>
        <translation>基準画像に類似</translation>
    </message>
    <message>
        <source>Any likeness</source>
        <translation>すべての似ている度合い</translation>
    </message>
    <message>
        <source>Changed since the scan</source>
        <translation>スキャン後に変更されています</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>もうありません</translation>
    </message>
    <message>
        <source>Changed since the scan: not the picture the scan compared</source>
        <translation>スキャン後に変更されています: スキャンが比べた画像ではありません</translation>
    </message>
    <message>
        <source>No longer there: moved or deleted since the scan</source>
        <translation>もうありません: スキャン後に移動または削除されました</translation>
    </message>
    <message>
        <source>The copy you keep is gone</source>
        <translation>残すコピーがもうありません</translation>
    </message>
    <message>
        <source>The copy you keep changed</source>
        <translation>残すコピーが変更されています</translation>
    </message>
    <message>
        <source>The copies you keep are gone</source>
        <translation>残すコピーがどれもありません</translation>
    </message>
    <message>
        <source>The copies you keep changed</source>
        <translation>残すコピーがすべて変更されています</translation>
    </message>
    <message>
        <source>The copies you keep changed or are gone</source>
        <translation>残すコピーが変更されたかありません</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>These are exact copies</source>
        <translation>これらは完全に同じコピーです</translation>
    </message>
    <message>
        <source>The files in this group are byte-for-byte identical: they are copies of one file, whatever their names. Mark the ones you want to keep as KEEP instead.</source>
        <translation>このグループのファイルはバイト単位で同一です。名前に関係なく、1 つのファイルのコピーです。代わりに、残したいものを「残す」にマークしてください。</translation>
    </message>
    <message>
        <source>The “not duplicates” list cannot be changed</source>
        <translation>「重複ではない」の一覧を変更できません</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>別のプログラムが使用中です</translation>
    </message>
    <message>
        <source>Space or a click on the badge: KEEP/DELETE  ·  Del: DELETE  ·  Enter: compare  ·  N: not a duplicate  ·  PageUp/PageDown: other groups  ·  R: reviewed  ·  U: next not reviewed  ·  Ctrl+Z: undo  ·  F1: all keys</source>
        <translation>Space またはバッジをクリック: 残す/削除  ·  Del: 削除  ·  Enter: 比較  ·  N: 重複ではない  ·  PageUp/PageDown: 他のグループ  ·  R: 確認済み  ·  U: 次の未確認  ·  Ctrl+Z: 元に戻す  ·  F1: すべてのキー</translation>
    </message>
    <message>
        <source>largest resolution</source>
        <translation>最大解像度</translation>
    </message>
    <message>
        <source>largest file</source>
        <translation>最大ファイル</translation>
    </message>
    <message>
        <source>oldest</source>
        <translation>最も古い</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>最も新しい</translation>
    </message>
    <message>
        <source>in preferred folder</source>
        <translation>優先フォルダー内</translation>
    </message>
    <message>
        <source>preferred format</source>
        <translation>優先形式</translation>
    </message>
    <message>
        <source>has camera date (EXIF)</source>
        <translation>カメラの日付あり（EXIF）</translation>
    </message>
    <message>
        <source>holds more (frames, transparency, colour)</source>
        <translation>より多くを含む（フレーム、透明度、カラー）</translation>
    </message>
    <message>
        <source>camera original (EXIF)</source>
        <translation>カメラのオリジナル（EXIF）</translation>
    </message>
    <message>
        <source>original format, not a re-save</source>
        <translation>元の形式（再保存ではない）</translation>
    </message>
    <message>
        <source>no copy marker in the name</source>
        <translation>名前にコピーの印がない</translation>
    </message>
    <message>
        <source>not in a backup or download folder</source>
        <translation>バックアップやダウンロードのフォルダーにない</translation>
    </message>
    <message>
        <source>only copy</source>
        <translation>唯一のコピー</translation>
    </message>
    <message>
        <source>in a reference folder</source>
        <translation>基準フォルダー内</translation>
    </message>
    <message>
        <source>first by name</source>
        <translation>名前順で先</translation>
    </message>
    <message>
        <source>camera original (has EXIF)</source>
        <translation>カメラのオリジナル（EXIF あり）</translation>
    </message>
    <message>
        <source>transparency</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 フレーム</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the reasons a copy is kept</comment>
        <translation>、次に</translation>
    </message>
    <message>
        <source>holds more (%1)</source>
        <translation>より多くを含む（%1）</translation>
    </message>
    <message>
        <source>original format (%1)</source>
        <translation>元の形式（%1）</translation>
    </message>
    <message>
        <source>Very strict: only copies that look practically identical</source>
        <translation>とても厳しい: ほぼ同一に見えるコピーのみ</translation>
    </message>
    <message>
        <source>Strict: re-saved and slightly resized copies</source>
        <translation>厳しい: 保存し直したコピーや少しサイズを変えたコピー</translation>
    </message>
    <message>
        <source>Balanced (recommended): resized, re-compressed and converted copies</source>
        <translation>バランス（推奨）: サイズ変更、再圧縮、形式変換したコピー</translation>
    </message>
    <message>
        <source>Loose: also lightly edited copies; check the results carefully</source>
        <translation>ゆるい: 軽く編集したコピーも。結果をよく確認してください</translation>
    </message>
    <message>
        <source>Very loose: many more matches, some of them not real duplicates</source>
        <translation>とてもゆるい: はるかに多く見つかりますが、本当の重複でないものも含まれます</translation>
    </message>
    <message>
        <source>Very strict</source>
        <translation>とても厳しい</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>厳しい</translation>
    </message>
    <message>
        <source>Balanced (recommended)</source>
        <translation>バランス（推奨）</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>ゆるい</translation>
    </message>
    <message>
        <source>Very loose</source>
        <translation>とてもゆるい</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes, seconds</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours, minutes</comment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1% off the left</source>
        <translation>左 %1%</translation>
    </message>
    <message>
        <source>%1% off the top</source>
        <translation>上 %1%</translation>
    </message>
    <message>
        <source>%1% off the right</source>
        <translation>右 %1%</translation>
    </message>
    <message>
        <source>%1% off the bottom</source>
        <translation>下 %1%</translation>
    </message>
    <message>
        <source>%1% more at the left</source>
        <translation>左に %1% 多く</translation>
    </message>
    <message>
        <source>%1% more at the top</source>
        <translation>上に %1% 多く</translation>
    </message>
    <message>
        <source>%1% more at the right</source>
        <translation>右に %1% 多く</translation>
    </message>
    <message>
        <source>%1% more at the bottom</source>
        <translation>下に %1% 多く</translation>
    </message>
    <message>
        <source>turned 90° clockwise</source>
        <translation>時計回りに 90° 回転</translation>
    </message>
    <message>
        <source>turned 90° right</source>
        <translation>右に 90° 回転</translation>
    </message>
    <message>
        <source>turned 180°</source>
        <translation>180° 回転</translation>
    </message>
    <message>
        <source>turned 90° counter-clockwise</source>
        <translation>反時計回りに 90° 回転</translation>
    </message>
    <message>
        <source>turned 90° left</source>
        <translation>左に 90° 回転</translation>
    </message>
    <message>
        <source>in the centre</source>
        <translation>中央に</translation>
    </message>
    <message>
        <source>at the top</source>
        <translation>上部に</translation>
    </message>
    <message>
        <source>at the bottom</source>
        <translation>下部に</translation>
    </message>
    <message>
        <source>on the left</source>
        <translation>左側に</translation>
    </message>
    <message>
        <source>on the right</source>
        <translation>右側に</translation>
    </message>
    <message>
        <source>at the top left</source>
        <translation>左上に</translation>
    </message>
    <message>
        <source>at the top right</source>
        <translation>右上に</translation>
    </message>
    <message>
        <source>at the bottom left</source>
        <translation>左下に</translation>
    </message>
    <message>
        <source>at the bottom right</source>
        <translation>右下に</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>左右反転</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>再エンコード</translation>
    </message>
    <message>
        <source>in grayscale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>グレースケール</translation>
    </message>
    <message>
        <source>in colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>ぼかし</translation>
    </message>
    <message>
        <source>sharper</source>
        <translation>よりシャープ</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file&apos;s name quoted in a sentence</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>変更点: %1</translation>
    </message>
    <message>
        <source>turned</source>
        <translation>回転</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <source>cropped (%1)</source>
        <translation>切り抜き（%1）</translation>
    </message>
    <message>
        <source>more at the edges</source>
        <translation>端がより多く見える</translation>
    </message>
    <message>
        <source>shows more at the edges (%1)</source>
        <translation>端がより多く見える（%1）</translation>
    </message>
    <message>
        <source>resized to %1%</source>
        <translation>%1% にサイズ変更</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>サイズ変更</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>%1 で保存</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>形式変換</translation>
    </message>
    <message>
        <source>transparency removed</source>
        <translation>透明度を除去</translation>
    </message>
    <message>
        <source>transparency added</source>
        <translation>透明度を追加</translation>
    </message>
    <message>
        <source>%1 of the %2 frames/pages</source>
        <translation>%2 フレーム/ページ中 %1</translation>
    </message>
    <message>
        <source>%1 of %2 frames</source>
        <translation>%1/%2 フレーム</translation>
    </message>
    <message>
        <source>frames differ</source>
        <translation>フレームが違う</translation>
    </message>
    <message>
        <source>%1% darker</source>
        <translation>%1% 暗い</translation>
    </message>
    <message>
        <source>darker</source>
        <translation>より暗い</translation>
    </message>
    <message>
        <source>%1% brighter</source>
        <translation>%1% 明るい</translation>
    </message>
    <message>
        <source>brighter</source>
        <translation>より明るい</translation>
    </message>
    <message>
        <source>%1% less contrast</source>
        <translation>コントラスト %1% 低い</translation>
    </message>
    <message>
        <source>less contrast</source>
        <translation>コントラストが低い</translation>
    </message>
    <message>
        <source>%1% more contrast</source>
        <translation>コントラスト %1% 高い</translation>
    </message>
    <message>
        <source>more contrast</source>
        <translation>コントラストが高い</translation>
    </message>
    <message>
        <source>something laid over the whole picture (a watermark or a tint)</source>
        <translation>画像全体に何かが重ねられている（透かしや色合い）</translation>
    </message>
    <message>
        <source>something added all over</source>
        <translation>全体に何かが追加</translation>
    </message>
    <message>
        <source>something added %1 (a logo, caption or stamp)</source>
        <translation>%1何かが追加されています（ロゴ、キャプション、スタンプなど）</translation>
    </message>
    <message>
        <source>something added %1</source>
        <translation>%1何かが追加</translation>
    </message>
    <message>
        <source>something added</source>
        <translation>何かが追加</translation>
    </message>
    <message>
        <source>pixels %1% alike</source>
        <translation>ピクセルの一致 %1%</translation>
    </message>
    <message>
        <source>fingerprint difference %1</source>
        <translation>フィンガープリントの差 %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 件</translation>
    </message>
</context>
</TS>
