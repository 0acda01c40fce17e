<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Acting</name>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to the Trash?</source>
        <translation>
            <numerusform>Move %n file (%1) to the Trash?</numerusform>
            <numerusform>Move %n files (%1) to the Trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to %2?</source>
        <translation>
            <numerusform>Move %n file (%1) to %2?</numerusform>
            <numerusform>Move %n files (%1) to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n group(s) (%1) every copy is marked DELETE, so no copy of those pictures would be left in your folders.</source>
        <translation>
            <numerusform>In %n group (%1) every copy is marked DELETE, so no copy of those pictures would be left in your folders.</numerusform>
            <numerusform>In %n groups (%1) every copy is marked DELETE, so no copy of those pictures would be left in your folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved: %n file(s) marked DELETE changed since the scan, so what the scan compared is no longer there; scan again to compare them anew: %1</source>
        <translation>
            <numerusform>Not moved: %n file marked DELETE changed since the scan, so what the scan compared is no longer there; scan again to compare it anew: %1</numerusform>
            <numerusform>Not moved: %n files marked DELETE changed since the scan, so what the scan compared is no longer there; scan again to compare them anew: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n file(s) marked DELETE are no longer there (moved or deleted since the scan): %1</source>
        <translation>
            <numerusform>Not counted: %n file marked DELETE is no longer there (moved or deleted since the scan): %1</numerusform>
            <numerusform>Not counted: %n files marked DELETE are no longer there (moved or deleted since the scan): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not moved: %n file(s) marked DELETE, because every copy marked KEEP in their group changed or went away since the scan, and moving them would leave no copy as the scan saw it; mark another copy KEEP, or scan again: %1</source>
        <translation>
            <numerusform>Not moved: %n file marked DELETE, because every copy marked KEEP in its group changed or went away since the scan, and moving it would leave no copy as the scan saw it; mark another copy KEEP, or scan again: %1</numerusform>
            <numerusform>Not moved: %n files marked DELETE, because every copy marked KEEP in their groups changed or went away since the scan, and moving them would leave no copy as the scan saw it; mark another copy KEEP, or scan again: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2</source>
        <translation>
            <numerusform>%n file (%1) from %2</numerusform>
            <numerusform>%n files (%1) from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2 other folders</source>
        <translation>
            <numerusform>%n file (%1) from %2 other folders</numerusform>
            <numerusform>%n files (%1) from %2 other folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not pass the checks made just before moving, or the system refused them; they stay where they are and in the results:</source>
        <translation>
            <numerusform>%n file did not pass the checks made just before moving, or the system refused it; it stays where it is and in the results:</numerusform>
            <numerusform>%n files did not pass the checks made just before moving, or the system refused them; they stay where they are and in the results:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were being moved when their drive stopped answering: each may have been moved, or may still be where it was. Lookalike records what became of them once their drive answers, and Undo last action puts back any that went.</source>
        <translation>
            <numerusform>%n file was being moved when its drive stopped answering: it may have been moved, or may still be where it was. Lookalike records what became of it once its drive answers, and Undo last action puts it back if it went.</numerusform>
            <numerusform>%n files were being moved when their drive stopped answering: each may have been moved, or may still be where it was. Lookalike records what became of them once their drive answers, and Undo last action puts back any that went.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to the Trash (this happens on some network and removable drives). Move them to a folder of your choice instead? Nothing is deleted.</source>
        <translation>
            <numerusform>%n file cannot go to the Trash (this happens on some network and removable drives). Move it to a folder of your choice instead? Nothing is deleted.</numerusform>
            <numerusform>%n files cannot go to the Trash (this happens on some network and removable drives). Move them to a folder of your choice instead? Nothing is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the Trash.</source>
        <translation>
            <numerusform>Moved %n file (%1) to the Trash.</numerusform>
            <numerusform>Moved %n files (%1) to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the folder you chose.</source>
        <translation>
            <numerusform>Moved %n file (%1) to the folder you chose.</numerusform>
            <numerusform>Moved %n files (%1) to the folder you chose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be moved and are still listed.</source>
        <translation>
            <numerusform>%n file could not be moved and is still listed.</numerusform>
            <numerusform>%n files could not be moved and are still listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may have been moved: their drive stopped answering while they were being moved.</source>
        <translation>
            <numerusform>%n file may have been moved: its drive stopped answering while it was being moved.</numerusform>
            <numerusform>%n files may have been moved: their drive stopped answering while they were being moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had already been moved or deleted since the scan, so they are no longer listed.</source>
        <translation>
            <numerusform>%n file had already been moved or deleted since the scan, so it is no longer listed.</numerusform>
            <numerusform>%n files had already been moved or deleted since the scan, so they are no longer listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) marked DELETE were left where they are: they changed or went away since the scan.</source>
        <translation>
            <numerusform>%n file marked DELETE was left where it is: it changed or went away since the scan.</numerusform>
            <numerusform>%n files marked DELETE were left where they are: they changed or went away since the scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) marked DELETE were left where they are: every copy marked KEEP in their group changed or went away since the scan.</source>
        <translation>
            <numerusform>%n file marked DELETE was left where it is: every copy marked KEEP in its group changed or went away since the scan.</numerusform>
            <numerusform>%n files marked DELETE were left where they are: every copy marked KEEP in their groups changed or went away since the scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to the Trash on %1?</source>
        <translation>
            <numerusform>Put back %n file moved to the Trash on %1?</numerusform>
            <numerusform>Put back %n files moved to the Trash on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to a folder on %1?</source>
        <translation>
            <numerusform>Put back %n file moved to a folder on %1?</numerusform>
            <numerusform>Put back %n files moved to a folder on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) where they were.</source>
        <translation>
            <numerusform>Put back %n file where it was.</numerusform>
            <numerusform>Put back %n files where they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are listed again, marked KEEP.</source>
        <translation>
            <numerusform>It is listed again, marked KEEP.</numerusform>
            <numerusform>%n of them are listed again, marked KEEP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back.</source>
        <translation>
            <numerusform>%n file could not be put back.</numerusform>
            <numerusform>%n files could not be put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back; nothing was replaced:</source>
        <translation>
            <numerusform>%n file could not be put back; nothing was replaced:</numerusform>
            <numerusform>%n files could not be put back; nothing was replaced:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message numerus="yes">
        <source>Lookalike closed before your last review was saved. Its copy from %1 holds %n group(s) of duplicates with your KEEP and DELETE marks.</source>
        <translation>
            <numerusform>Lookalike closed before your last review was saved. Its copy from %1 holds %n group of duplicates with your KEEP and DELETE marks.</numerusform>
            <numerusform>Lookalike closed before your last review was saved. Its copy from %1 holds %n groups of duplicates with your KEEP and DELETE marks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkMarking</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them every file is under %1, so the best copy stays KEEP.</source>
        <translation>
            <numerusform>%Ln group left with one kept copy: in it every file is under %1, so the best copy stays KEEP.</numerusform>
            <numerusform>%Ln groups left with one kept copy: in them every file is under %1, so the best copy stays KEEP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them no copy would be KEEP, so the best copy stays KEEP.</source>
        <translation>
            <numerusform>%Ln group left with one kept copy: in it no copy would be KEEP, so the best copy stays KEEP.</numerusform>
            <numerusform>%Ln groups left with one kept copy: in them no copy would be KEEP, so the best copy stays KEEP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>%Ln picture</numerusform>
            <numerusform>%Ln pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>%Ln folder</numerusform>
            <numerusform>%Ln folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: move to %2 %n file(s) marked &quot;keep&quot;: false, in %1.</source>
        <translation>
            <numerusform>Plan: move to %2 %n file marked &quot;keep&quot;: false, in %1.</numerusform>
            <numerusform>Plan: move to %2 %n files marked &quot;keep&quot;: false, in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: move to the Trash %n file(s) marked &quot;keep&quot;: false, in %1.</source>
        <translation>
            <numerusform>Plan: move to the Trash %n file marked &quot;keep&quot;: false, in %1.</numerusform>
            <numerusform>Plan: move to the Trash %n files marked &quot;keep&quot;: false, in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would move %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>Would move %n file (%1); skipped %2</numerusform>
            <numerusform>Would move %n files (%1); skipped %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would trash %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>Would trash %n file (%1); skipped %2</numerusform>
            <numerusform>Would trash %n files (%1); skipped %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>Moved %n file (%1); skipped %2</numerusform>
            <numerusform>Moved %n files (%1); skipped %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trashed %n file(s) (%1); skipped %2</source>
        <translation>
            <numerusform>Trashed %n file (%1); skipped %2</numerusform>
            <numerusform>Trashed %n files (%1); skipped %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) may have gone</source>
        <translation>
            <numerusform>; %n file may have gone</numerusform>
            <numerusform>; %n files may have gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting a few seconds for %n file(s) whose drive stopped answering while they were being moved…</source>
        <translation>
            <numerusform>Waiting a few seconds for %n file whose drive stopped answering while it was being moved…</numerusform>
            <numerusform>Waiting a few seconds for %n files whose drive stopped answering while they were being moved…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may still be moving: Lookalike stops waiting. The journal records them as begun, and &quot;lookalike undo-last&quot; looks at them as after a crash and puts back any that went.</source>
        <translation>
            <numerusform>%n file may still be moving: Lookalike stops waiting. The journal records it as begun, and &quot;lookalike undo-last&quot; looks at it as after a crash and puts it back if it went.</numerusform>
            <numerusform>%n files may still be moving: Lookalike stops waiting. The journal records them as begun, and &quot;lookalike undo-last&quot; looks at them as after a crash and puts back any that went.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would put back %n file(s); not put back %1</source>
        <translation>
            <numerusform>Would put back %n file; not put back %1</numerusform>
            <numerusform>Would put back %n files; not put back %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s); not put back %1</source>
        <translation>
            <numerusform>Put back %n file; not put back %1</numerusform>
            <numerusform>Put back %n files; not put back %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message numerus="yes">
        <source>Forget all %n “not duplicates” decision(s)?</source>
        <translation>
            <numerusform>Forget all %n “not duplicates” decision?</numerusform>
            <numerusform>Forget all %n “not duplicates” decisions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message numerus="yes">
        <source>… and %n other(s)</source>
        <translation>
            <numerusform>… and %n other</numerusform>
            <numerusform>… and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n file: %1</numerusform>
            <numerusform>%n files: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Regrouping</name>
    <message numerus="yes">
        <source>Forgot %n “not duplicates” decision(s)</source>
        <translation>
            <numerusform>Forgot %n “not duplicates” decision</numerusform>
            <numerusform>Forgot %n “not duplicates” decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You changed KEEP/DELETE by hand in %n group(s). Applying the rules marks every group by the rules again.</source>
        <translation>
            <numerusform>You changed KEEP/DELETE by hand in %n group. Applying the rules marks every group by the rules again.</numerusform>
            <numerusform>You changed KEEP/DELETE by hand in %n groups. Applying the rules marks every group by the rules again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln group(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln group shown</numerusform>
            <numerusform>%1 of %Ln groups shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n selected group(s)</source>
        <translation>
            <numerusform>the %n selected group</numerusform>
            <numerusform>the %n selected groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n group(s)</source>
        <translation>
            <numerusform>all %n group</numerusform>
            <numerusform>all %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n group(s) the list shows (filtered)</source>
        <translation>
            <numerusform>the %n group the list shows (filtered)</numerusform>
            <numerusform>the %n groups the list shows (filtered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>%Ln picture</numerusform>
            <numerusform>%Ln pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln extra copy(s)</source>
        <translation>
            <numerusform>%Ln extra copy</numerusform>
            <numerusform>%Ln extra copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out on purpose: %n item(s) (links to other places, files only in the cloud); they are listed with the files that could not be read.</source>
        <translation>
            <numerusform>Left out on purpose: %n item (links to other places, files only in the cloud); they are listed with the files that could not be read.</numerusform>
            <numerusform>Left out on purpose: %n items (links to other places, files only in the cloud); they are listed with the files that could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read, %1…</source>
        <translation>
            <numerusform>%n file could not be read, %1…</numerusform>
            <numerusform>%n files could not be read, %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared</source>
        <translation>
            <numerusform>%n file disappeared</numerusform>
            <numerusform>%n files disappeared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the scan…</source>
        <translation>
            <numerusform>%n file disappeared during the scan…</numerusform>
            <numerusform>%n files disappeared during the scan…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read…</source>
        <translation>
            <numerusform>%n file could not be read…</numerusform>
            <numerusform>%n files could not be read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out…</source>
        <translation>
            <numerusform>%n item left out…</numerusform>
            <numerusform>%n items left out…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out of the comparison.</source>
        <translation>
            <numerusform>%n file could not be read and was left out of the comparison.</numerusform>
            <numerusform>%n files could not be read and were left out of the comparison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) disappeared during the scan (moved or deleted after Lookalike found them) and were not compared.</source>
        <translation>
            <numerusform>%n file disappeared during the scan (moved or deleted after Lookalike found it) and was not compared.</numerusform>
            <numerusform>%n files disappeared during the scan (moved or deleted after Lookalike found them) and were not compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were left out on purpose.</source>
        <translation>
            <numerusform>%n item was left out on purpose.</numerusform>
            <numerusform>%n items were left out on purpose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every copy you keep (%1) changed or went away since the scan, so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>Every copy you keep (%1) changed or went away since the scan, so the copy marked DELETE here is not moved. Mark another copy KEEP to move it, or scan again.</numerusform>
            <numerusform>Every copy you keep (%1) changed or went away since the scan, so the %n copies marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy you keep, %1, is no longer there (moved or deleted since the scan), so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>The copy you keep, %1, is no longer there (moved or deleted since the scan), so the copy marked DELETE here is not moved. Mark another copy KEEP to move it, or scan again.</numerusform>
            <numerusform>The copy you keep, %1, is no longer there (moved or deleted since the scan), so the %n copies marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy you keep, %1, changed since the scan, so the %n copy(s) marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</source>
        <translation>
            <numerusform>The copy you keep, %1, changed since the scan, so the copy marked DELETE here is not moved. Mark another copy KEEP to move it, or scan again.</numerusform>
            <numerusform>The copy you keep, %1, changed since the scan, so the %n copies marked DELETE here are not moved. Mark another copy KEEP to move them, or scan again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) (%1) to Trash…</source>
        <translation>
            <numerusform>Move %Ln file (%1) to Trash…</numerusform>
            <numerusform>Move %Ln files (%1) to Trash…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message numerus="yes">
        <source>mark %n file(s) DELETE and KEEP</source>
        <translation>
            <numerusform>mark %n file DELETE and KEEP</numerusform>
            <numerusform>mark %n files DELETE and KEEP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) %1</source>
        <translation>
            <numerusform>mark %n file %1</numerusform>
            <numerusform>mark %n files %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken out of the group: %1. Lookalike will keep them apart from those pictures in later scans.</source>
        <translation>
            <numerusform>Taken out of the group: %1. Lookalike will keep it apart from those pictures in later scans.</numerusform>
            <numerusform>Taken out of the group: %1. Lookalike will keep them apart from those pictures in later scans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n copies</source>
        <translation>
            <numerusform>%1 and %n copy</numerusform>
            <numerusform>%1 and %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group removed: its %n pictures are not duplicates. Lookalike will keep them apart in later scans.</source>
        <translation>
            <numerusform>Group removed: its %n picture is not a duplicate. Lookalike will keep it apart in later scans.</numerusform>
            <numerusform>Group removed: its %n pictures are not duplicates. Lookalike will keep them apart in later scans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group split: its pictures are not duplicates of one another, and Lookalike will keep them apart in later scans. Copies with the same bytes stay grouped: %n group(s) of exact copies.</source>
        <translation>
            <numerusform>Group split: its pictures are not duplicates of one another, and Lookalike will keep them apart in later scans. Copies with the same bytes stay grouped: %n group of exact copies.</numerusform>
            <numerusform>Group split: its pictures are not duplicates of one another, and Lookalike will keep them apart in later scans. Copies with the same bytes stay grouped: %n groups of exact copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none are duplicates: %n picture(s)</source>
        <translation>
            <numerusform>none are duplicates: %n picture</numerusform>
            <numerusform>none are duplicates: %n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: grouped again without reading the files (%n group(s) before, %2 now).</source>
        <translation>
            <numerusform>%1: grouped again without reading the files (%n group before, %2 now).</numerusform>
            <numerusform>%1: grouped again without reading the files (%n groups before, %2 now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own KEEP/DELETE choices stay on %n picture(s).</source>
        <translation>
            <numerusform>Your own KEEP/DELETE choices stay on %n picture.</numerusform>
            <numerusform>Your own KEEP/DELETE choices stay on %n pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) would have had no copy marked KEEP, so they show the suggestion again.</source>
        <translation>
            <numerusform>%n group would have had no copy marked KEEP, so it shows the suggestion again.</numerusform>
            <numerusform>%n groups would have had no copy marked KEEP, so they show the suggestion again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>Waiting for %n folders to answer…</source>
        <translation>
            <numerusform>Waiting for %n folder to answer…</numerusform>
            <numerusform>Waiting for %n folders to answer…</numerusform>
        </translation>
    </message>
</context>
</TS>
