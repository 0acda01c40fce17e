"""Grouping the scanned pictures again without reading them: a new sensitivity, forgotten
"not duplicates" decisions, new keep rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from lookalike.core.models import Group, Mode, ScanOptions
from lookalike.core.reasons import Reason
from lookalike.core.selection import KeepRule
from lookalike.ui.controller import Controller
from lookalike.ui.decisions_dialog import DecisionsDialog
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.i18n import fill
from lookalike.ui.results_page import ResultsPage
from lookalike.ui.rules_dialog import RulesDialog
from lookalike.ui.session import ReviewSession
from lookalike.ui.wording import reason_words, sensitivity_name, threshold_for


class Regrouping(QObject):
    """Starts regroupings on the controller and hands their groups to the session.

    Signals:
        sensitivity_used: the threshold (int) of groups now shown, so the next scan can use it too.
        rules_changed: the keep rules changed (worth saving).
    """

    sensitivity_used = Signal(int)
    rules_changed = Signal()

    def __init__(
        self,
        controller: Controller,
        session: ReviewSession,
        results: ResultsPage,
        dialogs: Dialogs,
        current_path: Callable[[], Path | None],
        parent: QWidget,
        scan_waiting: Callable[[], bool] = lambda: False,
    ) -> None:
        """`scan_waiting` says whether Scan was pressed and waits for the folders' answers."""
        super().__init__(parent)
        self.controller, self.session, self.results, self.dialogs = controller, session, results, dialogs
        self._window = parent
        self._current_path = current_path
        self._scan_waiting = scan_waiting
        self._options: ScanOptions | None = None
        self._reason = ""
        controller.regroup_progressed.connect(self._on_progressed)
        controller.regroup_finished.connect(self._on_finished)
        controller.regroup_failed.connect(self._on_failed)
        controller.regroup_unavailable.connect(self._on_unavailable)

    def regroup(self, reason: str = "") -> bool:
        """Group the scanned pictures again from their fingerprints, on a worker; no file is read.

        Uses the results slider's sensitivity, the remembered "not duplicates" and the keep rules.
        Not while a file action runs, nor once Scan was pressed: a regrouping still running when the
        folders answer would have the scan given up. The slider then goes back to where the groups
        on screen were made.
        """
        review = self.session.review
        if review is None or not review.result.images:
            return False
        if (self.controller.busy and not self.controller.regrouping) or self._scan_waiting():
            self.results.sync_sensitivity(review)
            return False
        options = review.result.options
        position = self.results.results_sensitivity.value()
        if options.mode is Mode.SIMILAR:
            options = replace(options, threshold=threshold_for(position, options.hash_bits))
        images = review.result.images
        if review.gone:  # hashing 100,000 paths held the window for 90 ms: only when files were moved
            images = tuple(record for record in images if record.entry.path not in review.gone)
        if not self.controller.start_regroup(
            images, options, not_duplicates=self.session.decisions.pairs(), rules=self.session.keep_rules
        ):
            return False
        self._options = options
        self._reason = reason or fill(self.tr("Sensitivity “%1”"), sensitivity_name(position))
        self.results.action_status.setText(self.tr("Grouping again…"))
        return True

    def _on_progressed(self, done: int, total: int) -> None:
        if total and self.controller.regrouping:
            self.results.action_status.setText(fill(self.tr("Grouping again… %1 %"), 100 * done // total))

    def _on_finished(self, groups: tuple[Group, ...]) -> None:
        self.results.action_status.setText("")
        options = self._options
        if self.session.review is None or options is None:
            return
        select = self._current_path()
        if options.mode is Mode.SIMILAR:
            self.sensitivity_used.emit(options.effective_threshold)
        self.session.regrouped(groups, options, self._reason, select)

    def _on_failed(self, details: str) -> None:
        self.results.action_status.setText("")
        self.dialogs.show_error(
            self.tr("Grouping again failed"), self.tr("Lookalike ran into a bug while grouping."), details
        )

    def _on_unavailable(self, why: Reason) -> None:
        self.results.action_status.setText("")
        if self.session.review is not None:
            self.results.sync_sensitivity(self.session.review)  # the groups shown are still the old ones
        self.dialogs.inform(
            self.tr("Cannot group again"),
            self.tr(
                "These pictures cannot be grouped again without reading them: their fingerprints are no "
                "longer in the cache. Scan the folders again to use another sensitivity."
            ),
            reason_words(why),
        )

    # ---- "not duplicates" decisions and keep rules --------------------------------------------------

    def open_decisions_dialog(self) -> DecisionsDialog:
        """Show the remembered "not duplicates" with forget buttons; forgetting regroups the results."""
        dialog = DecisionsDialog(self.session.decisions, dialogs=self.dialogs, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decisions_forgotten.connect(self._on_decisions_forgotten)
        dialog.open()
        return dialog

    def _on_decisions_forgotten(self, digests: list[object]) -> None:
        reason = self.tr("Forgot %n “not duplicates” decision(s)", "", len(digests))
        if not self.regroup(reason):
            self.results.summary_label.setText(
                fill(self.tr("%1. The next scan may group those pictures again."), reason)
            )

    def open_rules_dialog(self) -> RulesDialog:
        """Edit the keep rules; the chosen ones are saved, applied to the results and used by later scans."""
        dialog = RulesDialog(
            self.session.keep_rules,
            choose_folder=lambda: self.dialogs.choose_folder(self.tr("Preferred folder")),
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rules_chosen.connect(self.set_keep_rules)
        dialog.open()
        return dialog

    def set_keep_rules(self, rules: Sequence[KeepRule]) -> bool:
        """Save `rules` for later scans and mark every group of the results by them. False when the
        person chose to keep their own marks in the current results."""
        hand_marked = self.session.hand_marked_groups()
        applied = not hand_marked or self.dialogs.confirm(
            self.tr("Apply the new rules?"),
            self.tr(
                "You changed KEEP/DELETE by hand in %n group(s). Applying the rules marks every group by the "
                "rules again.",
                "",
                hand_marked,
            ),
            self.tr("If you cancel, the current marks stay; the rules are still used by your next scan."),
            ok=self.tr("Apply the rules"),
        )
        if applied:
            self.session.apply_rules(rules, self.results.current_group_row())
        else:
            self.session.keep_rules = tuple(rules)
        self.rules_changed.emit()
        return applied
