<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Acting</name>
    <message>
        <source>You can restore them from the Trash later.</source>
        <translation>之后可以从回收站中恢复它们。</translation>
    </message>
    <message>
        <source>Move the marked files to…</source>
        <translation>将标记的文件移动到…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to the Trash?</source>
        <translation>
            <numerusform>将 %n 个文件（%1）移到回收站吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to %2?</source>
        <translation>
            <numerusform>将 %n 个文件（%1）移动到 %2 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move files</source>
        <translation>移动文件</translation>
    </message>
    <message>
        <source>Remove every copy?</source>
        <translation>移除所有副本吗？</translation>
    </message>
    <message numerus="yes">
        <source>In %n group(s) (%1) every copy is marked DELETE, so no copy of those pictures would be left in your folders.</source>
        <translation>
            <numerusform>在 %n 个组（%1）中，每个副本都标记为“删除”，因此您的文件夹中将不会留下这些图片的任何副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “Remove every copy” only if you do not want those pictures at all.</source>
        <translation>只有在您完全不需要这些图片时，才选择“移除所有副本”。</translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation>移除所有副本</translation>
    </message>
    <message numerus="yes">
        <source>Not moved: %n file(s) marked DELETE changed since the scan, so what the scan compared is no longer there; scan again to compare them anew: %1</source>
        <translation>
            <numerusform>不移动：%n 个标记为“删除”的文件在扫描后已更改，扫描时比较的内容已不存在；重新扫描即可重新比较：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n file(s) marked DELETE are no longer there (moved or deleted since the scan): %1</source>
        <translation>
            <numerusform>不计入：%n 个标记为“删除”的文件已不存在（扫描后被移动或删除）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved: %n file(s) marked DELETE, because every copy marked KEEP in their group changed or went away since the scan, and moving them would leave no copy as the scan saw it; mark another copy KEEP, or scan again: %1</source>
        <translation>
            <numerusform>不移动：%n 个标记为“删除”的文件，因为其所在组中标记为“保留”的副本在扫描后都已更改或不存在，移动它们将不会留下扫描时的副本；请将另一个副本标记为“保留”，或重新扫描：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2</source>
        <translation>
            <numerusform>来自 %2 的 %n 个文件（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2 other folders</source>
        <translation>
            <numerusform>来自其他 %2 个文件夹的 %n 个文件（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and moving %1 of %2…</source>
        <translation>正在检查并移动第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <source>Some files were not moved</source>
        <translation>部分文件未被移动</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not pass the checks made just before moving, or the system refused them; they stay where they are and in the results:</source>
        <translation>
            <numerusform>%n 个文件未通过移动前的检查，或被系统拒绝；它们仍留在原处，也仍在结果中：</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is not available</source>
        <translation>回收站不可用</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to the Trash (this happens on some network and removable drives). Move them to a folder of your choice instead? Nothing is deleted.</source>
        <translation>
            <numerusform>%n 个文件无法移到回收站（某些网络驱动器和可移动驱动器上会出现这种情况）。改为将它们移动到您选择的文件夹吗？不会删除任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>移动到文件夹…</translation>
    </message>
    <message>
        <source>Move the files to…</source>
        <translation>将文件移动到…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the Trash.</source>
        <translation>
            <numerusform>已将 %n 个文件（%1）移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the folder you chose.</source>
        <translation>
            <numerusform>已将 %n 个文件（%1）移动到您选择的文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the Trash.</source>
        <translation>可以从回收站中恢复它们。</translation>
    </message>
    <message>
        <source>Some files may have been moved</source>
        <translation>部分文件可能已被移动</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were being moved when their drive stopped answering: each may have been moved, or may still be where it was. Lookalike records what became of them once their drive answers, and Undo last action puts back any that went.</source>
        <translation>
            <numerusform>移动 %n 个文件时其驱动器停止了响应：每个文件可能已被移动，也可能仍在原处。驱动器响应后，Lookalike 会记录这些文件的结果；“撤销上次操作”可放回已移走的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are now in %1.</source>
        <translation>它们现在位于 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be moved and are still listed.</source>
        <translation>
            <numerusform>%n 个文件无法移动，仍在列表中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may have been moved: their drive stopped answering while they were being moved.</source>
        <translation>
            <numerusform>%n 个文件可能已被移动：移动时其驱动器停止了响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had already been moved or deleted since the scan, so they are no longer listed.</source>
        <translation>
            <numerusform>%n 个文件在扫描后已被移动或删除，因此不再列出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) marked DELETE were left where they are: they changed or went away since the scan.</source>
        <translation>
            <numerusform>%n 个标记为“删除”的文件保留在原处：它们在扫描后已更改或已不存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) marked DELETE were left where they are: every copy marked KEEP in their group changed or went away since the scan.</source>
        <translation>
            <numerusform>%n 个标记为“删除”的文件保留在原处：其所在组中标记为“保留”的副本在扫描后都已更改或不存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for what Lookalike moved last…</source>
        <translation>正在查找 Lookalike 上次移动的文件…</translation>
    </message>
    <message>
        <source>Undo last action failed</source>
        <translation>撤销上一个操作失败</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while reading what it last moved; nothing was put back.</source>
        <translation>Lookalike 在读取上次移动的文件时遇到错误；没有放回任何文件。</translation>
    </message>
    <message>
        <source>Nothing to put back</source>
        <translation>没有可放回的文件</translation>
    </message>
    <message>
        <source>Lookalike has not moved any file that is not back already.</source>
        <translation>Lookalike 移动过的文件都已放回原处。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>A file that now exists at the old place is never replaced.</source>
        <translation>如果原位置现在已有文件，绝不会替换它。</translation>
    </message>
    <message>
        <source>On macOS, Lookalike lists the files; you put them back from the Trash in Finder.</source>
        <translation>在 macOS 上，Lookalike 会列出这些文件；您需要在访达的废纸篓中将其放回。</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to the Trash on %1?</source>
        <translation>
            <numerusform>放回 %1 移到回收站的 %n 个文件吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to a folder on %1?</source>
        <translation>
            <numerusform>放回 %1 移动到文件夹的 %n 个文件吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last action</source>
        <translation>撤销上次操作</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>放回</translation>
    </message>
    <message>
        <source>Putting files back…</source>
        <translation>正在放回文件…</translation>
    </message>
    <message>
        <source>Nothing to put back.</source>
        <translation>没有可放回的文件。</translation>
    </message>
    <message>
        <source>Nothing was put back: Lookalike, in another window or from the command line, moved or put back files since you were asked. Choose Undo last action again to see what it would put back now.</source>
        <translation>未放回任何文件：在询问您之后，另一个窗口或命令行中的 Lookalike 移动或放回了文件。请再次选择“撤销上次操作”，查看现在将放回哪些文件。</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) where they were.</source>
        <translation>
            <numerusform>已将 %n 个文件放回原处。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are listed again, marked KEEP.</source>
        <translation>
            <numerusform>其中 %n 个文件已重新列出，并标记为“保留”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan again to see them in the results.</source>
        <translation>重新扫描即可在结果中看到它们。</translation>
    </message>
    <message>
        <source>macOS does not let Lookalike take files out of the Trash: put them back in Finder.</source>
        <translation>macOS 不允许 Lookalike 从废纸篓中取出文件：请在访达中将其放回。</translation>
    </message>
    <message>
        <source>Put the files back in Finder</source>
        <translation>在访达中放回文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back.</source>
        <translation>
            <numerusform>%n 个文件无法放回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not put back</source>
        <translation>部分文件未能放回</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back; nothing was replaced:</source>
        <translation>
            <numerusform>%n 个文件无法放回；没有替换任何文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting files back failed</source>
        <translation>放回文件失败</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while putting files back.</source>
        <translation>Lookalike 在放回文件时遇到了程序错误。</translation>
    </message>
    <message>
        <source>Moving files failed</source>
        <translation>移动文件失败</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while moving files.</source>
        <translation>Lookalike 在移动文件时遇到了程序错误。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Lookalike ran into a problem</source>
        <translation>Lookalike 遇到了问题</translation>
    </message>
    <message>
        <source>Something went wrong inside Lookalike. Your files were not touched by this error. Please copy the details below into a bug report.</source>
        <translation>Lookalike 内部出错了。此错误没有改动您的文件。请将下面的详细信息复制到错误报告中。</translation>
    </message>
    <message>
        <source>These are the demo&apos;s sample pictures: they go to its own trash folder, not your Trash.</source>
        <translation>这些是演示用的示例图片：它们会进入演示自己的回收文件夹，而不是您的回收站。</translation>
    </message>
    <message>
        <source>They are in the demo&apos;s own trash folder, not in your Trash.</source>
        <translation>它们在演示自己的回收文件夹中，而不在您的回收站里。</translation>
    </message>
    <message>
        <source>The demo&apos;s sample pictures cannot be written</source>
        <translation>无法写入演示用的示例图片</translation>
    </message>
    <message>
        <source>Lookalike cannot write the demo&apos;s sample pictures in a temporary folder, because %1. The window opens without them: add a folder of your own to scan, or make room and start the demo again.</source>
        <translation>Lookalike 无法将演示用的示例图片写入临时文件夹（%1）。窗口将在没有示例图片的情况下打开：请添加您自己的文件夹进行扫描，或腾出空间后重新启动演示。</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your review cannot be autosaved</source>
        <translation>无法自动保存您的审阅</translation>
    </message>
    <message>
        <source>Lookalike cannot keep a copy of your marks in its data folder, so a crash or a power cut would lose them. File ▸ Save review… keeps them in a file of your choice.</source>
        <translation>Lookalike 无法在其数据文件夹中保存您标记的副本，程序崩溃或断电会使标记丢失。使用 文件 ▸ 保存审阅… 可将其保存到您选择的文件中。</translation>
    </message>
    <message>
        <source>Opening your last review…</source>
        <translation>正在打开上次的审阅…</translation>
    </message>
    <message>
        <source>Your last review cannot be resumed</source>
        <translation>无法继续上次的审阅</translation>
    </message>
    <message>
        <source>Its autosaved copy is damaged: %1</source>
        <translation>其自动保存的副本已损坏：%1</translation>
    </message>
    <message>
        <source>Resume your last review?</source>
        <translation>继续上次的审阅吗？</translation>
    </message>
    <message numerus="yes">
        <source>Lookalike closed before your last review was saved. Its copy from %1 holds %n group(s) of duplicates with your KEEP and DELETE marks.</source>
        <translation>
            <numerusform>Lookalike 在保存上次审阅之前关闭了。%1 的副本包含 %n 个重复组，以及您的“保留”和“删除”标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every file is checked again before anything is moved. If you do not resume it, this copy is deleted.</source>
        <translation>移动任何文件之前都会重新检查每个文件。如果不继续，此副本将被删除。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resumed your review from %1: every file is checked again before anything is moved.</source>
        <translation>已继续 %1 的审阅：移动任何文件之前都会重新检查每个文件。</translation>
    </message>
    <message>
        <source>Save your review before opening another?</source>
        <translation>打开另一个审阅前保存此审阅吗？</translation>
    </message>
    <message>
        <source>Opening a review replaces this one. Your KEEP and DELETE marks in it, and which groups you reviewed, are not saved: opening another without saving loses them.</source>
        <translation>打开审阅会替换此审阅。此审阅中的“保留”和“删除”标记，以及您已审阅过哪些组，都尚未保存：不保存就打开另一个会丢失它们。</translation>
    </message>
    <message>
        <source>Save your review before scanning again?</source>
        <translation>重新扫描前保存审阅吗？</translation>
    </message>
    <message>
        <source>A new scan replaces this review. Your KEEP and DELETE marks in it, and which groups you reviewed, are not saved: scanning without saving loses them.</source>
        <translation>新的扫描会替换此审阅。此审阅中的“保留”和“删除”标记，以及您已审阅过哪些组，都尚未保存：不保存就扫描会丢失它们。</translation>
    </message>
    <message>
        <source>Save your review before closing?</source>
        <translation>关闭前保存审阅吗？</translation>
    </message>
    <message>
        <source>Your KEEP and DELETE marks in this review, and which groups you reviewed, are not saved. Closing without saving loses them.</source>
        <translation>此审阅中的“保留”和“删除”标记，以及您已审阅过哪些组，都尚未保存。不保存就关闭会丢失它们。</translation>
    </message>
    <message>
        <source>Save… keeps the review in a file that File ▸ Open review… opens again. Pictures marked “not duplicates” are remembered either way.</source>
        <translation>“保存…”会将审阅存为文件，可通过“文件 ▸ 打开审阅…”再次打开。标记为“不是重复项”的图片无论如何都会被记住。</translation>
    </message>
</context>
<context>
    <name>BulkMarking</name>
    <message>
        <source>Mark by the keep rules</source>
        <translation>按保留规则标记</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>Invert marks</source>
        <translation>反转标记</translation>
    </message>
    <message>
        <source>Mark everything under a folder DELETE</source>
        <translation>将某文件夹下的所有文件标记为“删除”</translation>
    </message>
    <message>
        <source>Keep everything under a folder</source>
        <translation>保留某文件夹下的所有文件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 个组</numerusform>
        </translation>
    </message>
    <message>
        <source>This will mark %1 for deletion and %2 KEEP in %3. Continue?</source>
        <translation>这将在 %3 中把 %1 标记为删除，把 %2 标记为“保留”。继续吗？</translation>
    </message>
    <message>
        <source>This will mark %1 KEEP in %2. Continue?</source>
        <translation>这将在 %2 中把 %1 标记为“保留”。继续吗？</translation>
    </message>
    <message>
        <source>This will mark %1 in %2 for deletion. Continue?</source>
        <translation>这将在 %2 中把 %1 标记为删除。继续吗？</translation>
    </message>
    <message>
        <source>Groups looked at: %1.</source>
        <translation>涉及的组：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them every file is under %1, so the best copy stays KEEP.</source>
        <translation>
            <numerusform>%Ln 个组保留一个副本：这些组中的每个文件都在 %1 下，因此最佳副本仍为“保留”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them no copy would be KEEP, so the best copy stays KEEP.</source>
        <translation>
            <numerusform>%Ln 个组保留一个副本：这些组中本来没有副本会被“保留”，因此最佳副本仍为“保留”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files in reference folders stay KEEP.</source>
        <translation>参考文件夹中的文件仍为“保留”。</translation>
    </message>
    <message>
        <source>Nothing is deleted now: marked files move only when you choose “Move marked files to Trash…”. Edit ▸ Undo takes this back.</source>
        <translation>现在不会删除任何内容：只有当您选择“将标记的文件移到回收站…”时，标记的文件才会被移动。“编辑 ▸ 撤销”可以撤回此操作。</translation>
    </message>
    <message>
        <source>mark by the keep rules (%1)</source>
        <translation>按保留规则标记（%1）</translation>
    </message>
    <message>
        <source>keep all (%1)</source>
        <translation>全部保留（%1）</translation>
    </message>
    <message>
        <source>invert marks (%1)</source>
        <translation>反转标记（%1）</translation>
    </message>
    <message>
        <source>mark %1 under “%2” DELETE</source>
        <translation>将“%2”下的 %1 标记为“删除”</translation>
    </message>
    <message>
        <source>keep %1 under “%2”</source>
        <translation>保留“%2”下的 %1</translation>
    </message>
    <message>
        <source>Nothing to change: every mark is already so.</source>
        <translation>无需更改：所有标记已经是这样。</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>argument %1: %2</source>
        <translation>参数 %1：%2</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>缺少以下必需参数：%1</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>无效的选择：%1（可选值：%2）</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation>选项有歧义：%1 可能指 %2 中的任何一个</translation>
    </message>
    <message>
        <source>ignored explicit argument %1</source>
        <translation>此选项不接受值：%1</translation>
    </message>
    <message>
        <source>discover</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>计算指纹</translation>
    </message>
    <message>
        <source>match</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, not %3</source>
        <translation>必须介于 %1 和 %2 之间（输入的是 %3）</translation>
    </message>
    <message>
        <source>must not be negative, not %1</source>
        <translation>不能为负数（输入的是 %1）</translation>
    </message>
    <message>
        <source>must be at least %1, not %2</source>
        <translation>必须至少为 %1（输入的是 %2）</translation>
    </message>
    <message>
        <source>the language of what is printed for a person (default: the environment&apos;s, as LANGUAGE, LC_ALL, LC_MESSAGES or LANG say; English when none fits); JSON and CSV stay English</source>
        <translation>输出给人阅读的内容所用的语言（默认：环境变量 LANGUAGE、LC_ALL、LC_MESSAGES 或 LANG 指定的语言；都不适用时为英语）；JSON 和 CSV 始终为英语</translation>
    </message>
    <message>
        <source>Find duplicate and near-duplicate images and review them before anything is trashed.</source>
        <translation>查找重复和近似重复的图片，并在移到回收站之前先审阅。</translation>
    </message>
    <message>
        <source>Run &apos;lookalike scan --help&apos; for the headless scanner, &apos;lookalike apply --help&apos; to act on its result and &apos;lookalike undo-last --help&apos; to put back what was last trashed or moved.</source>
        <translation>无界面扫描请参阅 &apos;lookalike scan --help&apos;，按扫描结果执行操作请参阅 &apos;lookalike apply --help&apos;，放回最近一次移到回收站或移走的文件请参阅 &apos;lookalike undo-last --help&apos;。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <source>folders to add at start</source>
        <translation>启动时添加的文件夹</translation>
    </message>
    <message>
        <source>scan generated sample pictures at once</source>
        <translation>立即扫描生成的示例图片</translation>
    </message>
    <message>
        <source>after the scan, save the window as a PNG and exit</source>
        <translation>扫描完成后将窗口保存为 PNG 并退出</translation>
    </message>
    <message>
        <source>the window&apos;s language for this run (default: the one chosen in Settings ▸ Language, else the system&apos;s)</source>
        <translation>本次运行时窗口使用的语言（默认：“设置 ▸ 语言”中选择的语言，未选择时为系统语言）</translation>
    </message>
    <message>
        <source>Find duplicate and similar images under the given folders. Never deletes anything.</source>
        <translation>在指定的文件夹中查找重复和相似的图片。绝不删除任何文件。</translation>
    </message>
    <message>
        <source>folder (or file) to scan</source>
        <translation>要扫描的文件夹（或文件）</translation>
    </message>
    <message>
        <source>exact: byte-identical copies only; similar (default): also visually similar</source>
        <translation>exact：仅逐字节相同的副本；similar（默认）：也包括看起来相似的图片</translation>
    </message>
    <message>
        <source>perceptual hash (default: phash)</source>
        <translation>感知哈希算法（默认：phash）</translation>
    </message>
    <message>
        <source>hash side in bits; larger is stricter (default: 8, a 64-bit hash)</source>
        <translation>哈希的边长（位数）；越大越严格（默认：8，即 64 位哈希）</translation>
    </message>
    <message>
        <source>largest hash distance that counts as similar (default: hash bits / 8)</source>
        <translation>视为相似的最大哈希距离（默认：哈希位数 / 8）</translation>
    </message>
    <message>
        <source>do not look for rotated and mirrored copies (found by default)</source>
        <translation>不查找旋转和镜像的副本（默认会查找）</translation>
    </message>
    <message>
        <source>find rotated and mirrored copies: the default, accepted for scripts written before it was</source>
        <translation>查找旋转和镜像的副本：这是默认行为，保留此选项是为了兼容在它成为默认之前编写的脚本</translation>
    </message>
    <message>
        <source>images under DIR are never suggested for deletion (repeatable)</source>
        <translation>DIR 下的图片永远不会被建议标记为“删除”（可重复指定）</translation>
    </message>
    <message>
        <source>skip the pixel-level check of similar pairs (faster, more false matches)</source>
        <translation>跳过对相似图片对的像素检查（更快，但误匹配更多）</translation>
    </message>
    <message>
        <source>also scan hidden files and folders</source>
        <translation>也扫描隐藏的文件和文件夹</translation>
    </message>
    <message>
        <source>follow symbolic links to folders and files (never to a place outside the scanned folders)</source>
        <translation>跟随指向文件夹和文件的符号链接（绝不跟随到所扫描的文件夹之外）</translation>
    </message>
    <message>
        <source>also read files that are only in the cloud (OneDrive, iCloud): this downloads them</source>
        <translation>也读取仅在云端的文件（OneDrive、iCloud）：这会下载它们</translation>
    </message>
    <message>
        <source>do not descend into subfolders</source>
        <translation>不进入子文件夹</translation>
    </message>
    <message>
        <source>skip files smaller than this</source>
        <translation>跳过小于此大小的文件</translation>
    </message>
    <message>
        <source>leave out files and folders matching PATTERN (repeatable): a name (&apos;*.tmp&apos;, &apos;Thumbs.db&apos;), or a path from the scanned folder (&apos;2019/drafts&apos;, &apos;**/cache/**&apos;); ending in &apos;/&apos; matches folders only (&apos;Thumbs/&apos;); wildcards * ? [abc] and **, any case</source>
        <translation>排除与 PATTERN 匹配的文件和文件夹（可重复指定）：可以是名称（&apos;*.tmp&apos;、&apos;Thumbs.db&apos;），也可以是从所扫描文件夹起的路径（&apos;2019/drafts&apos;、&apos;**/cache/**&apos;）；以 &apos;/&apos; 结尾时只匹配文件夹（&apos;Thumbs/&apos;）；支持通配符 * ? [abc] 和 **，不区分大小写</translation>
    </message>
    <message>
        <source>write the result as JSON here</source>
        <translation>将结果以 JSON 格式写入此文件</translation>
    </message>
    <message>
        <source>write the groups as CSV here</source>
        <translation>将各组以 CSV 格式写入此文件</translation>
    </message>
    <message>
        <source>neither read nor write the fingerprint cache</source>
        <translation>既不读取也不写入指纹缓存</translation>
    </message>
    <message>
        <source>keep the fingerprint cache here</source>
        <translation>将指纹缓存保存在此文件夹中</translation>
    </message>
    <message>
        <source>also group pictures you marked as &apos;not duplicates&apos; in the window</source>
        <translation>也将在窗口中标记为“不是重复项”的图片分组</translation>
    </message>
    <message>
        <source>decoding threads (default: one per CPU core)</source>
        <translation>解码线程数（默认：每个 CPU 核心一个）</translation>
    </message>
    <message>
        <source>list every file that could not be read (default: the first %1, then how many more; the JSON result always lists them all)</source>
        <translation>列出所有无法读取的文件（默认：前 %1 个，然后是剩余数量；JSON 结果始终列出全部）</translation>
    </message>
    <message>
        <source>no progress bar and no summary</source>
        <translation>不显示进度条和摘要</translation>
    </message>
    <message>
        <source>Trash (or move) the files marked &quot;keep&quot;: false in a scan result or saved review. Each file is checked against the files on disk first: a copy marked KEEP must still be there unchanged, the file must be unchanged, inside the scanned folders, outside every reference folder, and still a duplicate of the kept copy. Anything else is skipped and said. Never removes every copy of a picture, and never deletes permanently.</source>
        <translation>将扫描结果或已保存的审阅中标记为 &quot;keep&quot;: false 的文件移到回收站（或移动到别的文件夹）。先将每个文件与磁盘上的文件核对：标记为“保留”的副本必须仍在且未被更改；该文件本身必须未被更改、位于所扫描的文件夹内、不在任何参考文件夹中，并且仍是要保留的副本的重复项。不符合这些条件的一律跳过并说明。绝不会移除一张图片的所有副本，也绝不会永久删除。</translation>
    </message>
    <message>
        <source>Exit status: 0 when everything planned was done, 1 when something was skipped or refused, 2 for a bad argument or an unreadable file (then nothing is touched).</source>
        <translation>退出状态：计划的操作全部完成时为 0；有文件被跳过或被拒绝时为 1；参数错误或文件无法读取时为 2（此时不会触碰任何文件）。</translation>
    </message>
    <message>
        <source>a scan result (--json) or saved review</source>
        <translation>扫描结果（--json）或已保存的审阅</translation>
    </message>
    <message>
        <source>move the files into DIR instead of the Trash</source>
        <translation>将文件移动到 DIR，而不是回收站</translation>
    </message>
    <message>
        <source>also never touch files under DIR (repeatable; the scan&apos;s own reference folders always count)</source>
        <translation>同样绝不触碰 DIR 下的文件（可重复指定；扫描时的参考文件夹始终算在内）</translation>
    </message>
    <message>
        <source>check everything and say what would happen</source>
        <translation>检查所有内容，只说明将会发生什么</translation>
    </message>
    <message>
        <source>Put back the files of the last trash or move run, as the action journal recorded them. Moved files are moved back; trashed files are taken out of the Trash (Linux, Windows; on macOS the files to put back in Finder are listed). A file now at the old place is never replaced: that file is listed and its copy stays where it is.</source>
        <translation>按照操作日志的记录，放回最近一次移到回收站或移动操作中的文件。移走的文件会被移回原处；移到回收站的文件会从回收站中取出（Linux、Windows；在 macOS 上会列出需要在访达中放回的文件）。如果原位置现在已有文件，绝不会替换它：会列出该文件，其副本仍留在现在的位置。</translation>
    </message>
    <message>
        <source>Exit status: 0 when every file was put back (or there was nothing to put back), 1 when some could not be, 2 for a bad argument.</source>
        <translation>退出状态：所有文件都已放回（或没有需要放回的文件）时为 0；有文件未能放回时为 1；参数错误时为 2。</translation>
    </message>
    <message>
        <source>the action journal (default: Lookalike&apos;s own)</source>
        <translation>操作日志（默认：Lookalike 自己的操作日志）</translation>
    </message>
    <message>
        <source>look for the files and move nothing</source>
        <translation>只查找这些文件，不移动任何文件</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the end of a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>folder not answering: %1; choose another place</source>
        <translation>文件夹没有响应：%1；请换一个位置</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; choose another name</source>
        <translation>%1 已存在且不是普通文件；请换一个名称</translation>
    </message>
    <message>
        <source>%1 already exists inside a scanned folder; choose another name or remove it first</source>
        <translation>%1 已存在于扫描的文件夹中；请换一个名称，或先将其移除</translation>
    </message>
    <message>
        <source>%1 already exists and might be inside a scanned folder that does not answer; choose another name or remove it first</source>
        <translation>%1 已存在，且可能位于没有响应的扫描文件夹中；请换一个名称，或先将其移除</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>还剩 %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) may have gone</source>
        <translation>
            <numerusform>；%n 个文件可能已移走</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images scanned (%2 from cache) in %3 s: %4 duplicate groups, %5 extra copies, %6 reclaimable</source>
        <translation>已扫描 %1 张图片（%2 张来自缓存），用时 %3 秒：%4 个重复组，%5 个多余副本，可释放 %6</translation>
    </message>
    <message>
        <source>; %1 files could not be read</source>
        <translation>；%1 个文件无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>%Ln 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>%Ln 个文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>; %1 excluded by your patterns</source>
        <translation>；按你的排除规则排除了 %1</translation>
    </message>
    <message>
        <source> (stopped early: results are partial)</source>
        <translation>（提前停止：结果不完整）</translation>
    </message>
    <message>
        <source>checking and acting: %1 of %2</source>
        <translation>正在检查并执行：%1/%2</translation>
    </message>
    <message>
        <source>folder not found: %1</source>
        <translation>找不到文件夹：%1</translation>
    </message>
    <message>
        <source>reference folder not found: %1</source>
        <translation>找不到参考文件夹：%1</translation>
    </message>
    <message>
        <source>--algorithm whash needs a hash size that is a power of two (4, 8, 16, 32)</source>
        <translation>--algorithm whash 需要 2 的幂作为哈希尺寸（4、8、16、32）</translation>
    </message>
    <message>
        <source>--threshold %1 is more than half the %2 hash bits: everything would match</source>
        <translation>--threshold %1 超过了 %2 个哈希位的一半：所有图片都会匹配</translation>
    </message>
    <message>
        <source>your &apos;not duplicates&apos; decisions cannot be read (%1); pictures you marked so may be grouped again</source>
        <translation>无法读取你的“不是重复项”决定（%1）；你这样标记过的图片可能会再次被分到一组</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>无法写入结果：%1</translation>
    </message>
    <message>
        <source>not read: %1: %2</source>
        <translation>未读取：%1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>; %1 files disappeared during the scan</source>
        <translation>；%1 个文件在扫描期间消失</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>folder not answering: %1</source>
        <translation>文件夹没有响应：%1</translation>
    </message>
    <message>
        <source>reference folder not answering: %1</source>
        <translation>参考文件夹没有响应：%1</translation>
    </message>
    <message>
        <source>… and %1 more not read: %2 lists every one under &quot;errors&quot; (--all-errors prints them all here)</source>
        <translation>……另有 %1 个未读取：%2 的 &quot;errors&quot; 中列出了全部（--all-errors 可在此处全部显示）</translation>
    </message>
    <message>
        <source>… and %1 more not read (--all-errors prints them all)</source>
        <translation>……另有 %1 个未读取（--all-errors 可全部显示）</translation>
    </message>
    <message>
        <source>… and %1 more could not be read: %2 lists every one under &quot;errors&quot; (--all-errors prints them all here)</source>
        <translation>……另有 %1 个无法读取：%2 的 &quot;errors&quot; 中列出了全部（--all-errors 可在此处全部显示）</translation>
    </message>
    <message>
        <source>… and %1 more could not be read (--all-errors prints them all)</source>
        <translation>……另有 %1 个无法读取（--all-errors 可全部显示）</translation>
    </message>
    <message>
        <source>--move-to %1 does not answer</source>
        <translation>--move-to %1 没有响应</translation>
    </message>
    <message>
        <source>--move-to %1 is not a folder</source>
        <translation>--move-to %1 不是文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: move to %2 %n file(s) marked &quot;keep&quot;: false, in %1.</source>
        <translation>
            <numerusform>计划：将 %1中标记为 &quot;keep&quot;: false 的 %n 个文件移动到 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: move to the Trash %n file(s) marked &quot;keep&quot;: false, in %1.</source>
        <translation>
            <numerusform>计划：将 %1中标记为 &quot;keep&quot;: false 的 %n 个文件移到回收站。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned folders (files outside them are never touched):</source>
        <translation>扫描的文件夹（绝不触碰其外的文件）：</translation>
    </message>
    <message>
        <source>Reference folders (files inside them are never touched):</source>
        <translation>参考文件夹（绝不触碰其中的文件）：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>would move: %1</source>
        <translation>将移动：%1</translation>
    </message>
    <message>
        <source>would trash: %1</source>
        <translation>将移到回收站：%1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <translation>已移动：%1</translation>
    </message>
    <message>
        <source>trashed: %1</source>
        <translation>已移到回收站：%1</translation>
    </message>
    <message>
        <source>may have been moved: %1: %2</source>
        <translation>可能已移动：%1：%2</translation>
    </message>
    <message>
        <source>may have been trashed: %1: %2</source>
        <translation>可能已移到回收站：%1：%2</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>已跳过：%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Would move %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>将移动 %n 个文件（%1）；跳过 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would trash %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>将把 %n 个文件（%1）移到回收站；跳过 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>已移动 %n 个文件（%1）；跳过 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trashed %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>已将 %n 个文件（%1）移到回收站；跳过 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>; stopped early</source>
        <translation>；提前停止</translation>
    </message>
    <message numerus="yes">
        <source>Waiting a few seconds for %n file(s) whose drive stopped answering while they were being moved…</source>
        <translation>
            <numerusform>正在等待 %n 个文件几秒钟：移动它们时其驱动器停止了响应…</numerusform>
        </translation>
    </message>
    <message>
        <source>Their drive answered: what became of them is in the journal; &quot;lookalike undo-last&quot; puts back any that went.</source>
        <translation>驱动器已响应：这些文件的结果已记录在操作日志中；“lookalike undo-last”可放回已移走的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may still be moving: Lookalike stops waiting. The journal records them as begun, and &quot;lookalike undo-last&quot; looks at them as after a crash and puts back any that went.</source>
        <translation>
            <numerusform>%n 个文件可能仍在移动中：Lookalike 不再等待。操作日志中记载了它们已开始移动，“lookalike undo-last”会像崩溃后一样检查它们，并放回已移走的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put back: the journal holds no trash or move run that was not put back.</source>
        <translation>没有可放回的文件：操作日志中没有尚未放回的移到回收站或移动操作。</translation>
    </message>
    <message>
        <source>would put back: %1</source>
        <translation>将放回：%1</translation>
    </message>
    <message>
        <source>put back: %1</source>
        <translation>已放回：%1</translation>
    </message>
    <message>
        <source>not put back: %1: %2</source>
        <translation>未放回：%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Would put back %n file(s); not put back %1</source>
        <translation>
            <numerusform>将放回 %n 个文件；%1 个未放回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s); not put back %1</source>
        <translation>
            <numerusform>已放回 %n 个文件；%1 个未放回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>In the selected groups when several are selected (Ctrl+click), else in every group listed.</source>
        <translation>选中了多个组（Ctrl+单击）时作用于所选组，否则作用于列表中的所有组。</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Open review…</source>
        <translation>打开审阅…</translation>
    </message>
    <message>
        <source>Save review…</source>
        <translation>保存审阅…</translation>
    </message>
    <message>
        <source>Export results as JSON…</source>
        <translation>将结果导出为 JSON…</translation>
    </message>
    <message>
        <source>Export results as CSV…</source>
        <translation>将结果导出为 CSV…</translation>
    </message>
    <message>
        <source>Move marked files to Trash…</source>
        <translation>将标记的文件移到回收站…</translation>
    </message>
    <message>
        <source>Move marked files to a folder…</source>
        <translation>将标记的文件移动到文件夹…</translation>
    </message>
    <message>
        <source>Undo last action: put moved files back…</source>
        <translation>撤销上次操作：放回移动过的文件…</translation>
    </message>
    <message>
        <source>Put the files last moved to the Trash or to a folder back where they were. A file that now exists at the old place is never replaced.</source>
        <translation>将最近一次移到回收站或文件夹的文件放回原处。如果原位置现在已有文件，绝不会替换它。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo your last change to the marks or the groups</source>
        <translation>撤销您对标记或组的最近一次更改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Switch KEEP / DELETE</source>
        <translation>切换 保留 / 删除</translation>
    </message>
    <message>
        <source>Switch the selected picture between KEEP and DELETE (Space, or a click on its badge); in the compare view, the framed one</source>
        <translation>在“保留”和“删除”之间切换所选图片（空格键，或单击其标签）；在对比视图中作用于带框的图片</translation>
    </message>
    <message>
        <source>Mark &amp;DELETE</source>
        <translation>标记为删除(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the selected pictures DELETE. Nothing is deleted until you move the marked files.</source>
        <translation>将所选图片标记为“删除”。在您移动标记的文件之前，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Mark by the &amp;keep rules…</source>
        <translation>按保留规则标记(&amp;K)…</translation>
    </message>
    <message>
        <source>Mark KEEP the copy the keep rules choose, the others DELETE.</source>
        <translation>将保留规则选中的副本标记为“保留”，其余标记为“删除”。</translation>
    </message>
    <message>
        <source>Keep &amp;all…</source>
        <translation>全部保留(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark every file KEEP.</source>
        <translation>将所有文件标记为“保留”。</translation>
    </message>
    <message>
        <source>&amp;Invert marks…</source>
        <translation>反转标记(&amp;I)…</translation>
    </message>
    <message>
        <source>KEEP becomes DELETE and DELETE becomes KEEP; each group keeps at least one copy.</source>
        <translation>“保留”变为“删除”，“删除”变为“保留”；每个组至少保留一个副本。</translation>
    </message>
    <message>
        <source>Mark everything under a &amp;folder DELETE…</source>
        <translation>将某文件夹下的所有文件标记为删除(&amp;F)…</translation>
    </message>
    <message>
        <source>Mark DELETE every file in a folder you choose and its subfolders; a group whose files are all there keeps its best copy.</source>
        <translation>将您选择的文件夹及其子文件夹中的每个文件标记为“删除”；文件全都在其中的组会保留其最佳副本。</translation>
    </message>
    <message>
        <source>Keep everything under a f&amp;older…</source>
        <translation>保留某文件夹下的所有文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Mark KEEP every file in a folder you choose and its subfolders.</source>
        <translation>将您选择的文件夹及其子文件夹中的每个文件标记为“保留”。</translation>
    </message>
    <message>
        <source>&amp;Compare side by side</source>
        <translation>并排对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>Look at the selected picture next to the group&apos;s first one, zoomed together, with a difference view. Ctrl+click two pictures to compare those two.</source>
        <translation>将所选图片与组中的第一张图片并排查看，同步缩放，并可查看差异。按住 Ctrl 单击两张图片可对比这两张。</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate: take the picture out of its group</source>
        <translation>不是重复项：将图片移出其组(&amp;N)</translation>
    </message>
    <message>
        <source>The selected picture is a different picture: take it out of this group. Lookalike remembers this, even if the files are renamed or moved.</source>
        <translation>所选图片是另一张图片：将它移出此组。即使文件被重命名或移动，Lookalike 也会记住这一点。</translation>
    </message>
    <message>
        <source>None of these are duplicates: remove the &amp;group</source>
        <translation>这些都不是重复项：移除该组(&amp;G)</translation>
    </message>
    <message>
        <source>Remove this whole group from the results, and keep these pictures apart in later scans (Shift+N)</source>
        <translation>从结果中移除整个组，并在以后的扫描中将这些图片分开（Shift+N）</translation>
    </message>
    <message>
        <source>Switch “&amp;reviewed” for this group</source>
        <translation>切换此组的“已审阅”(&amp;R)</translation>
    </message>
    <message>
        <source>Tick or untick the group as reviewed. A group is ticked by itself once it was shown for a moment or one of its marks changed (R)</source>
        <translation>勾选或取消勾选该组为已审阅。组显示片刻后，或其中的标记有变化时，会自动勾选（R）</translation>
    </message>
    <message>
        <source>Next group not &amp;reviewed</source>
        <translation>下一个未审阅的组(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the next group in the list, as sorted and filtered, that is not reviewed yet (U)</source>
        <translation>转到列表（按当前排序和筛选）中下一个尚未审阅的组（U）</translation>
    </message>
    <message>
        <source>Which copy to &amp;keep…</source>
        <translation>保留哪个副本(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Choose the rules that pick the copy marked KEEP in every group</source>
        <translation>选择在每个组中挑选“保留”副本的规则</translation>
    </message>
    <message>
        <source>Pictures marked “&amp;not duplicates”…</source>
        <translation>标记为“不是重复项”的图片(&amp;N)…</translation>
    </message>
    <message>
        <source>Pictures you said are not duplicates: Lookalike keeps them apart. Open to undo a decision.</source>
        <translation>您认定不是重复项的图片：Lookalike 会将它们分开。打开以撤销某个决定。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Every command and its key</source>
        <translation>所有命令及其按键</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>&amp;About Lookalike</source>
        <translation>关于 Lookalike(&amp;A)</translation>
    </message>
    <message>
        <source>Move between the pictures of a group</source>
        <translation>在组内的图片之间移动</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Previous or next group</source>
        <translation>上一个或下一个组</translation>
    </message>
    <message>
        <source>PageUp, PageDown, Ctrl+arrow keys</source>
        <translation>PageUp、PageDown、Ctrl+方向键</translation>
    </message>
    <message>
        <source>Up and Down arrow keys</source>
        <translation>上下方向键</translation>
    </message>
    <message>
        <source>Open a picture in the system viewer</source>
        <translation>在系统查看器中打开图片</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>Select several pictures or groups</source>
        <translation>选择多张图片或多个组</translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click</source>
        <translation>Ctrl+单击、Shift+单击</translation>
    </message>
    <message>
        <source>%1 in the grid or the group list</source>
        <translation>网格或组列表中按 %1</translation>
    </message>
    <message>
        <source>%1 in the grid</source>
        <translation>网格中按 %1</translation>
    </message>
    <message>
        <source>%1 in the group list</source>
        <translation>组列表中按 %1</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>闪烁切换</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole pictures (0)</source>
        <translation>显示整张图片（0）</translation>
    </message>
    <message>
        <source>One pixel of A per screen pixel (1)</source>
        <translation>屏幕上一个像素显示 A 的一个像素（1）</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Zoom, in pixels of A&apos;s original file per screen pixel</source>
        <translation>缩放比例：每个屏幕像素对应 A 原始文件的像素数</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>适应窗口（%1）</translation>
    </message>
    <message>
        <source>Compare A with the previous copy (←)</source>
        <translation>将 A 与上一个副本对比（←）</translation>
    </message>
    <message>
        <source>Compare A with the next copy (→)</source>
        <translation>将 A 与下一个副本对比（→）</translation>
    </message>
    <message>
        <source>Not duplicates  (N)</source>
        <translation>不是重复项  (N)</translation>
    </message>
    <message>
        <source>B is a different picture: take it out of this group and remember that</source>
        <translation>B 是另一张图片：将它移出此组并记住这一点</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>, amplified %1: black where A and B agree</source>
        <translation>，放大 %1：A 与 B 一致处为黑色</translation>
    </message>
    <message>
        <source>No difference at all: identical pixels</source>
        <translation>完全没有差异：像素相同</translation>
    </message>
    <message>
        <source>%1% of pixels differ noticeably</source>
        <translation>%1% 的像素有明显差异</translation>
    </message>
    <message>
        <source>largest difference %1 of 255</source>
        <translation>最大差异 %1/255</translation>
    </message>
    <message>
        <source>B scaled to A&apos;s size</source>
        <translation>B 已缩放到 A 的尺寸</translation>
    </message>
    <message>
        <source>blue: not in B</source>
        <translation>蓝色：B 中没有</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>B does not line up with A (no turn or crop fits): the pictures as they are</source>
        <translation>B 无法与 A 对齐（旋转或裁剪都不吻合）：按原样显示图片</translation>
    </message>
    <message>
        <source>Lined up on A first, undoing what B changed: %1</source>
        <translation>先撤销 B 的变化，使其与 A 对齐：%1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Wheel or +/%1 zoom · drag to pan · ←/→ other copy · A, B or click: framed picture · %2 KEEP/DELETE · F or Tab flicker · D difference · S side by side · N not duplicates · Esc close</source>
        <translation>滚轮或 +/%1 缩放 · 拖动平移 · ←/→ 其他副本 · A、B 或单击：选择带框的图片 · %2 保留/删除 · F 或 Tab 闪烁切换 · D 差异 · S 并排 · N 不是重复项 · Esc 关闭</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>适应窗口（%1）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Cannot show this file:
%1</source>
        <translation>无法显示此文件：
%1</translation>
    </message>
    <message>
        <source>A picture could not be read</source>
        <translation>有图片无法读取</translation>
    </message>
    <message>
        <source>Computing the difference…</source>
        <translation>正在计算差异…</translation>
    </message>
    <message>
        <source>B: %1 of %2</source>
        <translation>B：%1/%2</translation>
    </message>
    <message>
        <source>A · reference</source>
        <translation>A · 参考</translation>
    </message>
    <message>
        <source>flicker: F or Tab shows %1</source>
        <translation>闪烁切换：按 F 或 Tab 显示 %1</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Remembered “not duplicates”</source>
        <translation>已记住的“不是重复项”</translation>
    </message>
    <message>
        <source>Pictures you marked as &lt;b&gt;not duplicates&lt;/b&gt; are kept apart in every later scan, even if they are renamed or moved: Lookalike remembers them by their content. Forget a decision to let the next scan group those pictures again.</source>
        <translation>您标记为&lt;b&gt;不是重复项&lt;/b&gt;的图片，即使被重命名或移动，在以后的每次扫描中都会被分开：Lookalike 按内容记住它们。忘记某个决定后，下次扫描可能会再次将这些图片分为一组。</translation>
    </message>
    <message>
        <source>No decisions remembered yet.</source>
        <translation>尚未记住任何决定。</translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation>忘记所选</translation>
    </message>
    <message>
        <source>Let the next scan group the selected pairs again (Delete)</source>
        <translation>让下次扫描可以再次将所选的图片对分为一组（Delete）</translation>
    </message>
    <message>
        <source>Forget all…</source>
        <translation>全部忘记…</translation>
    </message>
    <message>
        <source>Forget all decisions</source>
        <translation>忘记所有决定</translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n “not duplicates” decision(s)?</source>
        <translation>
            <numerusform>忘记全部 %n 个“不是重复项”决定吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Later scans may group these pictures again.</source>
        <translation>以后的扫描可能会再次将这些图片分为一组。</translation>
    </message>
    <message>
        <source>Forget all</source>
        <translation>全部忘记</translation>
    </message>
    <message>
        <source>The list of “not duplicates” cannot be changed, because %1, so nothing was forgotten: later scans still keep those pictures apart.</source>
        <translation>无法更改“不是重复项”列表（%1），因此没有忘记任何决定：以后的扫描仍会将这些图片分开。</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Kept apart from</source>
        <translation>与之分开的图片</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>(where the file was when you decided)</source>
        <translation>（做出决定时文件所在的位置）</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>决定于 %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>FolderCombo</name>
    <message>
        <source>Any folder</source>
        <translation>任意文件夹</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>No folders yet.
Drop folders from your file manager here, or click “Add folder…”.</source>
        <translation>还没有文件夹。
请从文件管理器将文件夹拖放到这里，或单击“添加文件夹…”。</translation>
    </message>
</context>
<context>
    <name>GroupFilterBar</name>
    <message>
        <source>Search file names and folders…</source>
        <translation>搜索文件名和文件夹…</translation>
    </message>
    <message>
        <source>Shows the groups with a file whose name or folder holds every word typed</source>
        <translation>显示含有这样一个文件的组：其名称或文件夹包含输入的每个词</translation>
    </message>
    <message>
        <source>Show only exact copies, copies of the same picture, or similar pictures</source>
        <translation>仅显示完全相同的副本、同一图片的副本或相似图片</translation>
    </message>
    <message>
        <source>Show only the groups with a file in this folder or below it</source>
        <translation>仅显示在此文件夹或其子文件夹中有文件的组</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>First file</source>
        <translation>首个文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>How alike</source>
        <translation>相似程度</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>To free</source>
        <translation>可释放</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>The name of the group&apos;s first file (the best copy, unless you chose otherwise)</source>
        <translation>组中首个文件的名称（除非您另选，否则为最佳副本）</translation>
    </message>
    <message>
        <source>The folder of the group&apos;s first file</source>
        <translation>组中首个文件所在的文件夹</translation>
    </message>
    <message>
        <source>How many files the group holds</source>
        <translation>该组包含的文件数</translation>
    </message>
    <message>
        <source>Exact copies: the same bytes · Same picture: the same pixels, saved differently · Similar: pictures that look alike</source>
        <translation>完全相同的副本：字节相同 · 同一图片：像素相同，保存方式不同 · 相似：看起来相像的图片</translation>
    </message>
    <message>
        <source>What differs between the copies</source>
        <translation>副本之间的差别</translation>
    </message>
    <message>
        <source>Space the copies marked DELETE free</source>
        <translation>标记为“删除”的副本可释放的空间</translation>
    </message>
    <message>
        <source>Ticked once you have looked at the group (R switches it; U goes to the next group not reviewed)</source>
        <translation>查看过该组后即勾选（R 切换；U 转到下一个未审阅的组）</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未审阅</translation>
    </message>
    <message>
        <source>No copy kept: every copy is marked DELETE</source>
        <translation>没有保留的副本：所有副本都标记为“删除”</translation>
    </message>
    <message numerus="yes">
        <source>… and %n other(s)</source>
        <translation>
            <numerusform>… 以及其他 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n 个文件：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language of Lookalike&apos;s window; it changes when Lookalike starts again</source>
        <translation>Lookalike 窗口的语言；重新启动 Lookalike 后生效</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lookalike — find duplicate pictures</source>
        <translation>Lookalike — 查找重复图片</translation>
    </message>
    <message>
        <source>Add a folder to scan</source>
        <translation>添加要扫描的文件夹</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lookalike will be in %1 the next time it starts.</source>
        <translation>下次启动时 Lookalike 将使用%1。</translation>
    </message>
    <message>
        <source>Nothing to scan</source>
        <translation>没有可扫描的内容</translation>
    </message>
    <message>
        <source>Add a folder first: click “Add folder…” or drop one here.</source>
        <translation>请先添加文件夹：单击“添加文件夹…”或将文件夹拖放到这里。</translation>
    </message>
    <message>
        <source>The scan failed</source>
        <translation>扫描失败</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while scanning. Details:</source>
        <translation>Lookalike 在扫描时遇到了程序错误。详细信息：</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>Every group listed is reviewed.</source>
        <translation>列表中的所有组都已审阅。</translation>
    </message>
    <message>
        <source>About Lookalike</source>
        <translation>关于 Lookalike</translation>
    </message>
    <message>
        <source>Lookalike %1

Finds duplicate and near-duplicate pictures, lets you review every group, and moves only the copies you confirm to the Trash.</source>
        <translation>Lookalike %1

查找重复和近似重复的图片，让您审阅每个组，并且只将您确认的副本移到回收站。</translation>
    </message>
</context>
<context>
    <name>MissingFolders</name>
    <message>
        <source>A folder is not there when it was renamed, moved or deleted, or when the drive it is on is not connected.</source>
        <translation>文件夹被重命名、移动或删除，或者所在驱动器未连接时，就会找不到该文件夹。</translation>
    </message>
    <message>
        <source>A folder does not answer when the drive it is on stopped answering: a network drive whose connection was lost, or a disk still waking up. Lookalike waited a few seconds for it.</source>
        <translation>文件夹所在的驱动器停止响应时，文件夹就没有响应：例如连接已断开的网络驱动器，或仍在唤醒的磁盘。Lookalike 已等待了几秒钟。</translation>
    </message>
    <message>
        <source>The reference folder “%1” does not answer.</source>
        <translation>参考文件夹“%1”没有响应。</translation>
    </message>
    <message>
        <source>The reference folder “%1” is not there now.</source>
        <translation>现在找不到参考文件夹“%1”。</translation>
    </message>
    <message>
        <source>Scan anyway? To compare the reference pictures with the others, click Cancel, then scan again once the drive answers (connect it again if it was disconnected).</source>
        <translation>仍要扫描吗？若要将参考图片与其他图片对比，请点击“取消”，等驱动器响应后再扫描一次（如果连接已断开，请重新连接）。</translation>
    </message>
    <message>
        <source>The reference folder “%1” did not answer and was not scanned: copies of its pictures were not looked for.</source>
        <translation>参考文件夹“%1”没有响应，未扫描：未查找其中图片的副本。</translation>
    </message>
    <message>
        <source>The pictures of a reference folder that is not there are not protected: any that are now inside another folder listed are scanned like the others, and can be marked DELETE.</source>
        <translation>找不到的参考文件夹中的图片不受保护：其中现在位于列表中其他文件夹内的图片会像其他图片一样被扫描，并可能被标记为 DELETE。</translation>
    </message>
    <message>
        <source>Lookalike looks at nothing inside a reference folder that does not answer: none of its pictures is scanned, so none can be marked DELETE, but their copies in the other folders are not found either.</source>
        <translation>Lookalike 不会查看没有响应的参考文件夹中的任何内容：其中的图片都不会被扫描，因此都不会被标记为“删除”，但其他文件夹中它们的副本也不会被找到。</translation>
    </message>
    <message>
        <source>Reference folder not answering</source>
        <translation>参考文件夹没有响应</translation>
    </message>
    <message>
        <source>Reference folder not found</source>
        <translation>找不到参考文件夹</translation>
    </message>
    <message>
        <source>Scan anyway? To keep them protected, click Cancel, then connect the drive, or add the folder again where it is now and tick it.</source>
        <translation>仍要扫描吗？若要继续保护它们，请点击“取消”，然后连接驱动器，或重新添加该文件夹现在所在的位置并勾选它。</translation>
    </message>
    <message>
        <source>Scan anyway</source>
        <translation>仍要扫描</translation>
    </message>
    <message>
        <source>The folder “%1” does not answer.</source>
        <translation>文件夹“%1”没有响应。</translation>
    </message>
    <message>
        <source>The folder “%1” is not there now.</source>
        <translation>现在找不到文件夹“%1”。</translation>
    </message>
    <message>
        <source>The reference folder “%1” was not there: its pictures were not protected.</source>
        <translation>参考文件夹“%1”不存在：其中的图片未受保护。</translation>
    </message>
    <message>
        <source>The folder “%1” did not answer and was not scanned.</source>
        <translation>文件夹“%1”没有响应，未扫描。</translation>
    </message>
    <message>
        <source>The folder “%1” was not there and was not scanned.</source>
        <translation>文件夹“%1”不存在，未扫描。</translation>
    </message>
</context>
<context>
    <name>PairLoader</name>
    <message>
        <source>an unexpected error (the log has the details)</source>
        <translation>意外错误（详细信息见日志）</translation>
    </message>
</context>
<context>
    <name>QtDialogs</name>
    <message>
        <source>… and %1 more in the details</source>
        <translation>……其余 %1 行见详细信息</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>This folder cannot be used</source>
        <translation>无法使用此文件夹</translation>
    </message>
    <message>
        <source>Lookalike cannot find the folder chosen under the name the folder dialog gives it (%1): its name may hold characters the dialog cannot pass on. Rename the folder, or choose another.</source>
        <translation>按文件夹对话框给出的名称（%1）找不到所选的文件夹：其名称可能含有对话框无法传递的字符。请重命名该文件夹，或选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>could not be read: unexpected %1 (%2)</source>
        <translation>无法读取：意外的 %1（%2）</translation>
    </message>
    <message>
        <source>no longer a regular file (it was replaced during the scan)</source>
        <translation>已不再是普通文件（扫描期间被替换）</translation>
    </message>
    <message>
        <source>another file took its name during the scan (moved over it, or a link)</source>
        <translation>扫描期间另一个文件占用了此名称（被移动覆盖，或换成了链接）</translation>
    </message>
    <message>
        <source>a folder above it was replaced during the scan (moved away, or a link put there)</source>
        <translation>扫描期间其上层文件夹被替换（被移走，或换成了链接）</translation>
    </message>
    <message>
        <source>the file disappeared during the scan</source>
        <translation>扫描期间文件消失了</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>没有读取该文件的权限</translation>
    </message>
    <message>
        <source>file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>the picture reader stopped while reading it: the picture data may be damaged</source>
        <translation>读取过程中图片读取进程停止了：图片数据可能已损坏</translation>
    </message>
    <message>
        <source>the file is no longer there (moved or deleted?)</source>
        <translation>文件已不在原处（被移动或删除了？）</translation>
    </message>
    <message>
        <source>not a picture: the content is not an image format Lookalike can read</source>
        <translation>不是图片：内容不是 Lookalike 能读取的图像格式</translation>
    </message>
    <message>
        <source>a RAW camera file, which this version of Lookalike cannot read: left out of the comparison (a JPEG the camera saved beside it is compared as usual)</source>
        <translation>此版本的 Lookalike 无法读取的 RAW 相机文件：未参与比较（相机在旁边一并保存的 JPEG 照常比较）</translation>
    </message>
    <message>
        <source>RAW photo without a readable preview (%1)</source>
        <translation>没有可读预览的 RAW 照片（%1）</translation>
    </message>
    <message>
        <source>RAW photo whose embedded preview is not a JPEG</source>
        <translation>内嵌预览不是 JPEG 的 RAW 照片</translation>
    </message>
    <message>
        <source>too large to open safely (possible decompression bomb)</source>
        <translation>太大，无法安全打开（可能是解压炸弹）</translation>
    </message>
    <message>
        <source>too large to open safely (%1 megapixels)</source>
        <translation>太大，无法安全打开（%1 百万像素）</translation>
    </message>
    <message>
        <source>too large to open with the memory available</source>
        <translation>太大，可用内存不足以打开</translation>
    </message>
    <message>
        <source>too large to compare safely: decoding it would need about %1 of memory, more than the %2 one picture may use</source>
        <translation>太大，无法安全比较：解码需要约 %1 内存，超过单张图片允许的 %2</translation>
    </message>
    <message>
        <source>too large to show safely: decoding it would need about %1 of memory, more than the %2 one picture may use</source>
        <translation>太大，无法安全显示：解码需要约 %1 内存，超过单张图片允许的 %2</translation>
    </message>
    <message>
        <source>the picture data is damaged (a header is cut short)</source>
        <translation>图片数据已损坏（文件头被截断）</translation>
    </message>
    <message>
        <source>the file is truncated: part of the picture data is missing</source>
        <translation>文件被截断：部分图片数据缺失</translation>
    </message>
    <message>
        <source>the picture data is damaged (%1)</source>
        <translation>图片数据已损坏（%1）</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>找不到文件夹</translation>
    </message>
    <message>
        <source>folder cannot be read (%1)</source>
        <translation>无法读取文件夹（%1）</translation>
    </message>
    <message>
        <source>neither a folder nor a picture</source>
        <translation>既不是文件夹也不是图片</translation>
    </message>
    <message>
        <source>broken link: the file it points to is gone</source>
        <translation>链接已失效：它指向的文件已不存在</translation>
    </message>
    <message>
        <source>only in the cloud: not downloaded to scan it</source>
        <translation>仅在云端：没有为扫描而下载</translation>
    </message>
    <message>
        <source>a link to a file: not followed</source>
        <translation>指向文件的链接：未跟随</translation>
    </message>
    <message>
        <source>a link to a folder: not followed</source>
        <translation>指向文件夹的链接：未跟随</translation>
    </message>
    <message>
        <source>a link to a file outside the scanned folders</source>
        <translation>指向所扫描文件夹之外的文件的链接</translation>
    </message>
    <message>
        <source>a link to a folder outside the scanned folders</source>
        <translation>指向所扫描文件夹之外的文件夹的链接</translation>
    </message>
    <message>
        <source>a link to a place that did not answer (a drive not connected?): not followed</source>
        <translation>指向没有响应的位置的链接（驱动器未连接？）：未跟随</translation>
    </message>
    <message>
        <source>The folder %1 was not found, so its pictures are not in this result.</source>
        <translation>找不到文件夹 %1，因此其中的图片不在此结果中。</translation>
    </message>
    <message>
        <source>The reference folder %1 was not found, so no picture in this result is protected as being in it; if you renamed or moved it, add it again.</source>
        <translation>找不到参考文件夹 %1，因此此结果中没有图片因位于其中而受到保护；如果你重命名或移动了它，请重新添加。</translation>
    </message>
    <message>
        <source>The folder %1 is a link to a place that is gone, so its pictures are not in this result.</source>
        <translation>文件夹 %1 是指向已不存在位置的链接，因此其中的图片不在此结果中。</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened (%2), so its pictures are not in this result.</source>
        <translation>无法打开文件夹 %1（%2），因此其中的图片不在此结果中。</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a picture, so nothing from it is in this result.</source>
        <translation>%1 既不是文件夹也不是图片，因此此结果中没有来自它的内容。</translation>
    </message>
    <message>
        <source>%1 did not answer (a network drive not connected, or asleep?), so nothing in it is in this result.</source>
        <translation>%1 没有响应（网络驱动器未连接或处于休眠状态？），因此其中的任何内容都不在此结果中。</translation>
    </message>
    <message>
        <source>This result is incomplete: the folder %1 was moved or removed during the scan, so its pictures are left out (%2 of the %3 files found); scan again.</source>
        <translation>此结果不完整：扫描期间文件夹 %1 被移动或删除，因此其中的图片未包含在内（找到的 %3 个文件中的 %2 个）；请重新扫描。</translation>
    </message>
    <message>
        <source>This result is incomplete: %1 of the %2 files found were moved or deleted before the scan could read them (%3 of them in %4); scan again.</source>
        <translation>此结果不完整：找到的 %2 个文件中有 %1 个在扫描读取前被移动或删除（其中 %3 个在 %4 中）；请重新扫描。</translation>
    </message>
    <message>
        <source>The fingerprint cache in %1 cannot be used (%2); this scan runs without it, so the next one reads every file again.</source>
        <translation>无法使用 %1 中的指纹缓存（%2）；本次扫描不使用缓存，因此下次扫描会重新读取每个文件。</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 was unreadable (%2); it has been rebuilt.</source>
        <translation>无法读取指纹缓存 %1（%2）；已重新建立。</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 cannot be used (%2).</source>
        <translation>无法使用指纹缓存 %1（%2）。</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 could not be read (%2).</source>
        <translation>无法读取指纹缓存 %1（%2）。</translation>
    </message>
    <message>
        <source>The fingerprint cache %1 no longer holds the thumbs of %2 scanned pictures; scan again.</source>
        <translation>指纹缓存 %1 中已没有 %2 张已扫描图片的缩略图；请重新扫描。</translation>
    </message>
    <message>
        <source>%1 pictures have no thumb and there is no cache</source>
        <translation>%1 张图片没有缩略图，也没有缓存</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>文件夹是只读的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>the copy you keep</source>
        <translation>要保留的副本</translation>
    </message>
    <message>
        <source>this file is also a copy marked KEEP (under this or another name)</source>
        <translation>此文件也是标记为“保留”的副本（以此名称或其他名称）</translation>
    </message>
    <message>
        <source>it is in a reference folder, whose pictures are never removed</source>
        <translation>它位于参考文件夹中，参考文件夹中的图片从不移除</translation>
    </message>
    <message>
        <source>no copy in its group is marked KEEP, so no copy would be left</source>
        <translation>其所在组中没有标记为“保留”的副本，因此不会留下任何副本</translation>
    </message>
    <message>
        <source>%1 was saved without what identifies it (an older or edited result file): scan the folders again</source>
        <translation>%1保存时没有可识别它的信息（较旧或被编辑过的结果文件）：请重新扫描文件夹</translation>
    </message>
    <message>
        <source>the reference folder %1 did not answer, so Lookalike cannot make sure that the file lies outside it</source>
        <translation>参考文件夹“%1”没有响应，因此 Lookalike 无法确认该文件位于其外</translation>
    </message>
    <message>
        <source>%1 is in the folder %2, which did not answer</source>
        <translation>%1位于没有响应的文件夹“%2”中</translation>
    </message>
    <message>
        <source>it was already moved in this run</source>
        <translation>它已在本次操作中被移动</translation>
    </message>
    <message>
        <source>it is already in the folder to move it to</source>
        <translation>它已在要移动到的文件夹中</translation>
    </message>
    <message>
        <source>%1 is not inside the scanned folders (a folder on its path may have been replaced by a link)</source>
        <translation>%1不在所扫描的文件夹中（其路径上的某个文件夹可能已被替换为链接）</translation>
    </message>
    <message>
        <source>%1 is gone: it was moved or deleted after the scan</source>
        <translation>%1已不存在：扫描后被移动或删除了</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>无法读取%1（%2）</translation>
    </message>
    <message>
        <source>%1 was replaced by a link after the scan</source>
        <translation>扫描后%1被替换为链接</translation>
    </message>
    <message>
        <source>%1 is no longer a regular file</source>
        <translation>%1已不再是普通文件</translation>
    </message>
    <message>
        <source>%1 was replaced by another file after the scan</source>
        <translation>扫描后%1被另一个文件替换</translation>
    </message>
    <message>
        <source>%1 was changed after the scan</source>
        <translation>扫描后%1已被更改</translation>
    </message>
    <message>
        <source>%1 was changed or replaced after the scan</source>
        <translation>扫描后%1已被更改或替换</translation>
    </message>
    <message>
        <source>the content of %1 was changed after the scan</source>
        <translation>扫描后%1的内容已被更改</translation>
    </message>
    <message>
        <source>%1, so nothing in this group was removed</source>
        <translation>%1，因此此组中的文件都未移除</translation>
    </message>
    <message>
        <source>its bytes differ from the copy you keep</source>
        <translation>其字节与要保留的副本不同</translation>
    </message>
    <message>
        <source>it is not an identical copy of the copy you keep</source>
        <translation>它与要保留的副本并非完全相同</translation>
    </message>
    <message>
        <source>it could not be compared again (%1)</source>
        <translation>无法再次比较（%1）</translation>
    </message>
    <message>
        <source>too plain a picture to tell a copy from a lookalike</source>
        <translation>图片过于单调，无法区分是副本还是只是相似的图片</translation>
    </message>
    <message>
        <source>not the same picture as the copy you keep, checked again just now</source>
        <translation>刚刚重新检查：与要保留的副本不是同一图片</translation>
    </message>
    <message>
        <source>not similar enough to the copy you keep, checked again just now</source>
        <translation>刚刚重新检查：与要保留的副本不够相似</translation>
    </message>
    <message>
        <source>permission denied: you may not change this file or its folder</source>
        <translation>权限被拒绝：您无权更改此文件或其所在文件夹</translation>
    </message>
    <message>
        <source>the system refused it (%1)</source>
        <translation>系统拒绝了此操作（%1）</translation>
    </message>
    <message>
        <source>the Trash refused it (%1)</source>
        <translation>回收站拒绝了此操作（%1）</translation>
    </message>
    <message>
        <source>the Trash cannot be used for this drive</source>
        <translation>此驱动器无法使用回收站</translation>
    </message>
    <message>
        <source>its name is too long for the Trash, which adds to it</source>
        <translation>名称太长，无法放入回收站（回收站会在名称后添加字符）</translation>
    </message>
    <message>
        <source>the folder to move to is inside a reference folder: choose another</source>
        <translation>要移动到的文件夹位于参考文件夹中：请另选一个</translation>
    </message>
    <message>
        <source>the folder to move to is inside a Trash, which emptying deletes for good: choose another</source>
        <translation>要移动到的文件夹位于回收站中，清空回收站会将其永久删除：请另选一个</translation>
    </message>
    <message>
        <source>the folder to move to is not a folder (a file, or a link that leads nowhere): choose another</source>
        <translation>要移动到的文件夹不是文件夹（是一个文件，或是一个不指向任何地方的链接）：请另选一个</translation>
    </message>
    <message>
        <source>the folder to move to was moved or replaced while files were moved into it</source>
        <translation>在移动文件期间，要移动到的文件夹被移走或被替换了</translation>
    </message>
    <message>
        <source>the folder to move to, %1, did not answer: try again once its drive answers</source>
        <translation>要移动到的文件夹“%1”没有响应：请等驱动器响应后再试一次</translation>
    </message>
    <message>
        <source>the drive of the folder to move to does not allow this file&apos;s name (USB sticks and Windows drives refuse characters such as : ? and *)</source>
        <translation>要移动到的文件夹所在的驱动器不允许使用此文件的名称（U 盘和 Windows 驱动器不允许使用 : ? * 等字符）</translation>
    </message>
    <message>
        <source>the drive of the folder to move to cannot give a file a name without the risk of replacing another file there: choose a folder on another drive</source>
        <translation>目标文件夹所在的驱动器无法在不冒替换其他文件风险的情况下为文件命名：请选择其他驱动器上的文件夹</translation>
    </message>
    <message>
        <source>the copy did not match the original</source>
        <translation>副本与原文件不一致</translation>
    </message>
    <message>
        <source>the drive moved to cannot keep this file&apos;s extended attributes (its comments, tags or ratings): it was left where it was</source>
        <translation>目标驱动器无法保留此文件的扩展属性（注释、标签或评分）：文件已留在原处</translation>
    </message>
    <message>
        <source>the moved copy %1 is not there; the original was kept</source>
        <translation>移动后的副本 %1 不存在；原文件已保留</translation>
    </message>
    <message>
        <source>another program put a file at %1 just as Lookalike removed that name, and then another file took the name again: that file was kept, whole, as %2</source>
        <translation>就在 Lookalike 移除该名称时，另一个程序在 %1 放了一个文件，随后又有另一个文件占用了该名称：那个文件已完整保留为 %2</translation>
    </message>
    <message>
        <source>The action journal %1 could not be written (%2); the Trash still records where each file came from.</source>
        <translation>无法写入操作日志 %1（%2）；回收站仍会记录每个文件的来源。</translation>
    </message>
    <message>
        <source>The reference folder %1 did not answer, so Lookalike could not make sure that the files to move lie outside it: none of them was moved. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>参考文件夹“%1”没有响应，因此 Lookalike 无法确认要移动的文件位于其外：这些文件一个都没有移动。请等驱动器响应后再试一次（如果连接已断开，请重新连接）。</translation>
    </message>
    <message>
        <source>The folder %1 did not answer, so nothing in it was looked at: its files to move, and those whose copies marked KEEP are all in it, were not moved. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>文件夹“%1”没有响应，因此未查看其中的任何内容：其中要移动的文件，以及标记为“保留”的副本全部位于其中的文件，都没有移动。请等驱动器响应后再试一次（如果连接已断开，请重新连接）。</translation>
    </message>
    <message>
        <source>the drive did not answer (%1 is in the folder %2): left where it is; try again once it answers</source>
        <translation>驱动器没有响应（%1位于文件夹“%2”中）：已保留在原处；驱动器响应后请重试</translation>
    </message>
    <message>
        <source>the Trash %1 did not answer: left where it is; try again once it answers</source>
        <translation>回收站“%1”没有响应：已保留在原处；回收站响应后请重试</translation>
    </message>
    <message>
        <source>the drive stopped answering while the file was being moved to the Trash: it may be in the Trash now, or still where it was (Undo puts it back if it went)</source>
        <translation>将文件移到回收站时驱动器停止了响应：文件现在可能在回收站中，也可能仍在原处（如果已移走，“撤销”可将其放回）</translation>
    </message>
    <message>
        <source>the drive stopped answering while the file was being moved to %1: it may be there now, or still where it was (Undo puts it back if it went)</source>
        <translation>将文件移到“%1”时驱动器停止了响应：文件现在可能已在那里，也可能仍在原处（如果已移走，“撤销”可将其放回）</translation>
    </message>
    <message>
        <source>The folder %1 stopped answering during the run, so its files not yet moved, and those whose copies marked KEEP are all in it, were left where they are. Try again once its drive answers (connect it again if it was disconnected).</source>
        <translation>文件夹“%1”在操作过程中停止了响应，因此其中尚未移动的文件，以及标记为“保留”的副本全部在其中的文件，都保留在原处。驱动器响应后请重试（如果已断开连接，请重新连接）。</translation>
    </message>
    <message>
        <source>The Trash %1 did not answer, so the files not yet moved to it were left where they are. Try again once it answers.</source>
        <translation>回收站“%1”没有响应，因此尚未移入其中的文件都保留在原处。回收站响应后请重试。</translation>
    </message>
    <message>
        <source>not moved: the action journal, which records where it came from, could not be written</source>
        <translation>未移动：无法写入记录其原位置的操作日志</translation>
    </message>
    <message>
        <source>the file is on %1, which has no Recycle Bin: Windows would delete it for good</source>
        <translation>该文件位于%1上，没有回收站：Windows 会将其永久删除</translation>
    </message>
    <message>
        <source>the file is on a drive letter made with SUBST, which has no Recycle Bin</source>
        <translation>该文件位于用 SUBST 创建的驱动器号上，没有回收站</translation>
    </message>
    <message>
        <source>the file&apos;s drive has no working Recycle Bin: Windows would delete it for good</source>
        <translation>该文件所在的驱动器没有可用的回收站：Windows 会将其永久删除</translation>
    </message>
    <message>
        <source>the Recycle Bin is set to delete files at once on this drive, not to keep them</source>
        <translation>此驱动器的回收站被设置为立即删除文件，而不是保留它们</translation>
    </message>
    <message>
        <source>Windows cannot tell which drive the file is on (%1)</source>
        <translation>Windows 无法判断该文件位于哪个驱动器（%1）</translation>
    </message>
    <message>
        <source>a drive of a kind Windows does not know</source>
        <translation>一种 Windows 无法识别的驱动器</translation>
    </message>
    <message>
        <source>a drive Windows cannot find</source>
        <translation>一个 Windows 找不到的驱动器</translation>
    </message>
    <message>
        <source>a removable drive (a USB stick or a memory card)</source>
        <translation>可移动驱动器（U 盘或存储卡）</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>网络驱动器</translation>
    </message>
    <message>
        <source>a CD or DVD</source>
        <translation>CD 或 DVD</translation>
    </message>
    <message>
        <source>a RAM disk</source>
        <translation>RAM 磁盘</translation>
    </message>
    <message>
        <source>the file is on a disk without a Trash (a network share, or a disk macOS keeps no Trash on)</source>
        <translation>该文件所在的磁盘没有废纸篓（网络共享，或 macOS 不在其上保留废纸篓的磁盘）</translation>
    </message>
    <message>
        <source>macOS cannot tell whether the file&apos;s disk has a Trash (%1)</source>
        <translation>macOS 无法判断该文件所在的磁盘是否有废纸篓（%1）</translation>
    </message>
    <message>
        <source>the Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>the Recycle Bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>put it back from the Trash in Finder</source>
        <translation>请在访达中将其从废纸篓放回</translation>
    </message>
    <message>
        <source>a file now exists at %1; it was not replaced</source>
        <translation>%1 处现在已有文件；未替换它</translation>
    </message>
    <message>
        <source>the journal does not say where it was moved</source>
        <translation>操作日志中没有记录它被移到了哪里</translation>
    </message>
    <message>
        <source>it is no longer at %1</source>
        <translation>它已不在 %1</translation>
    </message>
    <message>
        <source>the file at %1 changed since it was moved there</source>
        <translation>%1 处的文件在被移到那里之后已被更改</translation>
    </message>
    <message>
        <source>the file at %1 cannot be read (%2)</source>
        <translation>无法读取 %1 处的文件（%2）</translation>
    </message>
    <message>
        <source>it is no longer in %1 (it may have been emptied or put back already)</source>
        <translation>它已不在%1中（可能已被清空或已被放回）</translation>
    </message>
    <message>
        <source>the copy in %1 is not the file that was moved there</source>
        <translation>%1中的副本不是被移到那里的文件</translation>
    </message>
    <message>
        <source>the file put back at %1 is not there; the copy at %2 was kept</source>
        <translation>放回到 %1 的文件不存在；%2 处的副本已保留</translation>
    </message>
    <message>
        <source>its drive cannot give it its name back without the risk of replacing another file; it was left at %1, to put back by hand</source>
        <translation>其所在驱动器无法在不冒替换其他文件风险的情况下恢复原名；它留在 %1，请手动放回</translation>
    </message>
    <message>
        <source>the run that moved it is still waiting for a drive that stopped answering (a file may still be going): nothing is put back yet; undo again once that drive answers</source>
        <translation>移动此文件的操作仍在等待一个已停止响应的驱动器（文件可能仍在移动中）：尚未恢复任何文件；请在该驱动器响应后再撤销一次</translation>
    </message>
    <message>
        <source>the drive did not answer at %1 (a network drive not connected, or asleep?): the file stays where it is; undo again once it answers</source>
        <translation>%1 所在的驱动器没有响应（网络驱动器未连接或处于休眠状态？）：文件留在原处；请等驱动器响应后再放回一次</translation>
    </message>
    <message>
        <source>%1 is not on the drive the file was on (that drive unplugged, or mounted elsewhere?): the file stays where it is; undo again once that drive is back</source>
        <translation>%1 不在文件原来所在的驱动器上（该驱动器已被拔出，或挂载到了别处？）：文件留在原处；请等该驱动器重新接上后再放回一次</translation>
    </message>
    <message>
        <source>its folder %1 is gone, and the journal does not say which drive it was on: the file stays where it is</source>
        <translation>它原来所在的文件夹 %1 已不存在，而操作日志中没有记录它在哪个驱动器上：文件留在原处</translation>
    </message>
    <message>
        <source>The action journal %1 could not be written (%2).</source>
        <translation>无法写入操作日志 %1（%2）。</translation>
    </message>
    <message>
        <source>macOS does not let Lookalike take files back out of the Trash. In Finder, open the Trash, select these files and choose File ▸ Put Back:</source>
        <translation>macOS 不允许 Lookalike 从废纸篓中取出文件。请在访达中打开废纸篓，选中以下文件，然后选择“文件 ▸ 放回原处”：</translation>
    </message>
    <message>
        <source>  %1   (was in %2)</source>
        <translation>  %1   （原位于 %2）</translation>
    </message>
    <message>
        <source>this is not a Lookalike result or review file (it is not valid JSON)</source>
        <translation>这不是 Lookalike 的结果或审阅文件（不是有效的 JSON）</translation>
    </message>
    <message>
        <source>this is not a Lookalike result or review file</source>
        <translation>这不是 Lookalike 的结果或审阅文件</translation>
    </message>
    <message>
        <source>this file has no valid version number</source>
        <translation>此文件没有有效的版本号</translation>
    </message>
    <message>
        <source>this file was saved by a newer version of Lookalike</source>
        <translation>此文件由较新版本的 Lookalike 保存</translation>
    </message>
    <message>
        <source>this file is too large to be a Lookalike result or review file (%1, at most %2)</source>
        <translation>此文件太大，不可能是 Lookalike 的结果或审阅文件（%1，最多 %2）</translation>
    </message>
    <message>
        <source>this review file was saved by an earlier version of Lookalike, which recognised files differently; scan the folders again</source>
        <translation>此审阅文件由较早版本的 Lookalike 保存，该版本识别文件的方式不同；请重新扫描文件夹</translation>
    </message>
    <message>
        <source>this file is damaged (%1: %2)</source>
        <translation>此文件已损坏（%1：%2）</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有那个文件或文件夹</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不够</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是一个文件夹</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘上没有剩余空间</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>设备或资源忙</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>无效的参数</translation>
    </message>
</context>
<context>
    <name>Regrouping</name>
    <message>
        <source>Sensitivity “%1”</source>
        <translation>灵敏度“%1”</translation>
    </message>
    <message>
        <source>Grouping again…</source>
        <translation>正在重新分组…</translation>
    </message>
    <message>
        <source>Grouping again… %1 %</source>
        <translation>正在重新分组… %1%</translation>
    </message>
    <message>
        <source>Grouping again failed</source>
        <translation>重新分组失败</translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while grouping.</source>
        <translation>Lookalike 在分组时遇到了程序错误。</translation>
    </message>
    <message>
        <source>Cannot group again</source>
        <translation>无法重新分组</translation>
    </message>
    <message>
        <source>These pictures cannot be grouped again without reading them: their fingerprints are no longer in the cache. Scan the folders again to use another sensitivity.</source>
        <translation>不重新读取就无法对这些图片重新分组：它们的指纹已不在缓存中。要使用其他灵敏度，请重新扫描这些文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n “not duplicates” decision(s)</source>
        <translation>
            <numerusform>已忘记 %n 个“不是重复项”决定</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. The next scan may group those pictures again.</source>
        <translation>%1。下次扫描可能会再次将这些图片分为一组。</translation>
    </message>
    <message>
        <source>Preferred folder</source>
        <translation>首选文件夹</translation>
    </message>
    <message>
        <source>Apply the new rules?</source>
        <translation>应用新规则吗？</translation>
    </message>
    <message numerus="yes">
        <source>You changed KEEP/DELETE by hand in %n group(s). Applying the rules marks every group by the rules again.</source>
        <translation>
            <numerusform>您在 %n 个组中手动更改了“保留”/“删除”。应用规则会按规则重新标记所有组。</numerusform>
        </translation>
    </message>
    <message>
        <source>If you cancel, the current marks stay; the rules are still used by your next scan.</source>
        <translation>如果取消，当前标记保持不变；下次扫描仍会使用这些规则。</translation>
    </message>
    <message>
        <source>Apply the rules</source>
        <translation>应用规则</translation>
    </message>
</context>
<context>
    <name>ResultFiles</name>
    <message>
        <source>Save review</source>
        <translation>保存审阅</translation>
    </message>
    <message>
        <source>Lookalike review (*.json)</source>
        <translation>Lookalike 审阅 (*.json)</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>打开审阅</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>无法打开审阅</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>将结果导出为 JSON</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>没有这个文件夹</translation>
    </message>
    <message>
        <source>its folder does not answer (a drive that stopped answering?); choose another place</source>
        <translation>保存位置的文件夹没有响应（驱动器可能已停止响应）；请换一个位置</translation>
    </message>
    <message>
        <source>something other than a file has that name (a link, a folder); choose another name</source>
        <translation>该名称属于文件以外的东西（链接、文件夹）；请换一个名称</translation>
    </message>
    <message>
        <source>a file of that name is inside a scanned folder and might be one of your pictures; choose another name or place</source>
        <translation>该名称的文件位于扫描的文件夹中，可能是您的图片之一；请换一个名称或位置</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>a file of that name is there, and a scanned folder does not answer, so it might be one of your pictures; choose another name or place</source>
        <translation>已有该名称的文件，且某个扫描的文件夹没有响应，它可能是您的图片之一；请换一个名称或位置</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>New scan…</source>
        <translation>新扫描…</translation>
    </message>
    <message>
        <source>Sensitivity:  strict</source>
        <translation>灵敏度：  严格</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Which copy to keep…</source>
        <translation>保留哪个副本…</translation>
    </message>
    <message>
        <source>“Not duplicates” list…</source>
        <translation>“不是重复项”列表…</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>重复组</translation>
    </message>
    <message>
        <source>Next not reviewed  (U)</source>
        <translation>下一个未审阅  (U)</translation>
    </message>
    <message>
        <source>Compare side by side  (Enter)</source>
        <translation>并排对比  (Enter)</translation>
    </message>
    <message>
        <source>Not a duplicate  (N)</source>
        <translation>不是重复项  (N)</translation>
    </message>
    <message>
        <source>None of these are duplicates</source>
        <translation>这些都不是重复项</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln group(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 个组中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 reviewed</source>
        <translation>%1 · 已审阅 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected group(s)</source>
        <translation>
            <numerusform>所选的 %n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n group(s)</source>
        <translation>
            <numerusform>全部 %n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n group(s) the list shows (filtered)</source>
        <translation>
            <numerusform>列表显示的 %n 个组（已筛选）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>%Ln 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found among %1.</source>
        <translation>在 %1中没有找到重复项。</translation>
    </message>
    <message>
        <source>%1 of duplicates among %2: %3. The best copy in each group is marked KEEP; check the others before you move them.</source>
        <translation>在 %2中找到重复：%1，%3。每个组中的最佳副本已标记为“保留”；移动其他副本之前请先检查。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln extra copy(s)</source>
        <translation>
            <numerusform>%Ln 个多余副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested to keep: %1</source>
        <translation>建议保留：%1</translation>
    </message>
    <message numerus="yes">
        <source>Every copy you keep (%1) changed or went away since the scan, so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>要保留的副本（%1）在扫描后都已更改或不存在，因此此处标记为“删除”的 %n 个副本不会移动。要移动它们，请将另一个副本标记为“保留”，或重新扫描。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after reading {read} of the {files} pictures found: this is a partial result. These groups come only from the pictures read so far; the others were not compared. Scan again to compare them all.</source>
        <translation>在找到的 {files} 张图片中读取了 {read} 张后停止：这是部分结果。这些组只来自目前已读取的图片，其余图片尚未比较。重新扫描即可比较全部图片。</translation>
    </message>
    <message>
        <source>Stopped while comparing the pictures: this is a partial result, and some groups may be missing. Scan again to compare them all.</source>
        <translation>在比较图片时停止：这是部分结果，可能缺少一些组。重新扫描即可比较全部图片。</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 张图片</translation>
    </message>
    <message>
        <source>{count} pictures</source>
        <translation>{count} 张图片</translation>
    </message>
    <message>
        <source>1 folder</source>
        <translation>1 个文件夹</translation>
    </message>
    <message>
        <source>{count} folders</source>
        <translation>{count} 个文件夹</translation>
    </message>
    <message>
        <source>Left out by your patterns (Options… on the start page): {what}.</source>
        <translation>按您设置的模式排除（开始页面上的“选项…”）：{what}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和 </translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>灵敏度</translation>
    </message>
    <message>
        <source>Pictures in the group</source>
        <translation>组中的图片</translation>
    </message>
    <message>
        <source>No pictures were found in the folders scanned.</source>
        <translation>在扫描的文件夹中没有找到图片。</translation>
    </message>
    <message numerus="yes">
        <source>Left out on purpose: %n item(s) (links to other places, files only in the cloud); they are listed with the files that could not be read.</source>
        <translation>
            <numerusform>有意跳过：%n 项（指向其他位置的链接、仅在云端的文件）；它们与无法读取的文件列在一起。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared</source>
        <translation>
            <numerusform>%n 个已消失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read…</source>
        <translation>
            <numerusform>%n 个文件无法读取…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out…</source>
        <translation>
            <numerusform>跳过了 %n 项…</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out on purpose:</source>
        <translation>有意跳过：</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>无法读取的文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out of the comparison.</source>
        <translation>
            <numerusform>%n 个文件无法读取，未参与比较。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read, %1…</source>
        <translation>
            <numerusform>%n 个文件无法读取，%1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the scan…</source>
        <translation>
            <numerusform>扫描期间消失了 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>无法读取：</translation>
    </message>
    <message>
        <source>Disappeared during the scan:</source>
        <translation>扫描期间消失：</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the scan (moved or deleted after Lookalike found them) and were not compared.</source>
        <translation>
            <numerusform>%n 个文件在扫描期间消失（Lookalike 找到后被移动或删除），未参与比较。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were left out on purpose.</source>
        <translation>
            <numerusform>有意跳过了 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that disappeared during the scan</source>
        <translation>扫描期间消失的文件</translation>
    </message>
    <message>
        <source>Files left out of the comparison</source>
        <translation>未参与比较的文件</translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation>有意跳过</translation>
    </message>
    <message>
        <source>All done: every duplicate group has been dealt with.</source>
        <translation>全部完成：所有重复组都已处理。</translation>
    </message>
    <message>
        <source>No pictures here: the folders you chose hold none Lookalike can read.</source>
        <translation>这里没有图片：你选择的文件夹中没有 Lookalike 能读取的图片。</translation>
    </message>
    <message>
        <source>No duplicates found: none of these pictures has a copy in the folders you chose.</source>
        <translation>没有找到重复项：这些图片在您选择的文件夹中都没有副本。</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>没有需要审阅的内容了。</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>显示 %2 个中的 %1 个</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>组 %1 / %2</translation>
    </message>
    <message>
        <source>No copy kept: every copy is marked DELETE</source>
        <translation>没有保留的副本：所有副本都标记为“删除”</translation>
    </message>
    <message numerus="yes">
        <source>The copy you keep, %1, is no longer there (moved or deleted since the scan), so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>要保留的副本%1已不存在（扫描后被移动或删除），因此此处标记为“删除”的 %n 个副本不会移动。要移动它们，请将另一个副本标记为“保留”，或重新扫描。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy you keep, %1, changed since the scan, so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>要保留的副本%1在扫描后已更改，因此此处标记为“删除”的 %n 个副本不会移动。要移动它们，请将另一个副本标记为“保留”，或重新扫描。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) (%1) to Trash…</source>
        <translation>
            <numerusform>将 %Ln 个文件（%1）移到回收站…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to move</source>
        <translation>没有要移动的文件</translation>
    </message>
    <message>
        <source>Nothing marked DELETE</source>
        <translation>没有标记为“删除”的文件</translation>
    </message>
    <message>
        <source>Move to group these pictures again, stricter or looser; only new pairs are read again.</source>
        <translation>拖动可更严格或更宽松地重新分组这些图片；只会重新读取新出现的图片对。</translation>
    </message>
    <message>
        <source>Exact copies only</source>
        <translation>仅完全相同的副本</translation>
    </message>
    <message>
        <source>This scan looked for exact copies only. Choose “Also similar pictures” and scan again.</source>
        <translation>此次扫描只查找了完全相同的副本。请选择“也查找相似图片”后重新扫描。</translation>
    </message>
    <message>
        <source>A reopened review cannot be grouped again: scan the folders again to change this.</source>
        <translation>重新打开的审阅无法重新分组：要更改此项，请重新扫描这些文件夹。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Mark DELETE</source>
        <translation>标记为“删除”</translation>
    </message>
    <message>
        <source>Mark KEEP</source>
        <translation>标记为“保留”</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>mark “%1” %2</source>
        <translation>将“%1”标记为%2</translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) DELETE and KEEP</source>
        <translation>
            <numerusform>将 %n 个文件标记为“删除”和“保留”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) %1</source>
        <translation>
            <numerusform>将 %n 个文件标记为%1</numerusform>
        </translation>
    </message>
    <message>
        <source>untick “reviewed”</source>
        <translation>取消勾选“已审阅”</translation>
    </message>
    <message>
        <source>tick “reviewed”</source>
        <translation>勾选“已审阅”</translation>
    </message>
    <message>
        <source>This is the group&apos;s reference</source>
        <translation>这是该组的参考图片</translation>
    </message>
    <message>
        <source>“%1” is the picture the others were compared with. Choose the pictures that are not duplicates of it, one at a time, or “None of these are duplicates” for the whole group.</source>
        <translation>“%1”是其他图片与之比较的图片。请逐一选择不是它的重复项的图片，或对整个组选择“这些都不是重复项”。</translation>
    </message>
    <message numerus="yes">
        <source>Taken out of the group: %1. Lookalike will keep them apart from those pictures in later scans.</source>
        <translation>
            <numerusform>已移出该组：%1。在以后的扫描中，Lookalike 会将其与那些图片分开。</numerusform>
        </translation>
    </message>
    <message>
        <source>The group had no other duplicates left, so it is gone.</source>
        <translation>该组已没有其他重复项，因此已被移除。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n copies</source>
        <translation>
            <numerusform>%1 及其 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>not a duplicate: %1</source>
        <translation>不是重复项：%1</translation>
    </message>
    <message>
        <source>Lookalike cannot remember that these pictures are not duplicates: its list of “not duplicates” cannot be changed, because %1. Nothing was changed: the pictures stay where they were.</source>
        <translation>Lookalike 无法记住这些图片不是重复项：无法更改“不是重复项”列表（%1）。未做任何更改：图片保持原样。</translation>
    </message>
    <message>
        <source>Not undone: %1. Undoing it means forgetting that decision, but the list of “not duplicates” cannot be changed, because %2. The pictures stay apart, here and in later scans; Edit ▸ Undo still offers it.</source>
        <translation>未撤销：%1。撤销它需要忘记该决定，但无法更改“不是重复项”列表（%2）。这些图片在此处和以后的扫描中仍然分开；“编辑 ▸ 撤销”仍可撤销它。</translation>
    </message>
    <message>
        <source>Not done again: %1. Doing it again means remembering that decision, but the list of “not duplicates” cannot be changed, because %2. Edit ▸ Redo still offers it.</source>
        <translation>未重做：%1。重做它需要记住该决定，但无法更改“不是重复项”列表（%2）。“编辑 ▸ 重做”仍可重做它。</translation>
    </message>
    <message>
        <source>But Lookalike&apos;s data folder cannot keep decisions (see the log), so this one lasts only until Lookalike closes.</source>
        <translation>但 Lookalike 的数据文件夹无法保存决定（见日志），因此此决定仅在 Lookalike 关闭前有效。</translation>
    </message>
    <message numerus="yes">
        <source>Group removed: its %n pictures are not duplicates. Lookalike will keep them apart in later scans.</source>
        <translation>
            <numerusform>已移除该组：其中的 %n 张图片不是重复项。在以后的扫描中，Lookalike 会将它们分开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group split: its pictures are not duplicates of one another, and Lookalike will keep them apart in later scans. Copies with the same bytes stay grouped: %n group(s) of exact copies.</source>
        <translation>
            <numerusform>已拆分该组：这些图片彼此不是重复项，以后的扫描也会将它们分开。字节完全相同的副本仍保留在组中：%n 组完全相同的副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none are duplicates: %n picture(s)</source>
        <translation>
            <numerusform>都不是重复项：%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然后</translation>
    </message>
    <message>
        <source>name order</source>
        <translation>名称顺序</translation>
    </message>
    <message>
        <source>Marked KEEP by the rules: %1.</source>
        <translation>已按规则标记“保留”：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: grouped again without reading the files (%n group(s) before, %2 now).</source>
        <translation>
            <numerusform>%1：未重新读取文件即已重新分组（之前 %n 个组，现在 %2 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own KEEP/DELETE choices stay on %n picture(s).</source>
        <translation>
            <numerusform>您亲自设置的“保留”/“删除”在 %n 张图片上维持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) would have had no copy marked KEEP, so they show the suggestion again.</source>
        <translation>
            <numerusform>%n 个组本会没有标记为“保留”的副本，因此重新显示建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>已重做：%1。</translation>
    </message>
    <message>
        <source>Undone: %1. Lookalike forgot that decision.</source>
        <translation>已撤销：%1。Lookalike 已忘记该决定。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Keep the copy with the most pixels.</source>
        <translation>保留像素最多的副本。</translation>
    </message>
    <message>
        <source>Keep the biggest file (usually the least compressed).</source>
        <translation>保留最大的文件（通常压缩最少）。</translation>
    </message>
    <message>
        <source>Keep the copy taken (or, without a camera date, saved) first.</source>
        <translation>保留最早拍摄（没有相机日期时按保存时间）的副本。</translation>
    </message>
    <message>
        <source>Keep the copy taken (or, without a camera date, saved) last.</source>
        <translation>保留最晚拍摄（没有相机日期时按保存时间）的副本。</translation>
    </message>
    <message>
        <source>Keep a copy that is inside this folder.</source>
        <translation>保留位于此文件夹中的副本。</translation>
    </message>
    <message>
        <source>Keep a copy in this file format.</source>
        <translation>保留此文件格式的副本。</translation>
    </message>
    <message>
        <source>Keep a copy whose EXIF records when the photo was taken.</source>
        <translation>保留其 EXIF 记录了拍摄时间的副本。</translation>
    </message>
    <message>
        <source>Keep the copy that holds more than the other: all the frames of an animation or pages of a document, transparency, colour where the other copy is gray.</source>
        <translation>保留比另一个包含更多内容的副本：动画的所有帧或文档的所有页面、透明度、另一个副本为灰度时的色彩。</translation>
    </message>
    <message>
        <source>Keep a copy that still has the camera&apos;s EXIF (camera model or date taken).</source>
        <translation>保留仍带有相机 EXIF（相机型号或拍摄日期）的副本。</translation>
    </message>
    <message>
        <source>Among photos from a camera, keep the format the camera wrote (RAW, then HEIC, then JPEG) rather than a copy saved again as PNG, WebP, BMP and the like.</source>
        <translation>对于相机拍摄的照片，保留相机写入的格式（RAW，其次 HEIC，再次 JPEG），而不是另存为 PNG、WebP、BMP 等格式的副本。</translation>
    </message>
    <message>
        <source>Keep a copy whose name is not marked as a copy: “(1)”, “ - Copy”, “copy”, “Copy of”, “복사본”, “副本”, “のコピー”, or “_1” beside the same name without it.</source>
        <translation>保留名称中没有副本标记的副本：“(1)”、“ - Copy”、“copy”、“Copy of”、“복사본”、“副本”、“のコピー”，或在存在不带它的同名文件时的“_1”。</translation>
    </message>
    <message>
        <source>Keep a copy that is not inside a Backup, Export or Download(s) folder.</source>
        <translation>保留不在 Backup、Export 或 Download(s) 文件夹中的副本。</translation>
    </message>
    <message>
        <source>First:  %1</source>
        <translation>首先：  %1</translation>
    </message>
    <message>
        <source>Then:  %1</source>
        <translation>然后：  %1</translation>
    </message>
    <message>
        <source>Which copy to keep</source>
        <translation>保留哪个副本</translation>
    </message>
    <message>
        <source>In every group, Lookalike suggests keeping the copy these rules prefer. The first rule decides; each next one only settles ties left by the rules above it.</source>
        <translation>在每个组中，Lookalike 会建议保留这些规则优先选择的副本。第一条规则起决定作用；后面的每条规则只在前面的规则无法区分时才起作用。</translation>
    </message>
    <message>
        <source>Copies in reference folders are always kept.</source>
        <translation>参考文件夹中的副本始终保留。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation>恢复为建议设置</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然后</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>所选规则</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Preferred folder</source>
        <translation>首选文件夹</translation>
    </message>
    <message>
        <source>Add a rule after rule %1:</source>
        <translation>在规则 %1 之后添加规则：</translation>
    </message>
    <message>
        <source>Add a rule at the end:</source>
        <translation>在末尾添加规则：</translation>
    </message>
    <message>
        <source>No rules: equal copies are kept by name order.</source>
        <translation>没有规则：相同的副本按名称顺序保留。</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>（未选择）</translation>
    </message>
</context>
<context>
    <name>ScanOptions</name>
    <message>
        <source>leaving out {patterns}</source>
        <translation>排除 {patterns}</translation>
    </message>
    <message>
        <source>skipping files under {size} kB</source>
        <translation>跳过小于 {size} kB 的文件</translation>
    </message>
    <message>
        <source>hidden files included</source>
        <translation>包括隐藏文件</translation>
    </message>
    <message>
        <source>not looking in subfolders</source>
        <translation>不查找子文件夹</translation>
    </message>
    <message>
        <source>following links</source>
        <translation>跟随链接</translation>
    </message>
</context>
<context>
    <name>ScanOptionsDialog</name>
    <message>
        <source>Scan options</source>
        <translation>扫描选项</translation>
    </message>
    <message>
        <source>Leave out these files and folders</source>
        <translation>排除这些文件和文件夹</translation>
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
        <translation>每行一个模式；不区分大小写。&lt;b&gt;*&lt;/b&gt; 代表任意多个字符，&lt;b&gt;?&lt;/b&gt; 代表一个字符。&lt;br&gt;&lt;b&gt;*.tmp&lt;/b&gt;：所有文件夹中名称以 .tmp 结尾的每个文件。&lt;br&gt;&lt;b&gt;Thumbs/&lt;/b&gt;：每个名为 Thumbs 的文件夹（以 / 结尾的模式只匹配文件夹）。&lt;br&gt;&lt;b&gt;2019/drafts&lt;/b&gt;：从您扫描的文件夹算起，2019 中的 drafts 文件夹。&lt;br&gt;&lt;b&gt;**/cache/**&lt;/b&gt;：每个名为 cache 的文件夹，无论层级多深（&lt;b&gt;**&lt;/b&gt; 代表任意多层文件夹）。</translation>
    </message>
    <message>
        <source>Skip files smaller than</source>
        <translation>跳过小于以下大小的文件：</translation>
    </message>
    <message>
        <source> kB</source>
        <translation> kB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Tiny files are often icons and thumbnails. 0: no limit.</source>
        <translation>很小的文件通常是图标和缩略图。0：无限制。</translation>
    </message>
    <message>
        <source>Also look in the subfolders of the folders listed</source>
        <translation>同时查找所列文件夹的子文件夹</translation>
    </message>
    <message>
        <source>Include hidden files and folders</source>
        <translation>包括隐藏的文件和文件夹</translation>
    </message>
    <message>
        <source>Follow symbolic links to folders and pictures, as long as they lead inside the folders listed</source>
        <translation>跟随指向文件夹和图片的符号链接，只要它们指向所列文件夹之内</translation>
    </message>
    <message>
        <source>To always keep the pictures of a folder, tick it in the list of folders: it becomes a &lt;b&gt;reference&lt;/b&gt; folder, whose pictures are never suggested for deletion.</source>
        <translation>要始终保留某个文件夹中的图片，请在文件夹列表中勾选它：它会成为&lt;b&gt;参考&lt;/b&gt;文件夹，其中的图片永远不会被建议标记为“删除”。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys marked “in the grid” work while the pictures of a group have the focus, and those marked “in the group list” while the list of duplicate groups has it.</source>
        <translation>标有“网格中”的按键在组的图片获得焦点时有效，标有“组列表中”的按键在重复组列表获得焦点时有效。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Looking for pictures</source>
        <translation>正在查找图片</translation>
    </message>
    <message>
        <source>Reading pictures</source>
        <translation>正在读取图片</translation>
    </message>
    <message>
        <source>Comparing pictures</source>
        <translation>正在比较图片</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>正在完成</translation>
    </message>
    <message>
        <source>Find duplicate pictures</source>
        <translation>查找重复图片</translation>
    </message>
    <message>
        <source>Choose the folders to search. Nothing is deleted until you confirm which copies to move; even then, files go to the Trash, where you can restore them.</source>
        <translation>选择要搜索的文件夹。在您确认要移走哪些副本之前，不会删除任何内容；即使确认后，文件也只会移到回收站，您可以从中恢复它们。</translation>
    </message>
    <message>
        <source>Drop folders here, or click “Add folder…”. Tick a folder to make it a &lt;b&gt;reference&lt;/b&gt;: its pictures are always kept, never suggested for deletion.</source>
        <translation>将文件夹拖放到这里，或单击“添加文件夹…”。勾选文件夹可使其成为&lt;b&gt;参考&lt;/b&gt;文件夹：其中的图片始终保留，永远不会被建议标记为“删除”。</translation>
    </message>
    <message>
        <source>Folders to scan</source>
        <translation>要扫描的文件夹</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>最近的文件夹</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look for&lt;/b&gt;</source>
        <translation>&lt;b&gt;查找内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exact copies only (files that are byte-for-byte the same)</source>
        <translation>仅查找完全相同的副本（逐字节相同的文件）</translation>
    </message>
    <message>
        <source>Also similar pictures (resized, re-saved or converted copies)</source>
        <translation>也查找相似图片（调整过大小、重新保存或转换过格式的副本）</translation>
    </message>
    <message>
        <source>Sensitivity:  strict</source>
        <translation>灵敏度：  严格</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>灵敏度</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Also find rotated and mirrored copies</source>
        <translation>也查找旋转和镜像的副本</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>选项…</translation>
    </message>
    <message>
        <source>Which files to read: patterns to leave out, a smallest size, hidden files, subfolders and links</source>
        <translation>要读取哪些文件：要排除的模式、最小大小、隐藏文件、子文件夹和链接</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Scan for duplicates</source>
        <translation>扫描查找重复项</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>返回结果</translation>
    </message>
    <message>
        <source>Looking at the folders…</source>
        <translation>正在检查文件夹…</translation>
    </message>
    <message>
        <source>Waiting for “%1” to answer…</source>
        <translation>正在等待“%1”响应…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n folders to answer…</source>
        <translation>
            <numerusform>正在等待 %n 个文件夹响应…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” did not answer, so it was not added. The drive it is on may have stopped answering: add it again once it answers.</source>
        <translation>“%1”没有响应，因此未添加。它所在的驱动器可能已停止响应：等它响应后请再次添加。</translation>
    </message>
    <message>
        <source>These folders did not answer, so they were not added. The drives they are on may have stopped answering: add them again once they answer.</source>
        <translation>以下文件夹没有响应，因此未添加。它们所在的驱动器可能已停止响应：等它们响应后请再次添加。</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>没有最近的文件夹</translation>
    </message>
    <message>
        <source>all pictures in the folders listed and their subfolders</source>
        <translation>所列文件夹及其子文件夹中的所有图片</translation>
    </message>
    <message>
        <source>Looking for pictures…</source>
        <translation>正在查找图片…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>扫描失败。</translation>
    </message>
    <message>
        <source>{words}… 1 picture found so far</source>
        <translation>{words}… 目前已找到 1 张图片</translation>
    </message>
    <message>
        <source>{words}… {count} pictures found so far</source>
        <translation>{words}… 目前已找到 {count} 张图片</translation>
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
        <translation>{words}：{done} / {total}</translation>
    </message>
    <message>
        <source>{rate} pictures per second · about {left} left</source>
        <translation>每秒 {rate} 张图片 · 大约还剩 {left}</translation>
    </message>
    <message>
        <source>Measuring speed…</source>
        <translation>正在测量速度…</translation>
    </message>
    <message>
        <source>   — reference folder not answering: nothing in it is scanned</source>
        <translation>   — 参考文件夹没有响应：其中的内容都不会被扫描</translation>
    </message>
    <message>
        <source>   — not answering</source>
        <translation>   — 没有响应</translation>
    </message>
    <message>
        <source>   — reference folder not found: its pictures are not protected</source>
        <translation>   — 找不到参考文件夹：其中的图片不受保护</translation>
    </message>
    <message>
        <source>   — not found</source>
        <translation>   — 找不到</translation>
    </message>
    <message>
        <source>   — reference: always kept</source>
        <translation>   — 参考：始终保留</translation>
    </message>
    <message>
        <source>Ticked: a reference folder. Its pictures are never suggested for deletion.</source>
        <translation>已勾选：参考文件夹。其中的图片永远不会被建议标记为“删除”。</translation>
    </message>
    <message>
        <source>Lookalike asked for this folder and got no answer within a few seconds: the drive it is on may have stopped answering (a network drive whose connection was lost), or be slow to wake up. It is looked for again each time you come back to this page, and when you click Scan.</source>
        <translation>Lookalike 查找了此文件夹，但几秒内没有得到响应：它所在的驱动器可能已停止响应（例如连接已断开的网络驱动器），或者唤醒较慢。每次回到此页面以及点击扫描时，都会再次查找。</translation>
    </message>
    <message>
        <source>Lookalike cannot find this folder now: it may have been renamed, moved or deleted, or be on a drive that is not connected. It stays on the list and is scanned again once it is back; “Remove” takes it off the list.</source>
        <translation>Lookalike 现在找不到此文件夹：它可能已被重命名、移动或删除，或者位于未连接的驱动器上。它会留在列表中，回来后会再次扫描；“移除”可将其从列表中删去。</translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>Cannot show this file</source>
        <translation>无法显示此文件</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>GONE</source>
        <translation>已消失</translation>
    </message>
    <message>
        <source>NOT MOVED</source>
        <translation>不移动</translation>
    </message>
    <message>
        <source>BEST COPY</source>
        <translation>最佳副本</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>EXACT COPY</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>SAME PICTURE</source>
        <translation>同一图片</translation>
    </message>
    <message>
        <source>SIMILAR</source>
        <translation>相似</translation>
    </message>
</context>
<context>
    <name>TileModel</name>
    <message>
        <source>The others in this group were compared with this picture.</source>
        <translation>此组中的其他图片都是与这张图片比较的。</translation>
    </message>
    <message>
        <source>Why it matched: the same bytes as the reference.</source>
        <translation>匹配原因：与参考图片字节相同。</translation>
    </message>
    <message>
        <source>Why it matched: fingerprint difference %1 from the reference (0 = the same)</source>
        <translation>匹配原因：与参考图片的指纹差异为 %1（0 = 相同）</translation>
    </message>
    <message>
        <source>Why it matched: fingerprint difference %1 from the reference (0 = the same), pixels %2% alike</source>
        <translation>匹配原因：与参考图片的指纹差异为 %1（0 = 相同），像素相似度 %2%</translation>
    </message>
    <message>
        <source>Suggested to keep: in a reference folder</source>
        <translation>建议保留：位于参考文件夹中</translation>
    </message>
    <message>
        <source>Suggested to keep: %1</source>
        <translation>建议保留：%1</translation>
    </message>
    <message>
        <source>Suggested to delete: %1</source>
        <translation>建议删除：%1</translation>
    </message>
    <message>
        <source>Cannot show this file: %1</source>
        <translation>无法显示此文件：%1</translation>
    </message>
    <message>
        <source>Marked DELETE, it is not moved with the others: scan again to compare it anew.</source>
        <translation>已标记为“删除”，但不会与其他文件一起移动；重新扫描即可重新比较。</translation>
    </message>
    <message>
        <source>Marked DELETE, it is not moved: every copy marked KEEP in this group changed or went away since the scan. Mark another copy KEEP, or scan again.</source>
        <translation>已标记为“删除”，但不会移动：此组中标记为“保留”的副本在扫描后都已更改或不存在。请将另一个副本标记为“保留”，或重新扫描。</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>byte-identical copies</source>
        <translation>字节完全相同的副本</translation>
    </message>
    <message>
        <source>the same picture saved in different ways</source>
        <translation>以不同方式保存的同一图片</translation>
    </message>
    <message>
        <source>similar pictures</source>
        <translation>相似图片</translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation>完全相同的副本</translation>
    </message>
    <message>
        <source>Same picture</source>
        <translation>同一图片</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>saved differently</source>
        <translation>保存方式不同</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>the picture the others were compared with; another copy is preferred</source>
        <translation>其他图片与之比较的图片；但另一个副本更优先</translation>
    </message>
    <message>
        <source>a byte-identical copy</source>
        <translation>字节完全相同的副本</translation>
    </message>
    <message>
        <source>the same picture, saved differently</source>
        <translation>同一图片，保存方式不同</translation>
    </message>
    <message>
        <source>a similar copy</source>
        <translation>相似的副本</translation>
    </message>
    <message>
        <source>The reference: the others were compared with it</source>
        <translation>参考图片：其他图片都与它比较</translation>
    </message>
    <message>
        <source>The same bytes as the reference</source>
        <translation>与参考图片字节相同</translation>
    </message>
    <message>
        <source>The same picture as the reference</source>
        <translation>与参考图片是同一图片</translation>
    </message>
    <message>
        <source>Similar to the reference</source>
        <translation>与参考图片相似</translation>
    </message>
    <message>
        <source>Any likeness</source>
        <translation>任意相似程度</translation>
    </message>
    <message>
        <source>Changed since the scan</source>
        <translation>扫描后已更改</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>Changed since the scan: not the picture the scan compared</source>
        <translation>扫描后已更改：不是扫描时比较的图片</translation>
    </message>
    <message>
        <source>No longer there: moved or deleted since the scan</source>
        <translation>已不存在：扫描后被移动或删除</translation>
    </message>
    <message>
        <source>The copy you keep is gone</source>
        <translation>要保留的副本已不存在</translation>
    </message>
    <message>
        <source>The copy you keep changed</source>
        <translation>要保留的副本已更改</translation>
    </message>
    <message>
        <source>The copies you keep are gone</source>
        <translation>要保留的副本都已不存在</translation>
    </message>
    <message>
        <source>The copies you keep changed</source>
        <translation>要保留的副本都已更改</translation>
    </message>
    <message>
        <source>The copies you keep changed or are gone</source>
        <translation>要保留的副本已更改或不存在</translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>These are exact copies</source>
        <translation>这些是完全相同的副本</translation>
    </message>
    <message>
        <source>The files in this group are byte-for-byte identical: they are copies of one file, whatever their names. Mark the ones you want to keep as KEEP instead.</source>
        <translation>此组中的文件逐字节完全相同：无论名称如何，它们都是同一个文件的副本。请改为将想留下的文件标记为“保留”。</translation>
    </message>
    <message>
        <source>The “not duplicates” list cannot be changed</source>
        <translation>无法更改“不是重复项”列表</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <source>Space or a click on the badge: KEEP/DELETE  ·  Del: DELETE  ·  Enter: compare  ·  N: not a duplicate  ·  PageUp/PageDown: other groups  ·  R: reviewed  ·  U: next not reviewed  ·  Ctrl+Z: undo  ·  F1: all keys</source>
        <translation>空格键或单击标签：保留/删除  ·  Del：删除  ·  Enter：对比  ·  N：不是重复项  ·  PageUp/PageDown：其他组  ·  R：已审阅  ·  U：下一个未审阅  ·  Ctrl+Z：撤销  ·  F1：所有按键</translation>
    </message>
    <message>
        <source>largest resolution</source>
        <translation>分辨率最高</translation>
    </message>
    <message>
        <source>largest file</source>
        <translation>文件最大</translation>
    </message>
    <message>
        <source>oldest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>in preferred folder</source>
        <translation>位于首选文件夹</translation>
    </message>
    <message>
        <source>preferred format</source>
        <translation>首选格式</translation>
    </message>
    <message>
        <source>has camera date (EXIF)</source>
        <translation>有相机日期（EXIF）</translation>
    </message>
    <message>
        <source>holds more (frames, transparency, colour)</source>
        <translation>包含更多（帧、透明度、色彩）</translation>
    </message>
    <message>
        <source>camera original (EXIF)</source>
        <translation>相机原件（EXIF）</translation>
    </message>
    <message>
        <source>original format, not a re-save</source>
        <translation>原始格式，非另存</translation>
    </message>
    <message>
        <source>no copy marker in the name</source>
        <translation>名称中没有副本标记</translation>
    </message>
    <message>
        <source>not in a backup or download folder</source>
        <translation>不在备份或下载文件夹中</translation>
    </message>
    <message>
        <source>only copy</source>
        <translation>唯一副本</translation>
    </message>
    <message>
        <source>in a reference folder</source>
        <translation>位于参考文件夹</translation>
    </message>
    <message>
        <source>first by name</source>
        <translation>按名称排在前</translation>
    </message>
    <message>
        <source>camera original (has EXIF)</source>
        <translation>相机原件（有 EXIF）</translation>
    </message>
    <message>
        <source>transparency</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>色彩</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 帧</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>between the reasons a copy is kept</comment>
        <translation>，然后</translation>
    </message>
    <message>
        <source>holds more (%1)</source>
        <translation>包含更多（%1）</translation>
    </message>
    <message>
        <source>original format (%1)</source>
        <translation>原始格式（%1）</translation>
    </message>
    <message>
        <source>Very strict: only copies that look practically identical</source>
        <translation>非常严格：仅限看起来几乎完全相同的副本</translation>
    </message>
    <message>
        <source>Strict: re-saved and slightly resized copies</source>
        <translation>严格：重新保存或略微缩放的副本</translation>
    </message>
    <message>
        <source>Balanced (recommended): resized, re-compressed and converted copies</source>
        <translation>平衡（推荐）：缩放、重新压缩和转换格式的副本</translation>
    </message>
    <message>
        <source>Loose: also lightly edited copies; check the results carefully</source>
        <translation>宽松：也包括轻度编辑的副本；请仔细检查结果</translation>
    </message>
    <message>
        <source>Very loose: many more matches, some of them not real duplicates</source>
        <translation>非常宽松：匹配多得多，其中有些并非真正的重复</translation>
    </message>
    <message>
        <source>Very strict</source>
        <translation>非常严格</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <source>Balanced (recommended)</source>
        <translation>平衡（推荐）</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Very loose</source>
        <translation>非常宽松</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1% off the left</source>
        <translation>左侧 %1%</translation>
    </message>
    <message>
        <source>%1% off the top</source>
        <translation>顶部 %1%</translation>
    </message>
    <message>
        <source>%1% off the right</source>
        <translation>右侧 %1%</translation>
    </message>
    <message>
        <source>%1% off the bottom</source>
        <translation>底部 %1%</translation>
    </message>
    <message>
        <source>%1% more at the left</source>
        <translation>左侧多 %1%</translation>
    </message>
    <message>
        <source>%1% more at the top</source>
        <translation>顶部多 %1%</translation>
    </message>
    <message>
        <source>%1% more at the right</source>
        <translation>右侧多 %1%</translation>
    </message>
    <message>
        <source>%1% more at the bottom</source>
        <translation>底部多 %1%</translation>
    </message>
    <message>
        <source>turned 90° clockwise</source>
        <translation>顺时针旋转 90°</translation>
    </message>
    <message>
        <source>turned 90° right</source>
        <translation>向右旋转 90°</translation>
    </message>
    <message>
        <source>turned 180°</source>
        <translation>旋转 180°</translation>
    </message>
    <message>
        <source>turned 90° counter-clockwise</source>
        <translation>逆时针旋转 90°</translation>
    </message>
    <message>
        <source>turned 90° left</source>
        <translation>向左旋转 90°</translation>
    </message>
    <message>
        <source>in the centre</source>
        <translation>在中央</translation>
    </message>
    <message>
        <source>at the top</source>
        <translation>在顶部</translation>
    </message>
    <message>
        <source>at the bottom</source>
        <translation>在底部</translation>
    </message>
    <message>
        <source>on the left</source>
        <translation>在左侧</translation>
    </message>
    <message>
        <source>on the right</source>
        <translation>在右侧</translation>
    </message>
    <message>
        <source>at the top left</source>
        <translation>在左上角</translation>
    </message>
    <message>
        <source>at the top right</source>
        <translation>在右上角</translation>
    </message>
    <message>
        <source>at the bottom left</source>
        <translation>在左下角</translation>
    </message>
    <message>
        <source>at the bottom right</source>
        <translation>在右下角</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>镜像翻转</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>重新编码</translation>
    </message>
    <message>
        <source>in grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>in colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>blurred</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>sharper</source>
        <translation>更清晰</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a file&apos;s name quoted in a sentence</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation>变化：%1</translation>
    </message>
    <message>
        <source>turned</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>已裁剪</translation>
    </message>
    <message>
        <source>cropped (%1)</source>
        <translation>已裁剪（%1）</translation>
    </message>
    <message>
        <source>more at the edges</source>
        <translation>边缘显示更多</translation>
    </message>
    <message>
        <source>shows more at the edges (%1)</source>
        <translation>边缘显示更多（%1）</translation>
    </message>
    <message>
        <source>resized to %1%</source>
        <translation>缩放到 %1%</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation>另存为 %1</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>格式转换</translation>
    </message>
    <message>
        <source>transparency removed</source>
        <translation>去除了透明度</translation>
    </message>
    <message>
        <source>transparency added</source>
        <translation>添加了透明度</translation>
    </message>
    <message>
        <source>%1 of the %2 frames/pages</source>
        <translation>%2 帧/页中的 %1 帧/页</translation>
    </message>
    <message>
        <source>%1 of %2 frames</source>
        <translation>%1/%2 帧</translation>
    </message>
    <message>
        <source>frames differ</source>
        <translation>帧数不同</translation>
    </message>
    <message>
        <source>%1% darker</source>
        <translation>暗了 %1%</translation>
    </message>
    <message>
        <source>darker</source>
        <translation>更暗</translation>
    </message>
    <message>
        <source>%1% brighter</source>
        <translation>亮了 %1%</translation>
    </message>
    <message>
        <source>brighter</source>
        <translation>更亮</translation>
    </message>
    <message>
        <source>%1% less contrast</source>
        <translation>对比度低 %1%</translation>
    </message>
    <message>
        <source>less contrast</source>
        <translation>对比度更低</translation>
    </message>
    <message>
        <source>%1% more contrast</source>
        <translation>对比度高 %1%</translation>
    </message>
    <message>
        <source>more contrast</source>
        <translation>对比度更高</translation>
    </message>
    <message>
        <source>something laid over the whole picture (a watermark or a tint)</source>
        <translation>整张图片上覆盖了内容（水印或色调）</translation>
    </message>
    <message>
        <source>something added all over</source>
        <translation>整张图片添加了内容</translation>
    </message>
    <message>
        <source>something added %1 (a logo, caption or stamp)</source>
        <translation>%1添加了内容（徽标、说明文字或印章）</translation>
    </message>
    <message>
        <source>something added %1</source>
        <translation>%1添加了内容</translation>
    </message>
    <message>
        <source>something added</source>
        <translation>添加了内容</translation>
    </message>
    <message>
        <source>pixels %1% alike</source>
        <translation>像素相似度 %1%</translation>
    </message>
    <message>
        <source>fingerprint difference %1</source>
        <translation>指纹差异 %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 项</translation>
    </message>
</context>
</TS>
