<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Acting</name>
    <message>
        <source>You can restore them from the Trash later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the marked files to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to the Trash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to %2?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n group(s) (%1) every copy is marked DELETE, so no copy of those pictures would be left in your folders.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “Remove every copy” only if you do not want those pictures at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) from %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and moving %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not pass the checks made just before moving, or the system refused them; they stay where they are and in the results:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot go to the Trash (this happens on some network and removable drives). Move them to a folder of your choice instead? Nothing is deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the files to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the Trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) (%1) to the folder you chose.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can restore them from the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are now in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be moved and are still listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookalike has not moved any file that is not back already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A file that now exists at the old place is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On macOS, Lookalike lists the files; you put them back from the Trash in Finder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to the Trash on %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) moved to a folder on %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting files back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put back %n file(s) where they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan again to see them in the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS does not let Lookalike take files out of the Trash: put them back in Finder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the files back in Finder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back; nothing was replaced:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Putting files back failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while putting files back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving files failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while moving files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Lookalike ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Lookalike. Your files were not touched by this error. Please copy the details below into a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the demo&apos;s sample pictures: they go to its own trash folder, not your Trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your last review cannot be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its autosaved copy is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume your last review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lookalike closed before your last review was saved. Its copy from %1 holds %n group(s) of duplicates with your KEEP and DELETE marks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every file is checked again before anything is moved. If you do not resume it, this copy is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed your review from %1: every file is checked again before anything is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your review before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your KEEP and DELETE marks in this review, and which groups you reviewed, are not saved. Closing without saving loses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save… keeps the review in a file that File ▸ Open review… opens again. Pictures marked “not duplicates” are remembered either way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkMarking</name>
    <message>
        <source>Mark by the keep rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everything under a folder DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything under a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This will mark %1 for deletion and %2 KEEP in %3. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will mark %1 KEEP in %2. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will mark %1 in %2 for deletion. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups looked at: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them every file is under %1, so the best copy stays KEEP.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) left with one kept copy: in them no copy would be KEEP, so the best copy stays KEEP.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files in reference folders stay KEEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted now: marked files move only when you choose “Move marked files to Trash…”. Edit ▸ Undo takes this back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark by the keep rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invert marks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1 under “%2” DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %1 under “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: every mark is already so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>In the selected groups when several are selected (Ctrl+click), else in every group listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move marked files to Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move marked files to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last action: put moved files back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the files last moved to the Trash or to a folder back where they were. A file that now exists at the old place is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo your last change to the marks or the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch KEEP / DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the selected picture between KEEP and DELETE (Space, or a click on its badge); in the compare view, the framed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected pictures DELETE. Nothing is deleted until you move the marked files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark by the &amp;keep rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark KEEP the copy the keep rules choose, the others DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every file KEEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invert marks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEEP becomes DELETE and DELETE becomes KEEP; each group keeps at least one copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everything under a &amp;folder DELETE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark DELETE every file in a folder you choose and its subfolders; a group whose files are all there keeps its best copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything under a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark KEEP every file in a folder you choose and its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the selected picture next to the group&apos;s first one, zoomed together, with a difference view. Ctrl+click two pictures to compare those two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not a duplicate: take the picture out of its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected picture is a different picture: take it out of this group. Lookalike remembers this, even if the files are renamed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these are duplicates: remove the &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this whole group from the results, and keep these pictures apart in later scans (Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch “&amp;reviewed” for this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick the group as reviewed. A group is ticked by itself once it was shown for a moment or one of its marks changed (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next group not &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next group in the list, as sorted and filtered, that is not reviewed yet (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which copy to &amp;keep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the rules that pick the copy marked KEEP in every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures marked “&amp;not duplicates”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures you said are not duplicates: Lookalike keeps them apart. Open to undo a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command and its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lookalike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the pictures of a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageUp, PageDown, Ctrl+arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a picture in the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several pictures or groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click, Shift+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole pictures (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pixel of A per screen pixel (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom, in pixels of A&apos;s original file per screen pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare A with the previous copy (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare A with the next copy (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicates  (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B is a different picture: take it out of this group and remember that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>, amplified %1: black where A and B agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference at all: identical pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of pixels differ noticeably</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest difference %1 of 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B scaled to A&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue: not in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B does not line up with A (no turn or crop fits): the pictures as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lined up on A first, undoing what B changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or +/%1 zoom · drag to pan · ←/→ other copy · A, B or click: framed picture · %2 KEEP/DELETE · F or Tab flicker · D difference · S side by side · N not duplicates · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the difference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A · reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flicker: F or Tab shows %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Remembered “not duplicates”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures you marked as &lt;b&gt;not duplicates&lt;/b&gt; are kept apart in every later scan, even if they are renamed or moved: Lookalike remembers them by their content. Forget a decision to let the next scan group those pictures again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions remembered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the next scan group the selected pairs again (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget all %n “not duplicates” decision(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Later scans may group these pictures again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(where the file was when you decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderCombo</name>
    <message>
        <source>Any folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>No folders yet.
Drop folders from your file manager here, or click “Add folder…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupFilterBar</name>
    <message>
        <source>Search file names and folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the groups with a file whose name or folder holds every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exact copies, copies of the same picture, or similar pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the groups with a file in this folder or below it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <source>First file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the group&apos;s first file (the best copy, unless you chose otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the group&apos;s first file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many files the group holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact copies: the same bytes · Same picture: the same pixels, saved differently · Similar: pictures that look alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs between the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space the copies marked DELETE free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked once you have looked at the group (R switches it; U goes to the next group not reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Lookalike&apos;s window; it changes when Lookalike starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lookalike — find duplicate pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookalike will be in %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder first: click “Add folder…” or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while scanning. Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group listed is reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lookalike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookalike %1

Finds duplicate and near-duplicate pictures, lets you review every group, and moves only the copies you confirm to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairLoader</name>
    <message>
        <source>an unexpected error (the log has the details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtDialogs</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regrouping</name>
    <message>
        <source>Sensitivity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping again failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookalike ran into a bug while grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot group again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pictures cannot be grouped again without reading them: their fingerprints are no longer in the cache. Scan the folders again to use another sensitivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n “not duplicates” decision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1. The next scan may group those pictures again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the new rules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You changed KEEP/DELETE by hand in %n group(s). Applying the rules marks every group by the rules again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If you cancel, the current marks stay; the rules are still used by your next scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFiles</name>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookalike review (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>New scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity:  strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which copy to keep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not duplicates” list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next not reviewed  (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare side by side  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a duplicate  (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these are duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n selected group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n group(s) the list shows (filtered)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found among %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of duplicates among %2: %3. The best copy in each group is marked KEEP; check the others before you move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n extra copy(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped early: only the pictures read before Stop are included. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out on purpose: %n item(s) (links to other places, files only in the cloud); they are listed with the files that could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out on purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out of the comparison.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All done: every duplicate group has been dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found: none of these pictures has a copy in the folders you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested to keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) (%1) to Trash…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing marked DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to group these pictures again, stricter or looser; no file is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact copies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan looked for exact copies only. Choose “Also similar pictures” and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reopened review cannot be grouped again: scan the folders again to change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark KEEP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>mark “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) DELETE and KEEP</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n file(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>untick “reviewed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick “reviewed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the group&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the picture the others were compared with. Choose the pictures that are not duplicates of it, one at a time, or “None of these are duplicates” for the whole group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taken out of the group: %1. Lookalike will keep them apart from those pictures in later scans.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The group had no other duplicates left, so it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n copies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not a duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group removed: its %n pictures are not duplicates. Lookalike will keep them apart in later scans.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none are duplicates: %n picture(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked KEEP by the rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: grouped again without reading the files (%n group(s) before, %2 now).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own KEEP/DELETE choices stay on %n picture(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) would have had no copy marked KEEP, so they show the suggestion again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1. Lookalike forgot that decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Keep the copy with the most pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the biggest file (usually the least compressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the copy taken (or, without a camera date, saved) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the copy taken (or, without a camera date, saved) last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy that is inside this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy in this file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy whose EXIF records when the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the copy that holds more than the other: all the frames of an animation or pages of a document, transparency, colour where the other copy is gray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy that still has the camera&apos;s EXIF (camera model or date taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among photos from a camera, keep the format the camera wrote (RAW, then HEIC, then JPEG) rather than a copy saved again as PNG, WebP, BMP and the like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy whose name is not marked as a copy: “(1)”, “ - Copy”, “copy”, “Copy of”, “복사본”, “副本”, “のコピー”, or “_1” beside the same name without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy that is not inside a Backup, Export or Download(s) folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which copy to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every group, Lookalike suggests keeping the copy these rules prefer. The first rule decides; each next one only settles ties left by the rules above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies in reference folders are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule after rule %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule at the end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: equal copies are kept by name order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys marked “in the grid” work while the pictures of a group have the focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileDelegate</name>
    <message>
        <source>BEST COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXACT COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAME PICTURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMILAR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TileModel</name>
    <message>
        <source>The others in this group were compared with this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matched: the same bytes as the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matched: hash distance %1 to the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matched: hash distance %1 to the reference, pixel check %2 (1.00 = identical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested to keep: in a reference folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested to keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested to delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>byte-identical copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same picture saved in different ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture the others were compared with; another copy is preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte-identical copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same picture, saved differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a similar copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference: the others were compared with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same bytes as the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same picture as the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar to the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any likeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash distance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are exact copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files in this group are byte-for-byte identical: they are copies of one file, whatever their names. Mark the ones you want to keep as KEEP instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or a click on the badge: KEEP/DELETE  ·  Del: DELETE  ·  Enter: compare  ·  N: not a duplicate  ·  PageUp/PageDown: other groups  ·  R: reviewed  ·  U: next not reviewed  ·  Ctrl+Z: undo  ·  F1: all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in preferred folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has camera date (EXIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more (frames, transparency, colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera original (EXIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original format, not a re-save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no copy marker in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a backup or download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strict: only copies that look practically identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: re-saved and slightly resized copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced (recommended): resized, re-compressed and converted copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose: also lightly edited copies; check the results carefully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very loose: many more matches, some of them not real duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes, seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours, minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% more at the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% more at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% more at the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% more at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned 90° right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned 90° counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned 90° left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cropped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more at the edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shows more at the edges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resized to %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparency removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transparency added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 frames/pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% darker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% brighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% less contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% more contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something added %1 (a logo, caption or stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
